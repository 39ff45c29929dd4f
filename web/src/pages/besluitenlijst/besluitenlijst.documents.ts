import { graphql } from '../../gql';

export const DECISION_LIST = graphql(`
  query DecisionList($filter: DecisionListFilter, $first: Int!, $after: String) {
    decisionList(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          kind
          decidedOn
          outcome
          text
          votesFor
          votesAgainst
          votesAbstain
          minorityPosition
          proposal {
            id
            title
            clientCouncilCheck {
              checkedOn
              verdict
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
