import { rm } from 'node:fs/promises';

/** Stops every server the global setup started, and deletes their folders. */
export default async function globalTeardown() {
  const servers = globalThis.__REGIEKAMER_E2E__ ?? [];
  await Promise.all(
    servers.map(async ({ child, dataDir }) => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dataDir, { recursive: true, force: true });
    }),
  );
}
