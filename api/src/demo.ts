import type { Clock } from './clock';
import type { Database } from './db/database';
import { SYSTEM_ACTOR } from './db/request-db';
import { hashPassword } from './shared/auth/passwords';
import type { Logger } from './shared/logger';
import { seedDemo, type SeedSummary } from '../../seeds/demo';

/** Seeds demo data into an empty database only: a database with any municipality is left alone. */
export async function seedDemoIfEmpty(db: Database, demoPassword: string, clock: Clock, logger: Logger): Promise<SeedSummary | null> {
  const rows = await db.query<{ count: number }>('SELECT count(*) AS count FROM municipality');
  if ((rows[0]?.count ?? 0) > 0) return null;
  return db.transaction(SYSTEM_ACTOR, (tx) =>
    seedDemo(tx, { scale: 1, demoPassword, today: clock.today(), hashPassword, log: (msg) => logger.info(msg) }),
  );
}
