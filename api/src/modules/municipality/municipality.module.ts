import { defineModule } from '../../shared/module';
import { Municipality } from './municipality.entity';

export const municipalityModule = defineModule({
  name: 'municipality',
  nodeTypes: {
    // A global id and an audit trail, but `node` does not answer it.
    Municipality: { entity: Municipality, load: () => Promise.resolve(null) },
  },
  tables: [{ entity: Municipality, policies: ['tenant_scope'] }],
});
