import { graphql } from '../../gql';

export const PLAN_CREATE = graphql(`
  mutation MoneyAnnualPlanCreate($input: AnnualPlanInput!) {
    annualPlanCreate(input: $input) {
      plan {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PLAN_ADOPT = graphql(`
  mutation MoneyAnnualPlanAdopt($id: ID!, $version: Int!) {
    annualPlanAdopt(id: $id, version: $version) {
      plan {
        id
        status
        version
        adoptedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const QUARTER_SUBMIT = graphql(`
  mutation MoneyQuarterReportSubmit($input: QuarterReportSubmitInput!) {
    quarterReportSubmit(input: $input) {
      report {
        ...MoneyQuarterReportFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const QUARTER_REVIEW = graphql(`
  mutation MoneyQuarterReportReview($id: ID!, $version: Int!, $input: QuarterReportReviewInput!) {
    quarterReportReview(id: $id, version: $version, input: $input) {
      report {
        ...MoneyQuarterReportFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const QUARTER_REOPEN = graphql(`
  mutation MoneyQuarterReportReopen($id: ID!, $version: Int!, $input: QuarterReportReopenInput!) {
    quarterReportReopen(id: $id, version: $version, input: $input) {
      report {
        ...MoneyQuarterReportFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
