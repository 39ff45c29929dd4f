import { graphql } from '../../gql';

export const ACTIONS = graphql(`
  query Actions($first: Int!, $after: String, $filter: ActionFilter) {
    actions(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          ...ActionFields
          source {
            __typename
            ... on Overleg {
              id
              title
            }
            ... on Atelier {
              id
              title
            }
            ... on Decision {
              id
              text
            }
            ... on ImprovementTrack {
              id
              topic
            }
            ... on QuarterReport {
              id
              year
              quarter
              plan {
                id
              }
              provider {
                name
              }
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
