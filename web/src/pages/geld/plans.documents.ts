import { graphql } from '../../gql';

export const PLANS_OF_YEAR = graphql(`
  query MoneyAnnualPlans($year: Int!) {
    annualPlans(first: 100, filter: { year: $year }) {
      edges {
        node {
          id
          year
          status
          budgetCents
          provider {
            id
            name
          }
          quarters {
            quarter
            reportDueOn
            reportLate
          }
        }
      }
    }
    quarterReports(first: 100, filter: { year: $year }) {
      edges {
        node {
          id
          quarter
          plan {
            id
          }
          reopenedAt
          review {
            verdict
          }
        }
      }
    }
  }
`);

export const PLAN = graphql(`
  query MoneyAnnualPlan($id: ID!) {
    node(id: $id) {
      ... on AnnualPlan {
        id
        year
        status
        version
        budgetCents
        adoptedAt
        createdAt
        provider {
          id
          name
        }
        quarters {
          quarter
          reportDueOn
          reportLate
        }
        goals {
          title
          indicator
          target
        }
        budgetLines {
          title
          amountCents
        }
      }
    }
  }
`);

export const QUARTER_REPORTS = graphql(`
  query MoneyQuarterReports($year: Int!) {
    quarterReports(first: 100, filter: { year: $year }) {
      edges {
        node {
          ...MoneyQuarterReportFields
        }
      }
    }
  }
`);

export const QUARTER_REPORT_FIELDS = graphql(`
  fragment MoneyQuarterReportFields on QuarterReport {
    id
    quarter
    version
    submittedOn
    reopenedAt
    reopenReason
    spentCents
    spentCentsAtSubmission
    plan {
      id
    }
    goalProgress {
      goalIndex
      realised
      remarks
      attainmentRatio
    }
    variance {
      budgetCents
      spentCents
      differenceCents
      spentRatio
    }
    actions {
      ...ActionFields
    }
    review {
      reviewedOn
      verdict
      remarks
      actions
      attendees {
        name
        role
      }
    }
  }
`);

export const PROVIDER_CHOICES = graphql(`
  query MoneyProviderChoices {
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
