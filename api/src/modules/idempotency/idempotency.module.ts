import { defineModule } from '../../shared/module';
import { IdempotencyKey } from './idempotency.entity';

export const idempotencyModule = defineModule({
  name: 'idempotency',
  tables: [{ entity: IdempotencyKey, policies: ['own_keys'] }],
});
