import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Secrets generated once per data folder, so restarts keep tokens and the database passwords valid. */
export interface DemoSecrets {
  postgresPassword: string;
  /** The application role's login (regiekamer_app), unless APP_DATABASE_URL is set. */
  appPassword: string;
  jwtSecret: string;
  pseudonymSecret: string;
}

export async function loadOrCreateSecrets(dataDir: string): Promise<DemoSecrets> {
  const file = path.join(dataDir, 'secrets.json');
  await mkdir(dataDir, { recursive: true });
  let existing: Partial<DemoSecrets> = {};
  try {
    existing = JSON.parse(await readFile(file, 'utf8')) as Partial<DemoSecrets>;
  } catch {
    existing = {};
  }
  const secrets: DemoSecrets = {
    postgresPassword: existing.postgresPassword ?? randomBytes(18).toString('base64url'),
    appPassword: existing.appPassword ?? randomBytes(24).toString('base64url'),
    jwtSecret: existing.jwtSecret ?? randomBytes(48).toString('base64url'),
    pseudonymSecret: existing.pseudonymSecret ?? randomBytes(48).toString('base64url'),
  };
  if (JSON.stringify(existing) !== JSON.stringify(secrets)) {
    await writeFile(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  }
  return secrets;
}
