import type { Queryable } from '../api/src/db/database';
import { DecisionKind, DecisionOutcome } from '../api/src/modules/decision/decision.entity';
import { insertDecision } from '../api/src/modules/decision/decision.service';
import { roundDecisionText } from '../api/src/modules/selection/selection.rules';
import { at } from './demo-rhythm.plan';
import { addDays } from './random';

/**
 * The opgave selection rounds of the demo: last year's, closed and decided (so that the podium of last year shows its
 * decision, the minority's wisdom and the chosen opgaven as they stood then), and this year's, open, on the two
 * collected opgaven, in which the demo resident can still vote.
 *
 * Last year's ballots are not stored as choices: those need the server's pseudonym key, which seeding does not have.
 * The round keeps what a count leaves: the receipts of who voted online, the totals per opgave with the paper tally of
 * a residents' evening, the paper meeting's minority wisdom and the decision.
 */

/** Last year's ballot: the chosen two (now in progress) and the one that lost (still collected, on this year's ballot). */
const LAST_YEAR = [
  { title: 'Eenzaamheid onder ouderen in Oosterbuurt', online: 2, paper: 15, selected: true },
  { title: 'Geldzorgen bij jonge gezinnen in Lindeveld-Centrum', online: 1, paper: 12, selected: true },
  { title: 'Veilig naar school in Ter Wielen', online: 1, paper: 9, selected: false },
];
const THIS_YEAR = ['Veilig naar school in Ter Wielen', 'Het dorpshuis van De Molenhof weer tot leven brengen'];
const PAPER_WISDOM =
  'Op de bewonersavond: vergeet de ouders in Ter Wielen niet. Het verkeer bij de school blijft gevaarlijk; neem het mee in de volgende ronde.';
/** The completed opgave was worked on through last year. */
const COMPLETED = 'Mantelzorgers in Hoeverdam lopen tegen hun grenzen aan';

export async function seedRounds(db: Queryable, municipalityId: number, today: string): Promise<void> {
  const year = Number(today.slice(0, 4)) - 1;
  const ids = await opgaveIds(db, municipalityId);
  const id = (title: string): number => {
    const found = ids.get(title);
    if (found === undefined) throw new Error(`the demo rounds need the opgave "${title}"`);
    return found;
  };
  const users = await db.query<{ id: number; role: string }>(
    `SELECT id, role::text FROM app_user WHERE municipality_id = $1 AND role IN ('REGISSEUR', 'RESIDENT', 'CLIENT_COUNCIL') ORDER BY id`,
    [municipalityId],
  );
  const regisseur = users.find((u) => u.role === 'REGISSEUR')?.id ?? null;
  const voters = users.filter((u) => u.role !== 'REGISSEUR').map((u) => u.id);

  await backdate(db, municipalityId, year, id);
  await lastYearsRound(db, { municipalityId, year, regisseur, voters }, id);

  // This year's round: open, closing in ten days; nobody has voted yet.
  const [open] = await db.query<{ id: number }>(
    `INSERT INTO opgave_selection_round (municipality_id, seats, closes_on, opened_by_user_id, opened_at) VALUES ($1, 1, $2, $3, $4) RETURNING id`,
    [municipalityId, addDays(today, 10), regisseur, at(today, 7)],
  );
  if (!open) throw new Error('the open round was not inserted');
  await db.query(`INSERT INTO opgave_selection_option (municipality_id, round_id, opgave_id) SELECT $1, $2, unnest($3::bigint[])`, [
    municipalityId,
    open.id,
    THIS_YEAR.map(id),
  ]);
}

async function opgaveIds(db: Queryable, municipalityId: number): Promise<Map<string, number>> {
  const rows = await db.query<{ id: number; title: string }>(`SELECT id, title FROM opgave WHERE municipality_id = $1`, [municipalityId]);
  return new Map(rows.map((r) => [r.title, r.id]));
}

/**
 * The opgaven of last year's round, and the completed one, existed then: they are dated back, with the statuses they
 * went through (the history is append-only: the rows the insert wrote today stay, as the status of now).
 */
async function backdate(db: Queryable, municipalityId: number, year: number, id: (title: string) => number): Promise<void> {
  const collectedOn = `${year}-02-01`;
  const decidedOn = `${year}-10-16`;
  const history: { title: string; status: string; on: string }[] = [
    ...LAST_YEAR.map((o) => ({ title: o.title, status: 'COLLECTED', on: collectedOn })),
    ...LAST_YEAR.filter((o) => o.selected).flatMap((o) => [
      { title: o.title, status: 'SELECTED', on: decidedOn },
      { title: o.title, status: 'IN_PROGRESS', on: `${year + 1}-01-15` },
    ]),
    { title: COMPLETED, status: 'COLLECTED', on: `${year - 1}-03-01` },
    { title: COMPLETED, status: 'SELECTED', on: `${year - 1}-10-15` },
    { title: COMPLETED, status: 'IN_PROGRESS', on: `${year}-01-10` },
  ];
  const created = new Map<string, string>();
  for (const h of history) if (!created.has(h.title)) created.set(h.title, h.on);
  await db.query(
    `UPDATE opgave o SET created_at = t.created_at FROM unnest($2::bigint[], $3::timestamptz[]) AS t(id, created_at)
      WHERE o.id = t.id AND o.municipality_id = $1`,
    [municipalityId, [...created.keys()].map(id), [...created.values()].map((on) => at(on))],
  );
  await db.query(
    `INSERT INTO opgave_status_change (municipality_id, opgave_id, status, changed_at)
     SELECT $1, t.opgave_id, t.status, t.changed_at FROM unnest($2::bigint[], $3::opgave_status[], $4::timestamptz[]) AS t(opgave_id, status, changed_at)`,
    [municipalityId, history.map((h) => id(h.title)), history.map((h) => h.status), history.map((h) => at(h.on, 10))],
  );
}

interface RoundFacts {
  municipalityId: number;
  year: number;
  regisseur: number | null;
  voters: number[];
}

/** Last year's round as its count and decision left it: closed, decided, the paper minority's wisdom published. */
async function lastYearsRound(db: Queryable, r: RoundFacts, id: (title: string) => number): Promise<void> {
  const decidedOn = `${r.year}-10-16`;
  const online = LAST_YEAR.reduce((sum, o) => sum + o.online, 0);
  const paper = LAST_YEAR.reduce((sum, o) => sum + o.paper, 0);
  const ranked = [...LAST_YEAR].sort((a, b) => b.online + b.paper - (a.online + a.paper));
  const decision = await insertDecision(db, {
    municipalityId: r.municipalityId,
    kind: DecisionKind.OPGAVE_SELECTION,
    decidedOn,
    outcome: DecisionOutcome.ADOPTED,
    text: roundDecisionText(
      2,
      LAST_YEAR.length,
      ranked.filter((o) => o.selected).map((o) => o.title),
      online,
      paper,
    ),
    votesFor: null,
    votesAgainst: null,
    votesAbstain: null,
    minorityPosition: PAPER_WISDOM,
    responsible: null,
    overlegId: null,
  });
  const [round] = await db.query<{ id: number }>(
    `INSERT INTO opgave_selection_round (municipality_id, seats, closes_on, opened_by_user_id, opened_at, closed_at, paper_note, decision_id)
     VALUES ($1, 2, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      r.municipalityId,
      `${r.year}-10-01`,
      r.regisseur,
      at(`${r.year}-09-15`),
      at(`${r.year}-10-02`),
      `Bewonersavond in het dorpshuis, 30 september ${r.year}`,
      decision.id,
    ],
  );
  if (!round) throw new Error("last year's round was not inserted");
  const rank = (title: string) => ranked.findIndex((o) => o.title === title) + 1;
  await db.query(
    `INSERT INTO opgave_selection_option (municipality_id, round_id, opgave_id, paper_votes, votes, rank, selected)
     SELECT $1, $2, t.opgave_id, t.paper, t.votes, t.rank, t.selected
       FROM unnest($3::bigint[], $4::int[], $5::int[], $6::int[], $7::boolean[]) AS t(opgave_id, paper, votes, rank, selected)`,
    [
      r.municipalityId,
      round.id,
      LAST_YEAR.map((o) => id(o.title)),
      LAST_YEAR.map((o) => o.paper),
      LAST_YEAR.map((o) => o.online + o.paper),
      LAST_YEAR.map((o) => rank(o.title)),
      LAST_YEAR.map((o) => o.selected),
    ],
  );
  await db.query(
    `INSERT INTO opgave_selection (municipality_id, decision_id, opgave_id, votes, rank, selected)
     SELECT $1, $2, t.opgave_id, t.votes, t.rank, t.selected FROM unnest($3::bigint[], $4::int[], $5::int[], $6::boolean[]) AS t(opgave_id, votes, rank, selected)`,
    [
      r.municipalityId,
      decision.id,
      LAST_YEAR.map((o) => id(o.title)),
      LAST_YEAR.map((o) => o.online + o.paper),
      LAST_YEAR.map((o) => rank(o.title)),
      LAST_YEAR.map((o) => o.selected),
    ],
  );
  // Who voted online (the demo's resident and council member); what they chose is not kept here (see above).
  await db.query(`INSERT INTO ballot_receipt (municipality_id, round_id, user_id) SELECT $1, $2, unnest($3::bigint[])`, [
    r.municipalityId,
    round.id,
    r.voters.slice(0, 2),
  ]);
  await db.query(`INSERT INTO opgave_selection_wisdom (municipality_id, round_id, writer_key, text) VALUES ($1, $2, 'paper', $3)`, [
    r.municipalityId,
    round.id,
    PAPER_WISDOM,
  ]);
}
