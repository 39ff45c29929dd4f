import { graphql } from '../../gql';

export const OPGAVEN = graphql(`
  query Opgaven($first: Int!, $after: String) {
    opgaven(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          area
          status
          ownershipRung
          selection {
            selected
            votes
            rank
          }
          ateliers {
            id
            facilitatorHours
            hoursNorm
            outcome
          }
          team {
            id
            members {
              kind
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OPGAVE_CREATE = graphql(`
  mutation OpgaveCreate($input: OpgaveInput!) {
    opgaveCreate(input: $input) {
      opgave {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
