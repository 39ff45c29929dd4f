import { graphql } from '../../gql';

export const SURVEY_RESULTS = graphql(`
  query SurveyResults($year: Int!, $providerId: ID) {
    surveyResults(year: $year, providerId: $providerId) {
      year
      final
      threshold
      total {
        ...SurveyCellFields
      }
      byProvider {
        provider {
          id
          name
        }
        ...SurveyCellFields
      }
      byCategory {
        productCategory
        ...SurveyCellFields
      }
      codes {
        provider {
          id
          name
        }
        issued
        used
        responseRate
      }
    }
  }
`);

export const SURVEY_CELL_FIELDS = graphql(`
  fragment SurveyCellFields on SurveyResultCell {
    responses
    hidden
    questions {
      question
      answered
      shareAgreeing
      hidden
    }
  }
`);

export const SURVEY_OPEN_ANSWERS = graphql(`
  query SurveyOpenAnswers($year: Int!, $providerId: ID) {
    surveyOpenAnswers(year: $year, providerId: $providerId) {
      id
      provider {
        id
        name
      }
      text
      maskedText
      quoted
    }
  }
`);

export const SURVEY_ANSWER_MASK = graphql(`
  mutation SurveyAnswerMask($id: ID!, $input: SurveyAnswerMaskInput!) {
    surveyAnswerMask(answerId: $id, input: $input) {
      answer {
        id
        text
        maskedText
        quoted
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
