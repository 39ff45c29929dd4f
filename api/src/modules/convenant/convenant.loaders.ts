import DataLoader from 'dataloader';
import type { RequestDb } from '../../db/request-db';
import { groupByKey, batchLoaders, queryBatch } from '../../shared/loader-utils';
import type { Convenant, ConvenantParty } from './convenant.entity';
import { JOINED_PROVIDER_COLUMNS, joinedProvider } from '../provider/provider.loaders';
import { TenantTable } from '../../shared/tenant-table';
import { createAmendmentLoaders } from './convenant-amendment.loaders';

export const CONVENANT_COLUMNS = `c.id, c.municipality_id AS "municipalityId", c.title, c.status, c.version, c.starts_on AS "startsOn",
  c.ends_on AS "endsOn", c.budget_cents AS "budgetCents",
  c.opened_for_signing_on AS "openedForSigningOn", c.end_reason AS "endReason", c.renewal_of_id AS "renewalOfId", c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;
export const CONVENANTS = new TenantTable<Convenant>('convenant', 'c', CONVENANT_COLUMNS);

/** A party row's properties and their columns: the SELECT list and the copy out of a joined row come from one list. */
const PARTY_COLUMN_NAMES = {
  id: 'id',
  municipalityId: 'municipality_id',
  convenantId: 'convenant_id',
  kind: 'kind',
  providerId: 'provider_id',
  signedAt: 'signed_at',
  signedByUserId: 'signed_by_user_id',
  joinedOn: 'joined_on',
  leftOn: 'left_on',
} as const;
const PARTY_PROPERTIES = Object.keys(PARTY_COLUMN_NAMES) as (keyof typeof PARTY_COLUMN_NAMES)[];

export const PARTY_COLUMNS = PARTY_PROPERTIES.map((p) => (PARTY_COLUMN_NAMES[p] === p ? `p.${p}` : `p.${PARTY_COLUMN_NAMES[p]} AS "${p}"`)).join(
  ', ',
);

/** A convenant's parties with their providers: the municipality first, then providers in the order they were added. */
const PARTIES_WITH_PROVIDERS_SQL = `SELECT ${PARTY_COLUMNS}, ${JOINED_PROVIDER_COLUMNS} FROM convenant_party p
   LEFT JOIN provider pr ON pr.id = p.provider_id AND pr.municipality_id = $2
  WHERE p.convenant_id = ANY($1) AND p.municipality_id = $2
  ORDER BY p.convenant_id, (p.kind = 'MUNICIPALITY') DESC, p.id`;

export function createConvenantLoaders(db: RequestDb, municipalityId: number) {
  const { one } = batchLoaders(db, municipalityId);
  return {
    ...createAmendmentLoaders(db, municipalityId),
    convenantById: one<Convenant>(`SELECT ${CONVENANT_COLUMNS} FROM convenant c WHERE c.id = ANY($1) AND c.municipality_id = $2`, (r) => r.id),
    /**
     * Each party comes with its provider (`party.provider`, null for the municipality or a provider this viewer may
     * not see), read in the same statement: a convenant's parties are nearly always shown with their providers,
     * and a separate provider fetch was one more round trip per request.
     */
    partiesByConvenantId: new DataLoader<number, ConvenantParty[]>(async (ids) => {
      const rows = await queryBatch<ConvenantParty & Record<string, unknown>>(db, PARTIES_WITH_PROVIDERS_SQL, ids, municipalityId);
      const parties = rows.map((row): ConvenantParty => {
        const party: Record<string, unknown> = {};
        for (const key of PARTY_PROPERTIES) party[key] = row[key];
        party.provider = joinedProvider(row);
        return party as unknown as ConvenantParty;
      });
      return groupByKey(ids, parties, (r) => r.convenantId);
    }),
  };
}
export type ConvenantLoaders = ReturnType<typeof createConvenantLoaders>;
