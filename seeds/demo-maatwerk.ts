import type { Queryable } from '../api/src/db/database';
import type { MaatwerkProvision } from '../api/src/modules/maatwerk/maatwerk.entity';
import { Random, addMonths, firstOfMonth } from './random';

type Provision = `${MaatwerkProvision}`;

/**
 * A provision's history at scale 1: residents per month before the algemene voorziening, the cost of one resident's
 * month in cents, new residents per month, and what happens after the convenant starts. Begeleiding individueel and
 * groep are what the algemene voorziening replaced (seed 003: no new indicaties for them from the start; the running
 * ones end, a few remain for exceptional cases); the other provisions stay, huishoudelijke ondersteuning grows slowly.
 */
interface History {
  clients: number;
  monthCents: number;
  newPerMonth: number;
  /** Per month after the start: the share that remains (0.965 = 3.5% fewer each month), down to `floor` residents. */
  decay: number;
  floor: number;
  /** Per month, over the whole history (0.003 = 0.3% more each month). */
  growth: number;
}

const HISTORY: Readonly<Record<Provision, History>> = {
  BEGELEIDING_INDIVIDUEEL: { clients: 180, monthCents: 145_000, newPerMonth: 9, decay: 0.955, floor: 22, growth: 0.002 },
  BEGELEIDING_GROEP: { clients: 95, monthCents: 62_000, newPerMonth: 5, decay: 0.94, floor: 8, growth: 0.001 },
  DAGBESTEDING: { clients: 60, monthCents: 90_000, newPerMonth: 3, decay: 1, floor: 0, growth: 0 },
  KORTDUREND_VERBLIJF: { clients: 12, monthCents: 210_000, newPerMonth: 2, decay: 1, floor: 0, growth: 0 },
  HUISHOUDELIJKE_ONDERSTEUNING: { clients: 420, monthCents: 38_000, newPerMonth: 14, decay: 1, floor: 0, growth: 0.003 },
  HULPMIDDELEN_EN_WONEN: { clients: 150, monthCents: 21_000, newPerMonth: 8, decay: 1, floor: 0, growth: 0.001 },
  VERVOER: { clients: 310, monthCents: 9_500, newPerMonth: 10, decay: 1, floor: 0, growth: 0.001 },
  OVERIG: { clients: 20, monthCents: 30_000, newPerMonth: 1, decay: 1, floor: 0, growth: 0 },
};

export interface MaatwerkSeedRow {
  month: string;
  provision: Provision;
  clients: number;
  costCents: number;
  newClients: number;
}

/**
 * The Wmo administration's months, from January four years before today's year to the last whole month before today:
 * deterministic (its own Random), counts scaled by `scale`.
 */
export function maatwerkHistory(today: string, convenantStartsOn: string, scale: number): MaatwerkSeedRow[] {
  const rng = new Random(2203);
  const first = `${String(Number(today.slice(0, 4)) - 4)}-01-01`;
  const rows: MaatwerkSeedRow[] = [];
  for (let month = first, i = 0; month < firstOfMonth(today); month = addMonths(month, 1), i++) {
    const after = month >= convenantStartsOn ? monthsBetween(convenantStartsOn, month) + 1 : 0;
    for (const [provision, h] of Object.entries(HISTORY) as [Provision, History][]) {
      const trend = h.clients * (1 + h.growth) ** i;
      const level = after > 0 && h.decay < 1 ? Math.max(h.floor, trend * h.decay ** after) : trend;
      const clients = Math.max(0, Math.round(level * scale * rng.real(0.97, 1.03)));
      const newClients = after > 0 && h.decay < 1 ? rng.int(0, Math.max(1, Math.round(scale))) : Math.round(h.newPerMonth * scale * rng.real(0.6, 1.4));
      rows.push({ month, provision, clients, costCents: Math.round(clients * h.monthCents * rng.real(0.95, 1.05)), newClients });
    }
  }
  return rows;
}

const monthsBetween = (from: string, to: string): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/** Stores the history as the regisseur's imports: one file per year, imported after the year (or this month). */
export async function seedMaatwerk(db: Queryable, municipalityId: number, regisseurId: number, today: string, convenantStartsOn: string, scale: number) {
  const rows = maatwerkHistory(today, convenantStartsOn, scale);
  const years = [...new Set(rows.map((r) => r.month.slice(0, 4)))];
  for (const year of years) {
    const ofYear = rows.filter((r) => r.month.startsWith(year));
    const months = [...new Set(ofYear.map((r) => r.month))];
    const importedOn = year === today.slice(0, 4) ? firstOfMonth(today) : `${String(Number(year) + 1)}-01-20`;
    await db.query(
      `WITH i AS (
         INSERT INTO maatwerk_import (municipality_id, file_name, months, row_count, imported_by_user_id, created_at)
         VALUES ($1, $2, $3::date[], $4, $5, $6::date + time '09:30') RETURNING id)
       INSERT INTO maatwerk_month (municipality_id, month, provision, clients, cost_cents, new_clients, import_id)
       SELECT $1, m, p::maatwerk_provision, c, k, n, (SELECT id FROM i)
         FROM unnest($7::date[], $8::text[], $9::int[], $10::bigint[], $11::int[]) AS r(m, p, c, k, n)`,
      [
        municipalityId,
        `wmo-maatwerk-${year}.csv`,
        months,
        ofYear.length,
        regisseurId,
        importedOn,
        ofYear.map((r) => r.month),
        ofYear.map((r) => r.provision),
        ofYear.map((r) => r.clients),
        ofYear.map((r) => r.costCents),
        ofYear.map((r) => r.newClients),
      ],
    );
  }
  return rows.length;
}
