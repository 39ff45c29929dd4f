import { defineModule } from '../../shared/module';
import { PrivacyRun } from './retention.entity';

/** Retention and erasure: the schedule (retention.rules.ts), the daily job and the anonymisation of one client. */
export const retentionModule = defineModule({
  name: 'retention',
  tables: [{ entity: PrivacyRun, policies: ['tenant_scope'] }],
});
