import { defineModule } from '../../shared/module';
import { ParticipantMembership } from './participant.entity';

/** Residents and client council members: what they belong to. */
export const participantModule = defineModule({
  name: 'participant',
  tables: [{ entity: ParticipantMembership, policies: ['tenant_scope'] }],
});
