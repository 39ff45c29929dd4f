import { ALL_ROLES, defineModule } from '../../shared/module';
import { NodeResolver } from './node.resolver';

/** `node(id)`: reads any Node type through the `nodeTypes` the other modules declare. */
export const nodeModule = defineModule({
  name: 'node',
  resolvers: [NodeResolver],
  permissions: {
    'Query.node': ALL_ROLES,
  },
});
