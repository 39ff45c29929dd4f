import DataLoader from 'dataloader';
import type { RequestDb } from '../../db/request-db';
import { byKey, groupByKey } from '../../shared/loader-utils';
import type { Provider } from './provider.entity';

export interface Representative {
  id: number;
  providerId: number;
  email: string;
  name: string;
}

export const PROVIDER_COLUMNS = `id, municipality_id AS "municipalityId", name, kind, kvk_number AS "kvkNumber", agb_code AS "agbCode", created_at AS "createdAt"`;

export function createProviderLoaders(db: RequestDb, municipalityId: number) {
  return {
    providerById: new DataLoader<number, Provider | null>(async (ids) => {
      const rows = await db.query<Provider>(`SELECT ${PROVIDER_COLUMNS} FROM provider WHERE id = ANY($1) AND municipality_id = $2`, [
        ids,
        municipalityId,
      ]);
      return byKey(ids, rows, (r) => r.id);
    }),
    representativesByProviderId: new DataLoader<number, Representative[]>(async (ids) => {
      const rows = await db.query<Representative>(
        `SELECT id, provider_id AS "providerId", email, name FROM app_user
          WHERE provider_id = ANY($1) AND role = 'PROVIDER_REP' AND municipality_id = $2 ORDER BY id`,
        [ids, municipalityId],
      );
      return groupByKey(ids, rows, (r) => r.providerId);
    }),
  };
}
export type ProviderLoaders = ReturnType<typeof createProviderLoaders>;
