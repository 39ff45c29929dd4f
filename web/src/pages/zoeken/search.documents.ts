import { graphql } from '../../gql';

export const SEARCH = graphql(`
  query Search($query: String!, $first: Int!, $after: String) {
    search(query: $query, first: $first, after: $after) {
      totalCount
      edges {
        node {
          title
          snippetParts {
            text
            match
          }
          item {
            __typename
            ... on Node {
              id
            }
            ... on Document {
              downloadPath
              fileName
            }
            ... on Decision {
              kind
              proposal {
                id
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
