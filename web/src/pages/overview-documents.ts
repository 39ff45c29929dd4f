import { graphql } from '../gql';

export const OVERVIEW = graphql(`
  query Overview($period: PeriodInput!, $providerId: ID, $interval: SeriesInterval!) {
    overview(period: $period, providerId: $providerId) {
      period {
        from
        to
      }
      arrangements {
        active
        new
        ended
        suppressed
      }
      uniqueResidents
      residentsPerThousandInhabitants
      costCents
      budgetCents
      budgetUsedRatio
      costPerArrangementCents
      hoursDelivered
      averageWaitingDays
      waitingNow {
        count
        medianDaysWaited
        longestDaysWaited
        suppressed
      }
      allocationCents
      allocationUsedRatio
      suppressed
      byProvider {
        provider {
          id
          name
        }
        arrangements {
          active
          new
          ended
          suppressed
        }
        costCents
        budgetUsedRatio
        allocationCents
        allocationUsedRatio
        hoursDelivered
        averageWaitingDays
        waitingNow {
          count
          suppressed
        }
        suppressed
      }
      series(interval: $interval) {
        periodStart
        periodEnd
        arrangements {
          active
          new
          suppressed
        }
        costCents
        budgetCents
        averageWaitingDays
        suppressed
      }
    }
  }
`);

export const PROVIDER_OPTIONS = graphql(`
  query ProviderOptions {
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
