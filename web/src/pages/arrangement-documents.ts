import { graphql } from '../gql';

export const ARRANGEMENT_FIELDS = graphql(`
  fragment ArrangementFields on Arrangement {
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
    endReason
    goalAttainment
    goals
    version
    updatedAt
    provider {
      id
      name
    }
  }
`);

export const ARRANGEMENTS = graphql(`
  query Arrangements($first: Int!, $after: String, $filter: ArrangementFilter) {
    arrangements(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
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

export const ARRANGEMENT = graphql(`
  query Arrangement($id: ID!, $reportsFirst: Int!, $reportsAfter: String) {
    node(id: $id) {
      __typename
      id
      ... on Arrangement {
        ...ArrangementFields
        networkPlan {
          ...NetworkPlanFields
        }
        reports(first: $reportsFirst, after: $reportsAfter) {
          totalCount
          edges {
            node {
              id
              periodStart
              periodEnd
              hoursDelivered
              costCents
              remarks
              createdAt
              entry
              correctionReason
              correctsReport {
                id
                periodStart
                periodEnd
              }
              correctedBy {
                id
                entry
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

export const ARRANGEMENT_CREATE = graphql(`
  mutation ArrangementCreate($input: ArrangementInput!, $idempotencyKey: String) {
    arrangementCreate(input: $input, idempotencyKey: $idempotencyKey) {
      arrangement {
        ...ArrangementFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ARRANGEMENT_UPDATE = graphql(`
  mutation ArrangementUpdate($id: ID!, $version: Int!, $input: ArrangementUpdateInput!) {
    arrangementUpdate(id: $id, version: $version, input: $input) {
      arrangement {
        ...ArrangementFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ARRANGEMENT_END = graphql(`
  mutation ArrangementEnd($id: ID!, $version: Int!, $input: ArrangementEndInput!) {
    arrangementEnd(id: $id, version: $version, input: $input) {
      arrangement {
        ...ArrangementFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const REPORT_ADD = graphql(`
  mutation ArrangementReportAdd($arrangementId: ID!, $input: ArrangementReportInput!, $idempotencyKey: String) {
    arrangementReportAdd(arrangementId: $arrangementId, input: $input, idempotencyKey: $idempotencyKey) {
      arrangement {
        ...ArrangementFields
      }
      report {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const REPORT_CORRECT = graphql(`
  mutation ArrangementReportCorrect($reportId: ID!, $input: ArrangementReportCorrectInput!, $idempotencyKey: String) {
    arrangementReportCorrect(reportId: $reportId, input: $input, idempotencyKey: $idempotencyKey) {
      arrangement {
        ...ArrangementFields
      }
      reversal {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
