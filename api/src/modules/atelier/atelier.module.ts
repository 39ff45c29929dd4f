import { defineModule, nodeByLoader, tablesWith, type NodeRead } from '../../shared/module';
import { Role } from '../user/user.entity';
import { AtelierResolver, OpgaveAtelierResolver } from './atelier.resolver';
import { AtelierService } from './atelier.service';
import { createAtelierLoaders } from './atelier.loaders';
import { Atelier, AtelierMeeting, AtelierHours } from './atelier.entity';
import { loadersOf } from '../../context';

export const atelierModule = defineModule({
  name: 'atelier',
  resolvers: [AtelierResolver, OpgaveAtelierResolver],
  services: { atelier: ({ db, clock }) => new AtelierService(db, clock) },
  loaders: { atelier: ({ db, municipalityId }) => createAtelierLoaders(db, municipalityId) },
  nodeTypes: {
    Atelier: nodeByLoader(Atelier, (ctx): NodeRead => loadersOf(ctx).atelier.atelierById),
  },
  tables: tablesWith(['tenant_scope'], Atelier, AtelierMeeting, AtelierHours),
  permissions: {
    'Mutation.atelierPlan': [Role.REGISSEUR],
    'Mutation.atelierMeetingRecord': [Role.REGISSEUR],
    'Mutation.atelierHoursLog': [Role.REGISSEUR],
    'Mutation.atelierConclude': [Role.REGISSEUR],
  },
});
