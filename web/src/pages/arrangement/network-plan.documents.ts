import { graphql } from '../../gql';

export const NETWORK_PLAN_FIELDS = graphql(`
  fragment NetworkPlanFields on NetworkPlan {
    conferenceHeldOn
    participantsCount
    coordinator
    planSummary
    decisionsOfNetwork
    professionalRole
    updatedAt
  }
`);

export const NETWORK_PLAN_RECORD = graphql(`
  mutation ArrangementNetworkPlanRecord($arrangementId: ID!, $version: Int!, $input: NetworkPlanInput!) {
    arrangementNetworkPlanRecord(arrangementId: $arrangementId, version: $version, input: $input) {
      arrangement {
        ...ArrangementFields
        networkPlan {
          ...NetworkPlanFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The API's limits (NetworkPlanService.record), checked in the form before sending. */
export const NETWORK_PLAN_LIMITS = { participants: 500, coordinator: 200, planSummary: 5000, decisions: 30, decision: 1000, professionalRole: 2000 };
