import { graphql } from '../../gql';

export const PROPOSALS = graphql(`
  query Proposals($first: Int!, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          ...ProposalFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PROPOSAL_SUBMIT = graphql(`
  mutation ProposalSubmit($input: ProposalSubmitInput!, $idempotencyKey: String) {
    proposalSubmit(input: $input, idempotencyKey: $idempotencyKey) {
      proposal {
        ...ProposalFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** An urgent proposal by any party: the answer holds only what a participant may read of it. */
export const URGENT_PROPOSAL_SUBMIT = graphql(`
  mutation UrgentProposalSubmit($input: ProposalSubmitInput!, $idempotencyKey: String) {
    proposalSubmit(input: $input, idempotencyKey: $idempotencyKey) {
      proposal {
        id
        title
        urgent
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
