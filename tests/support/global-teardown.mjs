export default async function globalTeardown() {
  const pg = globalThis.__REGIEKAMER_PG__;
  if (pg) {
    await pg.stop();
    return;
  }
  // A server of DATABASE_URL outlives the run: the run's template goes (support/test-db.ts), the files dropped their own.
  const { default: pgLib } = await import('pg');
  const client = new pgLib.Client({ connectionString: process.env.TEST_ADMIN_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${process.env.TEST_TEMPLATE_DATABASE} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
