import { graphql } from '../../gql';

export const MAATWERK_SERIES = graphql(`
  query MaatwerkSeries($period: PeriodInput!, $granularity: MaatwerkInterval!) {
    maatwerkSeries(period: $period, granularity: $granularity) {
      buckets {
        periodStart
        periodEnd
        monthsLoaded
        maatwerk {
          clients
          costCents
          newClients
        }
        byProvision {
          provision
          clients
          costCents
          newClients
        }
        algemeneVoorziening {
          periodStart
          uniqueResidents
          costCents
          arrangements {
            active
          }
        }
      }
    }
  }
`);

export const MAATWERK_LOADED = graphql(`
  query MaatwerkLoadedMonths($period: PeriodInput!) {
    maatwerkSeries(period: $period, granularity: YEAR) {
      loadedMonths {
        month
        rows
        fileName
        importedAt
        importedBy
      }
    }
  }
`);
