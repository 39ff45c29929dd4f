import { graphql } from '../../gql';

export const CONVENANTS = graphql(`
  query Convenants {
    convenants(first: 10) {
      edges {
        node {
          id
          title
          status
          startsOn
          endsOn
          budgetCents
          version
          inForce
          endReason
          parties {
            kind
            provider {
              id
              name
            }
            signedAt
            signedBy {
              id
              name
            }
            joinedOn
            leftOn
          }
          ...ConvenantLifeFields
        }
      }
    }
  }
`);

export const SIGN = graphql(`
  mutation ConvenantSign($id: ID!, $idempotencyKey: String) {
    convenantSign(id: $id, idempotencyKey: $idempotencyKey) {
      convenant {
        id
        status
        version
        parties {
          kind
          provider {
            id
            name
          }
          signedAt
          signedBy {
            id
            name
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const OPEN = graphql(`
  mutation ConvenantOpenForSigning($id: ID!, $version: Int!) {
    convenantOpenForSigning(id: $id, version: $version) {
      convenant {
        id
        status
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CONVENANT_CREATE = graphql(`
  mutation ConvenantCreate($input: ConvenantInput!) {
    convenantCreate(input: $input) {
      convenant {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PARTY_CHOICES = graphql(`
  query ConvenantPartyChoices {
    providers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
