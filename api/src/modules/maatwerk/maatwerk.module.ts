import { defineModule } from '../../shared/module';
import { MonitorService } from '../monitor/monitor.service';
import { Role } from '../user/user.entity';
import { MaatwerkImport, MaatwerkMonth } from './maatwerk.entity';
import { MaatwerkResolver } from './maatwerk.resolver';
import { MaatwerkService } from './maatwerk.service';

/** Maatwerk figures of the Wmo administration: the regisseur's CSV import (http/maatwerk-route.ts) and the curve. */
export const maatwerkModule = defineModule({
  name: 'maatwerk',
  resolvers: [MaatwerkResolver],
  services: { maatwerk: ({ db, settings, clock }) => new MaatwerkService(db, new MonitorService(db, settings.suppressionThreshold, clock), clock) },
  tables: [
    { entity: MaatwerkImport, policies: ['owner_all', 'regisseur_scope'] },
    { entity: MaatwerkMonth, policies: ['analyst_read', 'owner_all', 'regisseur_scope'] },
  ],
  permissions: {
    'Query.maatwerkSeries': [Role.REGISSEUR, Role.ANALYST],
  },
});
