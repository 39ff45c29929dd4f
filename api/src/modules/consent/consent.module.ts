import { ALL_ROLES, defineModule, PARTICIPANT_ROLES } from '../../shared/module';
import { Role } from '../user/user.entity';
import { Consent } from './consent.entity';
import { ConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';

/** Consent per purpose (name on the public pages, follow-up contact, survey invitations): given, withdrawn, with its history; and the privacy statement's FG contact. */
export const consentModule = defineModule({
  name: 'consent',
  resolvers: [ConsentResolver],
  services: { consent: ({ db, settings }) => new ConsentService(db, settings.privacyOfficerContact) },
  tables: [{ entity: Consent, policies: ['regisseur_scope', 'own_consent'] }],
  permissions: {
    'Query.myConsents': PARTICIPANT_ROLES,
    'Query.consentSubjects': [Role.REGISSEUR],
    'Query.privacyOfficerContact': ['ANONYMOUS', ...ALL_ROLES],
    'Mutation.consentGive': [Role.REGISSEUR, ...PARTICIPANT_ROLES],
    'Mutation.consentWithdraw': [Role.REGISSEUR, ...PARTICIPANT_ROLES],
  },
});
