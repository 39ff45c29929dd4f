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
        }
      }
    }
  }
`);
