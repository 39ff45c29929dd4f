import { graphql } from '../../gql';

export const IMPROVEMENT_TRACKS = graphql(`
  query ImprovementTracks($first: Int!, $after: String) {
    improvementTracks(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          topic
          step
          version
          startedOn
          wishes
          goal
          actionPlan
          evaluations {
            evaluatedOn
            findings
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

export const TRACK_START = graphql(`
  mutation ImprovementTrackStart($input: ImprovementTrackStartInput!) {
    improvementTrackStart(input: $input) {
      improvementTrack {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const TRACK_ADVANCE = graphql(`
  mutation ImprovementTrackAdvance($id: ID!, $version: Int!, $input: ImprovementTrackAdvanceInput!) {
    improvementTrackAdvance(id: $id, version: $version, input: $input) {
      improvementTrack {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const TRACK_EVALUATE = graphql(`
  mutation ImprovementTrackEvaluate($id: ID!, $input: ImprovementTrackEvaluateInput!) {
    improvementTrackEvaluate(id: $id, input: $input) {
      improvementTrack {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
