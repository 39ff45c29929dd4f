import { graphql } from '../../gql';

export const PRIVACY_REQUEST_FIELDS = graphql(`
  fragment PrivacyRequestFields on PrivacyRequest {
    id
    kind
    status
    receivedOn
    reference
    description
    dueOn
    overdue
    extended
    extensionReason
    identityMethod
    identityVerifiedOn
    identityVerifiedBy {
      name
    }
    clientLinked
    noDataHeld
    clientKey
    compiledAt
    inzagePath
    decision
    legalGround
    decisionNote
    answeredOn
    version
    provider {
      id
      name
    }
    effect {
      tableName
      recordId
      count
      auditEntryIds
    }
  }
`);

export const PRIVACY_REQUESTS = graphql(`
  query PrivacyRequests($openOnly: Boolean) {
    privacyRequests(openOnly: $openOnly) {
      ...PrivacyRequestFields
    }
  }
`);

export const PRIVACY_REQUEST = graphql(`
  query PrivacyRequest($id: ID!) {
    node(id: $id) {
      ... on PrivacyRequest {
        ...PrivacyRequestFields
      }
    }
  }
`);

export const PRIVACY_REQUEST_RECORD = graphql(`
  mutation PrivacyRequestRecord($input: PrivacyRequestRecordInput!) {
    privacyRequestRecord(input: $input) {
      request {
        ...PrivacyRequestFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PRIVACY_REQUEST_EXTEND = graphql(`
  mutation PrivacyRequestExtend($id: ID!, $input: PrivacyRequestExtendInput!) {
    privacyRequestExtend(id: $id, input: $input) {
      request {
        ...PrivacyRequestFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PRIVACY_REQUEST_LINK_CLIENT = graphql(`
  mutation PrivacyRequestLinkClient($id: ID!, $input: PrivacyRequestLinkClientInput!) {
    privacyRequestLinkClient(id: $id, input: $input) {
      request {
        ...PrivacyRequestFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PRIVACY_REQUEST_COMPILE = graphql(`
  mutation PrivacyRequestCompile($id: ID!, $version: Int!) {
    privacyRequestCompile(id: $id, version: $version) {
      request {
        ...PrivacyRequestFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PRIVACY_REQUEST_DECIDE = graphql(`
  mutation PrivacyRequestDecide($id: ID!, $input: PrivacyRequestDecideInput!) {
    privacyRequestDecide(id: $id, input: $input) {
      request {
        ...PrivacyRequestFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
