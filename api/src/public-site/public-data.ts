import type { Queryable } from '../db/database';
import type { Decision } from '../modules/decision/decision.entity';
import { DECISION_COLUMNS } from '../modules/decision/decision.loaders';
import type { Opgave } from '../modules/opgave/opgave.entity';
import { OPGAVE_COLUMNS } from '../modules/opgave/opgave.loaders';
import type { PodiumEntry } from '../modules/participation/participation.payloads';
import { podiumEntries } from '../modules/participation/participation.service';

/** Every statement here runs as the public role: the tables' names are the views of schema `published`. */

export interface PublicMunicipality {
  id: number;
  code: string;
  name: string;
  version: number;
}

export interface PublicAtelier {
  id: number;
  opgaveId: number;
  title: string;
  outcome: string | null;
  followUpDecision: string | null;
}

export interface PublicOpgave {
  opgave: Opgave;
  ateliers: PublicAtelier[];
  decisions: (Decision & { minorityWisdom: string | null })[];
  actionsDone: number;
  actionsOpen: number;
  /** The residents of its team who consent to their name on the public pages (PUBLIC_NAME), by name. */
  names: string[];
}

const MUNICIPALITY_COLUMNS = `m.id, lower(m.cbs_code) AS code, m.name, v.version::int AS version
  FROM municipality m JOIN published_version v ON v.municipality_id = m.id`;
/** More than this on one installation is not a choice page's job; they are listed by name up to it. */
const CHOICE_MAX = 500;

/** The municipality of a path's code (lower-case CBS code, such as gm0344), with its published version. */
export async function municipalityByCode(q: Queryable, code: string): Promise<PublicMunicipality | null> {
  return (await q.query<PublicMunicipality>(`SELECT ${MUNICIPALITY_COLUMNS} WHERE lower(m.cbs_code) = $1`, [code]))[0] ?? null;
}

/** Every municipality, by name: one means the plain paths are its pages, several mean a choice. */
export function municipalities(q: Queryable): Promise<PublicMunicipality[]> {
  return q.query<PublicMunicipality>(`SELECT ${MUNICIPALITY_COLUMNS} ORDER BY m.name, m.id LIMIT ${CHOICE_MAX}`);
}

/** The published opgaven with their ateliers, decisions (with the minority's position), results and consenting residents' names: five statements. */
export async function publishedOpgaven(q: Queryable, municipalityId: number): Promise<PublicOpgave[]> {
  const [opgaven, ateliers, decisions, results, names] = await Promise.all([
    q.query<Opgave>(`SELECT ${OPGAVE_COLUMNS} FROM opgave o WHERE o.municipality_id = $1 ORDER BY o.ownership_rung DESC, o.id`, [municipalityId]),
    q.query<PublicAtelier>(
      `SELECT a.id, a.opgave_id AS "opgaveId", a.title, a.outcome, a.follow_up_decision AS "followUpDecision"
         FROM atelier a WHERE a.municipality_id = $1 ORDER BY a.opgave_id, a.id`,
      [municipalityId],
    ),
    q.query<Decision & { opgaveId: number; minorityWisdom: string | null }>(
      `SELECT s.opgave_id AS "opgaveId", s.minority_wisdom AS "minorityWisdom", ${DECISION_COLUMNS}
         FROM opgave_selection s JOIN decision d ON d.id = s.decision_id WHERE s.municipality_id = $1 ORDER BY d.decided_on, d.id`,
      [municipalityId],
    ),
    q.query<{ opgaveId: number; done: number; open: number }>(
      `SELECT a.opgave_id AS "opgaveId", count(*) FILTER (WHERE ai.status = 'DONE')::int AS done, count(*) FILTER (WHERE ai.status = 'OPEN')::int AS open
         FROM action_item ai JOIN atelier a ON a.id = ai.atelier_id WHERE ai.municipality_id = $1 GROUP BY a.opgave_id`,
      [municipalityId],
    ),
    q.query<{ opgaveId: number; name: string }>(
      `SELECT n.opgave_id AS "opgaveId", n.name FROM opgave_public_name n WHERE n.municipality_id = $1 ORDER BY n.opgave_id, n.name, n.id`,
      [municipalityId],
    ),
  ]);
  const resultOf = new Map(results.map((r) => [r.opgaveId, r]));
  return opgaven.map((opgave) => ({
    opgave,
    ateliers: ateliers.filter((a) => a.opgaveId === opgave.id),
    decisions: decisions.filter((d) => d.opgaveId === opgave.id),
    actionsDone: resultOf.get(opgave.id)?.done ?? 0,
    actionsOpen: resultOf.get(opgave.id)?.open ?? 0,
    names: names.filter((n) => n.opgaveId === opgave.id).map((n) => n.name),
  }));
}

/** The year's podium: the API's own podium statements, on the published views. */
export function publishedPodium(q: Queryable, municipalityId: number, year: number): Promise<PodiumEntry[]> {
  return podiumEntries(q, municipalityId, year);
}
