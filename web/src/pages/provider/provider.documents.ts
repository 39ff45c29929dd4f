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
        active
        version
        deactivatedAt
        deactivationReason
        representatives @include(if: $withRepresentatives) {
          name
          email
        }
      }
    }
  }
`);

export const PROVIDER_FUNDING = graphql(`
  query ProviderFunding($providerId: ID!) {
    fundingAgreements(first: 50, filter: { providerId: $providerId }) {
      edges {
        node {
          id
          purpose
          status
          amountCents
          periodStart
          periodEnd
          from {
            id
            name
          }
          to {
            id
            name
          }
        }
      }
    }
  }
`);
