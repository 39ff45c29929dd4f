import { ALL_ROLES, PARTICIPANT_ROLES, defineModule, tablesWith } from '../../shared/module';
import { Role } from '../user/user.entity';
import { SelectionResolver } from './selection.resolver';
import { SelectionService } from './selection.service';
import { createSelectionLoaders } from './selection.loaders';
import {
  BallotChoiceRow,
  BallotReceiptRow,
  OpgaveStatusChangeRow,
  SelectionOptionRow,
  SelectionRoundRow,
  SelectionWisdomRow,
} from './selection.entity';

/** Opgave selection rounds with secret ballots and the minority's wisdom; the opgaven's status history. */
export const selectionModule = defineModule({
  name: 'selection',
  resolvers: [SelectionResolver],
  services: { selection: ({ db, clock, settings }) => new SelectionService(db, clock, settings.pseudonymize) },
  loaders: { selection: ({ db, municipalityId }) => createSelectionLoaders(db, municipalityId) },
  tables: tablesWith(
    ['tenant_scope'],
    SelectionRoundRow,
    SelectionOptionRow,
    BallotReceiptRow,
    BallotChoiceRow,
    SelectionWisdomRow,
    OpgaveStatusChangeRow,
  ),
  permissions: {
    'Query.opgaveSelectionRounds': ALL_ROLES,
    'Mutation.opgaveSelectionOpen': [Role.REGISSEUR],
    'Mutation.opgaveBallotCast': PARTICIPANT_ROLES,
    'Mutation.opgaveSelectionPaperTally': [Role.REGISSEUR],
    'Mutation.opgaveSelectionClose': [Role.REGISSEUR],
    'Mutation.opgaveSelectionWisdomWrite': [Role.REGISSEUR, ...PARTICIPANT_ROLES],
    'Mutation.opgaveSelectionDecide': [Role.REGISSEUR],
    'Mutation.opgaveSelectionCancel': [Role.REGISSEUR],
  },
});
