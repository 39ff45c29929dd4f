import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { Provider } from './provider.entity';

export interface Representative {
  id: number;
  providerId: number;
  email: string;
  name: string;
}

/** A provider row's properties and their columns. */
const PROVIDER_COLUMN_NAMES: Record<keyof Omit<Provider, 'municipality'>, string> = {
  id: 'id',
  municipalityId: 'municipality_id',
  name: 'name',
  kind: 'kind',
  kvkNumber: 'kvk_number',
  agbCode: 'agb_code',
  createdAt: 'created_at',
  active: 'active',
  deactivatedAt: 'deactivated_at',
  deactivationReason: 'deactivation_reason',
  version: 'version',
};
const PROVIDER_PROPERTIES = Object.keys(PROVIDER_COLUMN_NAMES) as (keyof typeof PROVIDER_COLUMN_NAMES)[];

export const PROVIDER_COLUMNS = PROVIDER_PROPERTIES.map((p) => (PROVIDER_COLUMN_NAMES[p] === p ? p : `${PROVIDER_COLUMN_NAMES[p]} AS "${p}"`)).join(
  ', ',
);

/** The same columns read through a join on `provider pr`, each named `provider.<property>`. */
export const JOINED_PROVIDER_COLUMNS = PROVIDER_PROPERTIES.map((p) => `pr.${PROVIDER_COLUMN_NAMES[p]} AS "provider.${p}"`).join(', ');

/** The provider of a row read with JOINED_PROVIDER_COLUMNS (null when the join found none), as providerById gives it. */
export function joinedProvider(row: Record<string, unknown>): Provider | null {
  if (row['provider.id'] === null || row['provider.id'] === undefined) return null;
  const provider: Record<string, unknown> = {};
  for (const p of PROVIDER_PROPERTIES) provider[p] = row[`provider.${p}`];
  return provider as unknown as Provider;
}

export function createProviderLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  return {
    providerById: one<Provider>(`SELECT ${PROVIDER_COLUMNS} FROM provider WHERE id = ANY($1) AND municipality_id = $2`, (r) => r.id),
    representativesByProviderId: list<Representative>(
      `SELECT id, provider_id AS "providerId", email, name FROM app_user
          WHERE provider_id = ANY($1) AND role = 'PROVIDER_REP' AND municipality_id = $2 ORDER BY id`,
      (r) => r.providerId,
    ),
  };
}
export type ProviderLoaders = ReturnType<typeof createProviderLoaders>;
