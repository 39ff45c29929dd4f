export default async function globalTeardown() {
  const pg = globalThis.__REGIEKAMER_PG__;
  if (pg) await pg.stop();
}
