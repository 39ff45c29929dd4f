import { graphql } from '../../gql';

export const OVERVIEW_DETAILS = graphql(`
  query OverviewDetails($period: PeriodInput!, $providerId: ID) {
    overview(period: $period, providerId: $providerId) {
      withNetworkPlan
      suppressed
      arrangements {
        active
        suppressed
      }
      goalAttainment {
        achieved
        partly
        notAchieved
        suppressed
      }
      byProductCategory {
        productCategory
        arrangements {
          active
          new
          ended
          suppressed
        }
        costCents
        hoursDelivered
        averageWaitingDays
        withNetworkPlan
        suppressed
      }
      quarters: series(interval: QUARTER) {
        periodStart
        periodEnd
        arrangements {
          active
          new
          ended
          suppressed
        }
        costCents
        budgetCents
        withNetworkPlan
        goalAttainment {
          achieved
          partly
          notAchieved
          suppressed
        }
        suppressed
      }
    }
  }
`);
