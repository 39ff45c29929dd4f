import { STAFF_ROLES, defineModule } from '../../shared/module';
import { OverviewResolver, ProviderFiguresResolver } from './monitor.resolver';
import { MonitorService } from './monitor.service';
import { ReportSummary } from './report-summary.entity';

export const monitorModule = defineModule({
  name: 'monitor',
  resolvers: [OverviewResolver, ProviderFiguresResolver],
  services: { monitor: ({ db, settings, clock }) => new MonitorService(db, settings.suppressionThreshold, clock) },
  tables: [{ entity: ReportSummary, policies: ['no_participants', 'owner_all', 'tenant_scope'] }],
  permissions: {
    'Query.overview': STAFF_ROLES,
  },
});
