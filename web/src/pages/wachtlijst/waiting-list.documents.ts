import { graphql } from '../../gql';

export const WAITING_LIST = graphql(`
  query WaitingList($providerId: ID) {
    waitingList(providerId: $providerId) {
      normDays
      entries {
        arrangementId
        clientKey
        productCategory
        requestedOn
        daysWaited
        pastNorm
        priority
        note
        version
        provider {
          id
          name
        }
      }
    }
  }
`);

export const WAITING_ENTRY_UPDATE = graphql(`
  mutation WaitingListEntryUpdate($arrangementId: ID!, $input: WaitingListEntryUpdateInput!) {
    waitingListEntryUpdate(arrangementId: $arrangementId, input: $input) {
      entry {
        arrangementId
        priority
        note
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WAITING_NORM_SET = graphql(`
  mutation WaitingNormSet($normDays: Int!) {
    waitingNormSet(normDays: $normDays) {
      normDays
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
