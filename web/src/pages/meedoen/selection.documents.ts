import { graphql } from '../../gql';

export const SELECTION_ROUNDS = graphql(`
  query SelectionRounds {
    opgaveSelectionRounds(first: 5) {
      id
      status
      seats
      closesOn
      closedAt
      paperNote
      cancelReason
      ballotsCast
      myBallot
      minorityInvited
      myWisdom
      wisdoms
      options {
        opgaveId
        title
        description
        paperVotes
        votes
        rank
        selected
      }
    }
  }
`);

export const BALLOT_CAST = graphql(`
  mutation BallotCast($input: OpgaveBallotCastInput!) {
    opgaveBallotCast(input: $input) {
      round {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const WISDOM_WRITE = graphql(`
  mutation SelectionWisdomWrite($input: OpgaveSelectionWisdomInput!) {
    opgaveSelectionWisdomWrite(input: $input) {
      round {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ROUND_OPEN = graphql(`
  mutation SelectionRoundOpen($input: OpgaveSelectionOpenInput!) {
    opgaveSelectionOpen(input: $input) {
      round {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ROUND_PAPER_TALLY = graphql(`
  mutation SelectionPaperTally($input: OpgaveSelectionPaperTallyInput!) {
    opgaveSelectionPaperTally(input: $input) {
      round {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ROUND_CLOSE = graphql(`
  mutation SelectionRoundClose($input: OpgaveSelectionRoundInput!) {
    opgaveSelectionClose(input: $input) {
      round {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ROUND_DECIDE = graphql(`
  mutation SelectionRoundDecide($input: OpgaveSelectionRoundInput!) {
    opgaveSelectionDecide(input: $input) {
      round {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const COLLECTED_OPGAVEN = graphql(`
  query CollectedOpgaven {
    opgaven(first: 100, filter: { status: COLLECTED }) {
      edges {
        node {
          id
          title
          area
        }
      }
    }
  }
`);

export const ROUND_CANCEL = graphql(`
  mutation SelectionRoundCancel($input: OpgaveSelectionCancelInput!) {
    opgaveSelectionCancel(input: $input) {
      round {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
