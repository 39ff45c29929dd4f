import { graphql } from '../../gql';

export const ATTENTION = graphql(`
  query Attention {
    attention {
      kind
      reason
      severity
      subjectId
      title
      provider {
        id
        name
      }
      dueOn
      daysLate
      count
      ratio
      figure
      threshold
    }
  }
`);

/**
 * This year so far against last year, per month; per provider this year's cost, the convenant budget allotted to it for
 * the same period, and the adopted annual plans' budgets.
 */
export const HOME_FIGURES = graphql(`
  query HomeFigures($thisYear: PeriodInput!, $lastYear: PeriodInput!, $year: Int!) {
    thisYear: overview(period: $thisYear) {
      arrangements {
        active
        new
        suppressed
      }
      costCents
      budgetCents
      budgetUsedRatio
      averageWaitingDays
      uniqueResidents
      residentsPerThousandInhabitants
      suppressed
      byProvider {
        provider {
          id
          name
        }
        costCents
        allocationCents
        allocationUsedRatio
      }
      series(interval: MONTH) {
        periodStart
        costCents
      }
    }
    lastYear: overview(period: $lastYear) {
      series(interval: MONTH) {
        periodStart
        costCents
      }
    }
    annualPlans(first: 100, filter: { year: $year }) {
      edges {
        node {
          id
          status
          budgetCents
          provider {
            id
          }
        }
      }
    }
  }
`);

export const MY_COUNTS = graphql(`
  query MyArrangementCounts {
    requested: arrangements(first: 1, filter: { status: REQUESTED }) {
      totalCount
    }
    active: arrangements(first: 1, filter: { status: ACTIVE }) {
      totalCount
    }
    paused: arrangements(first: 1, filter: { status: PAUSED }) {
      totalCount
    }
    ended: arrangements(first: 1, filter: { status: ENDED }) {
      totalCount
    }
  }
`);
