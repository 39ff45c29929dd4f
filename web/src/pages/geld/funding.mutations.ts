import { graphql } from '../../gql';

export const FUNDING_PROPOSE = graphql(`
  mutation MoneyFundingPropose($input: FundingAgreementProposeInput!, $idempotencyKey: String) {
    fundingAgreementPropose(input: $input, idempotencyKey: $idempotencyKey) {
      agreement {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FUNDING_AGREE = graphql(`
  mutation MoneyFundingAgree($id: ID!, $version: Int!) {
    fundingAgreementAgree(id: $id, version: $version) {
      agreement {
        id
        status
        version
        agreedAt
        agreedBy {
          id
          name
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FUNDING_END = graphql(`
  mutation MoneyFundingEnd($id: ID!, $version: Int!, $input: FundingAgreementEndInput!) {
    fundingAgreementEnd(id: $id, version: $version, input: $input) {
      agreement {
        id
        status
        version
        endedOn
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FUNDING_PAYMENT = graphql(`
  mutation MoneyFundingPayment($input: FundingPaymentInput!, $idempotencyKey: String) {
    fundingPaymentRecord(input: $input, idempotencyKey: $idempotencyKey) {
      agreement {
        id
        paidCents
        version
        payments {
          amountCents
          paidOn
          createdAt
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FUNDING_DECLINE = graphql(`
  mutation MoneyFundingDecline($id: ID!, $version: Int!, $input: FundingAgreementCloseInput!) {
    fundingAgreementDecline(id: $id, version: $version, input: $input) {
      agreement {
        id
        status
        version
        closingReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FUNDING_WITHDRAW = graphql(`
  mutation MoneyFundingWithdraw($id: ID!, $version: Int!, $input: FundingAgreementCloseInput!) {
    fundingAgreementWithdraw(id: $id, version: $version, input: $input) {
      agreement {
        id
        status
        version
        closingReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
