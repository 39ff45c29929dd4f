import { graphql } from '../../gql';

export const PODIUM = graphql(`
  query Podium($year: Int!) {
    podium(year: $year) {
      status
      ownershipRung
      ateliersHeld
      actionsDone
      actionsOpen
      opgave {
        id
        title
        area
      }
      decisions {
        ...DecisionFields
      }
    }
  }
`);
