import { graphql } from '../../gql';

/** What the convenant page shows of a convenant's life: its open amendment and signatures, and its versions. */
export const CONVENANT_LIFE_FIELDS = graphql(`
  fragment ConvenantLifeFields on Convenant {
    amendments {
      id
      kind
      status
      reason
      budgetCents
      endsOn
      proposedAt
      parties {
        kind
        change
        signedAt
        provider {
          id
          name
        }
        signedBy {
          id
          name
        }
      }
    }
    versions {
      number
      kind
      effectiveOn
      budgetCents
      endsOn
      reason
      parties {
        id
        name
      }
    }
  }
`);

export const AMENDMENT_PROPOSE = graphql(`
  mutation ConvenantAmendmentPropose($input: ConvenantAmendmentProposeInput!) {
    convenantAmendmentPropose(input: $input) {
      amendment {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AMENDMENT_SIGN = graphql(`
  mutation ConvenantAmendmentSign($id: ID!) {
    convenantAmendmentSign(id: $id) {
      amendment {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AMENDMENT_WITHDRAW = graphql(`
  mutation ConvenantAmendmentWithdraw($id: ID!) {
    convenantAmendmentWithdraw(id: $id) {
      amendment {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CONVENANT_END = graphql(`
  mutation ConvenantEnd($input: ConvenantEndInput!) {
    convenantEnd(input: $input) {
      convenant {
        id
        endsOn
        endReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CONVENANT_RENEW = graphql(`
  mutation ConvenantRenew($input: ConvenantRenewInput!) {
    convenantRenew(input: $input) {
      convenant {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
