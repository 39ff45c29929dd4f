import { graphql } from '../../gql';

/** One page of 100 arrangements with the columns of the Excel download. */
export const EXPORT_ROWS = graphql(`
  query ArrangementExportRows($after: String, $filter: ArrangementFilter) {
    arrangements(first: 100, after: $after, filter: $filter) {
      edges {
        node {
          id
          clientKey
          status
          form
          productCategory
          hoursPerWeek
          plannedCostCents
          realisedCostCents
          requestedOn
          startsOn
          endedOn
          provider {
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
