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

/** The meetings a participant sees: the kinds that concern them. */
export const MY_OVERLEGGEN = graphql(`
  query MyOverleggen {
    overleggen(first: 50) {
      totalCount
      edges {
        node {
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
        id
        version
        kind
        title
        heldOn
        startsAt
        endsAt
        location
        status
        minutes
        chairName
        minuteTakerName
        mayRecordMinutes
      }
    }
  }
`);
