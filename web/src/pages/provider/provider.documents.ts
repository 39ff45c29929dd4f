import { graphql } from '../../gql';

export const PROVIDER = graphql(`
  query Provider($id: ID!, $withRepresentatives: Boolean!) {
    node(id: $id) {
      __typename
      id
      ... on Provider {
        name
        kind
        kvkNumber
        agbCode
        representatives @include(if: $withRepresentatives) {
          name
          email
        }
      }
    }
  }
`);
