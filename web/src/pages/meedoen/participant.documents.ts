import { graphql } from '../../gql';

/** A participant's own groups and the opgaven they see (the service filters them to what concerns them). */
export const MY_OPGAVEN = graphql(`
  query MyOpgaven {
    myMemberships {
      group
      opgaveteam {
        id
        opgave {
          id
        }
      }
    }
    opgaven(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          area
          status
          ownershipRung
        }
      }
    }
  }
`);

/** A meeting as a participant's list and page show it: when, where, and whether they take its minutes. */
export const MEETING_FIELDS = graphql(`
  fragment ParticipantMeetingFields on Overleg {
    id
    kind
    title
    heldOn
    startsAt
    endsAt
    location
    status
    mayRecordMinutes
  }
`);

/** The meetings a participant sees: the kinds that concern them, and those they chair or take the minutes of. */
export const MY_OVERLEGGEN = graphql(`
  query MyOverleggen {
    overleggen(first: 50) {
      totalCount
      edges {
        node {
          ...ParticipantMeetingFields
        }
      }
    }
  }
`);

/** One meeting as a participant sees it: when and where, who chairs and takes the minutes, and the minutes. */
export const MY_OVERLEG = graphql(`
  query MyOverleg($id: ID!) {
    node(id: $id) {
      __typename
      ... on Overleg {
        ...ParticipantMeetingFields
        version
        minutes
        chairName
        minuteTakerName
      }
    }
  }
`);
