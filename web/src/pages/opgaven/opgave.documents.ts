import { graphql } from '../../gql';

export const OPGAVE = graphql(`
  query Opgave($id: ID!) {
    node(id: $id) {
      __typename
      ... on Opgave {
        id
        title
        area
        description
        status
        ownershipRung
        version
        nextStatuses
        selection {
          selected
          votes
          rank
          minorityWisdom
          decision {
            ...DecisionFields
          }
        }
        team {
          id
          procesbegeleider
          organisatiecoach
          members {
            id
            kind
            name
            organisation
            hasAccount
          }
        }
        ateliers {
          id
          title
          version
          hoursNorm
          facilitatorHours
          overBudget
          outcome
          followUpDecision
          designMeeting {
            heldOn
            participantCount
          }
          dialogueMeetings {
            heldOn
            participantCount
          }
        }
      }
    }
  }
`);

export const OPGAVE_UPDATE = graphql(`
  mutation OpgaveUpdate($id: ID!, $version: Int!, $input: OpgaveUpdateInput!) {
    opgaveUpdate(id: $id, version: $version, input: $input) {
      opgave {
        id
        status
        ownershipRung
        version
        nextStatuses
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const TEAM_CREATE = graphql(`
  mutation OpgaveteamCreate($input: OpgaveteamInput!) {
    opgaveteamCreate(input: $input) {
      opgaveteam {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MEMBERS_ADD = graphql(`
  mutation OpgaveteamMembersAdd($input: OpgaveteamMembersAddInput!) {
    opgaveteamMembersAdd(input: $input) {
      opgaveteam {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MEMBER_REMOVE = graphql(`
  mutation OpgaveteamMemberRemove($input: OpgaveteamMemberRemoveInput!) {
    opgaveteamMemberRemove(input: $input) {
      opgaveteam {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const TEAM_UPDATE = graphql(`
  mutation OpgaveteamUpdate($id: ID!, $input: OpgaveteamUpdateInput!) {
    opgaveteamUpdate(id: $id, input: $input) {
      opgaveteam {
        id
        procesbegeleider
        organisatiecoach
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
