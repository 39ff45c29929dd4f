import { graphql } from '../../gql';

export const PROVIDER_CREATE = graphql(`
  mutation ProviderCreate($input: ProviderCreateInput!) {
    providerCreate(input: $input) {
      provider {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PROVIDER_UPDATE = graphql(`
  mutation ProviderUpdate($id: ID!, $version: Int!, $input: ProviderUpdateInput!) {
    providerUpdate(id: $id, version: $version, input: $input) {
      provider {
        id
        name
        kind
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PROVIDER_DEACTIVATE = graphql(`
  mutation ProviderDeactivate($input: ProviderDeactivateInput!) {
    providerDeactivate(input: $input) {
      provider {
        id
        active
        version
        deactivatedAt
        deactivationReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PROVIDER_REACTIVATE = graphql(`
  mutation ProviderReactivate($id: ID!) {
    providerReactivate(id: $id) {
      provider {
        id
        active
        version
        deactivatedAt
        deactivationReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
