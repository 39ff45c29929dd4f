import { graphql } from '../../gql';

export const PROPOSAL_FIELDS = graphql(`
  fragment ProposalFields on Proposal {
    id
    title
    description
    status
    urgent
    submittedOn
    version
    overdue
    overdueSteps
    lateness {
      step
      dueOn
      doneOn
      daysLate
    }
    missingPerspectives
    schedule {
      perspectivesDueOn
      policyMeetingFrom
      policyMeetingBy
      decisionFeedbackBy
      adHocMeetingBy
    }
    perspectives {
      perspective
      position
      advice
      consultedConstituency
      recordedAt
      recordedBy {
        id
        name
      }
    }
    decision {
      id
      kind
      text
      outcome
      decidedOn
      votesFor
      votesAgainst
      votesAbstain
      minorityPosition
      minorityDraft
      minorityConfirmedAt
      paperTally {
        agree
        disagree
        abstain
      }
      kerngroepAdviceWeighing
      responsible
    }
    stances {
      position
      reason
      voterName
    }
    stanceTally {
      agree
      disagree
      abstain
    }
    councilCheckDueOn
    councilCheckOverdue
    feedback {
      residentsMeetingOn
      summary
    }
    clientCouncilCheck {
      checkedOn
      verdict
      remarks
    }
  }
`);

export const PROPOSAL = graphql(`
  query Proposal($id: ID!) {
    node(id: $id) {
      __typename
      id
      ...ProposalFields
    }
  }
`);

export const PERSPECTIVE_RECORD = graphql(`
  mutation ProposalPerspectiveRecord($id: ID!, $input: ProposalPerspectiveInput!) {
    proposalPerspectiveRecord(id: $id, input: $input) {
      proposal {
        ...ProposalFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PROPOSAL_DECIDE = graphql(`
  mutation ProposalDecide($id: ID!, $version: Int!, $input: ProposalDecideInput!) {
    proposalDecide(id: $id, version: $version, input: $input) {
      proposal {
        ...ProposalFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FEEDBACK_RECORD = graphql(`
  mutation ProposalFeedbackRecord($id: ID!, $input: ProposalFeedbackInput!) {
    proposalFeedbackRecord(id: $id, input: $input) {
      proposal {
        ...ProposalFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CLIENT_COUNCIL_CHECK = graphql(`
  mutation ProposalClientCouncilCheck($id: ID!, $input: ProposalClientCouncilCheckInput!) {
    proposalClientCouncilCheck(id: $id, input: $input) {
      proposal {
        ...ProposalFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MINORITY_CONFIRM = graphql(`
  mutation DecisionMinorityConfirm($id: ID!, $input: DecisionMinorityConfirmInput!) {
    decisionMinorityConfirm(id: $id, input: $input) {
      decision {
        id
        minorityPosition
        minorityConfirmedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
