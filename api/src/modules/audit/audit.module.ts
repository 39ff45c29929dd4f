import { defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditEntry, AccessLogEntry } from './audit.entity';

export const auditModule = defineModule({
  name: 'audit',
  resolvers: [AuditResolver],
  services: { audit: ({ db }) => new AuditService(db) },
  tables: [
    { entity: AuditEntry, policies: ['tenant_scope'] },
    { entity: AccessLogEntry, policies: ['own_reads', 'tenant_scope'] },
  ],
  permissions: {
    'Query.auditTrail': [Role.REGISSEUR, Role.ADMIN],
  },
});
