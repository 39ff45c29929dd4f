import type { Clock } from './clock';
import type { RequestDb } from './db/request-db';
import { AuditService } from './modules/audit/audit.service';
import { ProviderService } from './modules/provider/provider.service';
import { ConvenantService } from './modules/convenant/convenant.service';
import { ArrangementService } from './modules/arrangement/arrangement.service';
import { OpgaveService } from './modules/opgave/opgave.service';

/** The domain services of one request, all on that request's connection. */
export function createServices(db: RequestDb, clock: Clock) {
  return {
    provider: new ProviderService(db),
    convenant: new ConvenantService(db, clock),
    arrangement: new ArrangementService(db, clock),
    opgave: new OpgaveService(db),
    audit: new AuditService(db),
  };
}
export type Services = ReturnType<typeof createServices>;
