import type { Clock } from './clock';
import type { Database } from './db/database';
import type { TokenService } from './shared/auth/tokens';
import { AuthService } from './modules/user/auth.service';
import { ProviderService } from './modules/provider/provider.service';
import { ConvenantService } from './modules/convenant/convenant.service';
import { ArrangementService } from './modules/arrangement/arrangement.service';
import { OpgaveService } from './modules/opgave/opgave.service';

export function createServices(db: Database, clock: Clock, tokens: TokenService) {
  return {
    db,
    auth: new AuthService(db, tokens),
    provider: new ProviderService(db),
    convenant: new ConvenantService(db, clock),
    arrangement: new ArrangementService(db, clock),
    opgave: new OpgaveService(db),
  };
}
export type Services = ReturnType<typeof createServices>;
