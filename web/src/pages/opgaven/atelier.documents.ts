import { graphql } from '../../gql';

export const ATELIER_PLAN = graphql(`
  mutation AtelierPlan($input: AtelierPlanInput!) {
    atelierPlan(input: $input) {
      atelier {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ATELIER_MEETING_RECORD = graphql(`
  mutation AtelierMeetingRecord($input: AtelierMeetingRecordInput!) {
    atelierMeetingRecord(input: $input) {
      atelier {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ATELIER_HOURS_LOG = graphql(`
  mutation AtelierHoursLog($input: AtelierHoursLogInput!) {
    atelierHoursLog(input: $input) {
      atelier {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ATELIER_CONCLUDE = graphql(`
  mutation AtelierConclude($id: ID!, $version: Int!, $input: AtelierConcludeInput!) {
    atelierConclude(id: $id, version: $version, input: $input) {
      atelier {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
