import { graphql } from '../../gql';

export const FUNDING_AGREEMENTS = graphql(`
  query MoneyFundingAgreements($filter: FundingAgreementFilter, $after: String) {
    fundingAgreements(first: 50, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          status
          amountCents
          paidCents
          periodStart
          periodEnd
          purpose
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
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FUNDING_AGREEMENT = graphql(`
  query MoneyFundingAgreement($id: ID!) {
    node(id: $id) {
      ... on FundingAgreement {
        id
        status
        version
        amountCents
        paidCents
        periodStart
        periodEnd
        endedOn
        closingReason
        purpose
        createdAt
        agreedAt
        from {
          id
          name
        }
        to {
          id
          name
        }
        convenant {
          id
          title
        }
        proposedBy {
          id
          name
        }
        agreedBy {
          id
          name
        }
        payments {
          amountCents
          paidOn
          createdAt
        }
      }
    }
  }
`);

export const FUNDING_CONVENANTS = graphql(`
  query MoneyConvenantsInForce {
    convenants(first: 50) {
      edges {
        node {
          id
          title
          status
          startsOn
          endsOn
          parties {
            kind
            provider {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const FUNDING_FLOWS = graphql(`
  query MoneyFundingFlows($period: PeriodInput!) {
    fundingFlows(period: $period) {
      period {
        from
        to
      }
      flows {
        agreedCents
        paidCents
        from {
          id
          name
        }
        to {
          id
          name
        }
      }
      positions {
        provider {
          id
          name
        }
        agreedReceivedCents
        agreedPaidCents
        agreedNetCents
        netCents
      }
    }
  }
`);
