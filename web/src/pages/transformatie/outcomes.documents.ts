import { graphql } from '../../gql';

export const TRANSFORMATION_OUTCOMES = graphql(`
  query TransformationOutcomes($period: PeriodInput!, $providerId: ID) {
    transformationOutcomes(period: $period, providerId: $providerId) {
      period {
        from
        to
      }
      waitingNormDays
      durationNorms {
        productCategory
        normDays
        isDefault
      }
      total {
        ...OutcomeFigureFields
      }
      byProvider {
        provider {
          id
          name
        }
        figures {
          ...OutcomeFigureFields
        }
      }
    }
  }

  fragment OutcomeFigureFields on OutcomeFigures {
    ended
    goalAttainment {
      achieved
      partly
      notAchieved
    }
    achievedShare
    notAchievedShare
    endReasons {
      reason
      count
    }
    earlyEndings
    earlyEndingRate
    reRequestWindowsClosed
    reRequests
    reRequestRate
    reRequestWindowsOpen
    started
    medianWaitingDays
    medianWaitingOverNormDays
    medianDurationDays
    medianDurationOverNormDays
    suppressed
  }
`);

export const TRANSFORMATION_THRESHOLDS = graphql(`
  query TransformationThresholds {
    transformationThresholds {
      indicator
      value
    }
  }
`);

export const THRESHOLD_SET = graphql(`
  mutation TransformationThresholdSet($input: OutcomeThresholdInput!) {
    transformationThresholdSet(input: $input) {
      thresholds {
        indicator
        value
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const THRESHOLD_REMOVE = graphql(`
  mutation TransformationThresholdRemove($indicator: OutcomeIndicator!) {
    transformationThresholdRemove(indicator: $indicator) {
      thresholds {
        indicator
        value
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DURATION_NORM_SET = graphql(`
  mutation DurationNormSet($productCategory: ProductCategory!, $normDays: Int!) {
    durationNormSet(productCategory: $productCategory, normDays: $normDays) {
      durationNorms {
        productCategory
        normDays
        isDefault
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
