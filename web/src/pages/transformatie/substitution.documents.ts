import { graphql } from '../../gql';

export const PROVIDER_KIND_FIGURE_FIELDS = graphql(`
  fragment ProviderKindFigureFields on ProviderKindFigures {
    kind
    activeArrangements
    newArrangements
    hoursDelivered
    costCents
    arrangementsShare
    hoursShare
    costShare
  }
`);

export const TRANSFORMATION_SUBSTITUTION = graphql(`
  query TransformationSubstitution($period: PeriodInput!, $granularity: SeriesInterval!, $providerId: ID) {
    transformation(period: $period, granularity: $granularity, providerId: $providerId) {
      period {
        from
        to
      }
      granularity
      byProviderKind {
        periodStart
        periodEnd
        kinds {
          ...ProviderKindFigureFields
        }
      }
      periodTotals {
        ...ProviderKindFigureFields
      }
      fundingToLighter {
        agreedCents
        paidCents
        hoursDelivered
        agreedCentsPerHour
        suppressed
        receivers {
          provider {
            id
            name
            kind
          }
          agreedCents
          paidCents
          hoursDelivered
          agreedCentsPerHour
          suppressed
        }
      }
    }
  }
`);
