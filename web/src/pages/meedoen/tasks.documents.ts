import { graphql } from '../../gql';

export const MY_TASKS = graphql(`
  query MyTasks {
    myTasks {
      kind
      subjectId
      title
      description
      dueOn
      overdue
      link
    }
  }
`);

// The participant's own answers select only the id back: the proposal's other fields are the staff's.
export const OWN_PERSPECTIVE = graphql(`
  mutation OwnPerspective($id: ID!, $input: ProposalPerspectiveInput!) {
    proposalPerspectiveRecord(id: $id, input: $input) {
      proposal {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const OWN_STANCE = graphql(`
  mutation OwnStance($input: ProposalStanceInput!) {
    proposalStanceRecord(input: $input) {
      proposal {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const COUNCIL_CHECK = graphql(`
  mutation CouncilCheck($id: ID!, $input: ProposalClientCouncilCheckInput!) {
    proposalClientCouncilCheck(id: $id, input: $input) {
      proposal {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const OWN_MINORITY_CONFIRM = graphql(`
  mutation OwnMinorityConfirm($id: ID!, $input: DecisionMinorityConfirmInput!) {
    decisionMinorityConfirm(id: $id, input: $input) {
      decision {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Whether a resident is in the kerngroep (who may submit an urgent proposal). */
export const MY_GROUPS = graphql(`
  query MyGroups {
    myMemberships {
      group
    }
  }
`);
