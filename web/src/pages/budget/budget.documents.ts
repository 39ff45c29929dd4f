import { graphql } from '../../gql';

export const BUDGET_CONVENANTS = graphql(`
  query BudgetConvenants {
    convenants(first: 20) {
      edges {
        node {
          id
          title
          status
          startsOn
          endsOn
          budgetCents
          parties {
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

export const BUDGET_OF_CONVENANT = graphql(`
  query BudgetOfConvenant($convenantId: ID!) {
    budgetAllocations(convenantId: $convenantId) {
      id
      productCategory
      amountCents
      version
      provider {
        id
        name
      }
    }
    budgetReallocations(convenantId: $convenantId) {
      amountCents
      createdAt
      fromProvider {
        id
        name
      }
      toProvider {
        id
        name
      }
      from {
        id
        productCategory
      }
      to {
        id
        productCategory
      }
      decision {
        id
        text
        decidedOn
      }
    }
  }
`);

export const BUDGET_DECISIONS = graphql(`
  query BudgetDecisions {
    overleggen(first: 100) {
      edges {
        node {
          id
          title
          decisions {
            id
            text
            decidedOn
            outcome
          }
        }
      }
    }
  }
`);

export const BUDGET_ALLOCATION_SET = graphql(`
  mutation BudgetAllocationSet($input: BudgetAllocationSetInput!) {
    budgetAllocationSet(input: $input) {
      allocation {
        id
        amountCents
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const BUDGET_REALLOCATE = graphql(`
  mutation BudgetReallocate($input: BudgetReallocateInput!) {
    budgetReallocate(input: $input) {
      reallocation {
        amountCents
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
