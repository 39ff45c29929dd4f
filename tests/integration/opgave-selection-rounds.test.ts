import { errorCodes, startTestApp, TODAY, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import pg from 'pg';
import { asAppRole } from '../support/app-role';
import { installPgTypeParsers } from '../../api/src/db/pg-types';
import { selectionRoundCancelled, selectionWisdomInvited } from '../../api/src/modules/notification/selection.notices';
import type { EventPayload } from '../../api/src/modules/notification/events';
import type { WorkerDeps } from '../../api/src/modules/notification/outbox';
import { silentLogger } from '../../api/src/shared/logger';
import { createPseudonymizer } from '../../api/src/shared/pseudonym';
import { selectionRoundCloser } from '../../api/src/modules/selection/selection.morning';
import { okPayload, refusal, tableSnapshot, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * Opgave selection rounds: the regisseur opens a round over collected opgaven, residents and council members cast a
 * secret ballot (nobody, the regisseur, an ADMIN or the database's app role included, can tie a voter to a choice), a
 * paper tally is added, the count is ranked (ties refused), the losing side writes the minority's wisdom, and only
 * then is the decision taken and the chosen opgaven SELECTED. And the podium of a past year as it was then.
 */

const CREATE = `mutation ($t: String!) { opgaveCreate(input: { title: $t, area: "Zuid", ownershipRung: 2 }) { opgave { id } ${USER_ERRORS} } }`;
const ROUND = `id status seats closesOn paperNote ballotsCast minorityInvited myWisdom wisdoms myBallot
  options { opgaveId title paperVotes votes rank selected } decision { kind text minorityPosition }`;
const OPEN = `mutation ($input: OpgaveSelectionOpenInput!) { opgaveSelectionOpen(input: $input) { round { ${ROUND} } ${USER_ERRORS} } }`;
const CAST = `mutation ($input: OpgaveBallotCastInput!) { opgaveBallotCast(input: $input) { round { id } ${USER_ERRORS} } }`;
const PAPER = `mutation ($input: OpgaveSelectionPaperTallyInput!) { opgaveSelectionPaperTally(input: $input) { round { id } ${USER_ERRORS} } }`;
const CLOSE = `mutation ($input: OpgaveSelectionRoundInput!) { opgaveSelectionClose(input: $input) { round { ${ROUND} } ${USER_ERRORS} } }`;
const WISDOM = `mutation ($input: OpgaveSelectionWisdomInput!) { opgaveSelectionWisdomWrite(input: $input) { round { id } ${USER_ERRORS} } }`;
const DECIDE = `mutation ($input: OpgaveSelectionRoundInput!) { opgaveSelectionDecide(input: $input) { round { ${ROUND} } ${USER_ERRORS} } }`;
const ROUNDS = `{ opgaveSelectionRounds { ${ROUND} } }`;
const TABLES = [
  'opgave',
  'opgave_selection_round',
  'opgave_selection_option',
  'ballot_receipt',
  'opgave_selection_wisdom',
  'decision',
  'opgave_selection',
];

interface Round {
  id: string;
  status: string;
  seats: number;
  ballotsCast: number;
  minorityInvited: boolean;
  myWisdom: string | null;
  wisdoms: string[];
  myBallot: string[] | null;
  paperNote: string | null;
  options: { opgaveId: string; title: string; paperVotes: number | null; votes: number | null; rank: number | null; selected: boolean | null }[];
  decision: { kind: string; text: string; minorityPosition: string | null } | null;
}
interface Payload {
  round: Round | null;
  userErrors: UserErrorView[];
}

let t: TestApp;
let n = 0;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const as = async <T = Record<string, Payload>>(user: FixtureUser, query: string, input?: unknown) =>
  (await t.as(user))<T>(query, input === undefined ? {} : { input });

async function opgaven(count: number): Promise<string[]> {
  const ids: string[] = [];
  const gql = await t.as('regisseur');
  for (let i = 0; i < count; i++) {
    const res = await gql<{ opgaveCreate: { opgave: { id: string } } }>(CREATE, { t: `Stemronde-opgave ${++n}` });
    ids.push(res.data!.opgaveCreate.opgave.id);
  }
  return ids;
}

const localRoundId = (id: string): number => Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);

/** Runs a worker's event handler for a round twice, as a redelivered job would: the second adds nothing. */
async function runEventTwice(handler: (deps: WorkerDeps, event: EventPayload) => Promise<void>, roundId: string): Promise<void> {
  installPgTypeParsers();
  const pool = new pg.Pool({ connectionString: t.database.url, max: 2 });
  try {
    const deps = {
      pool,
      mailer: null,
      mailFrom: 'regiekamer@test.example',
      publicUrl: 'https://regiekamer.test',
      maxAttempts: 3,
      logger: silentLogger,
    };
    const event = { objectId: localRoundId(roundId), municipalityId: t.fixture.municipalityId, actorUserId: t.fixture.users.regisseur };
    await handler(deps, event);
    await handler(deps, event);
  } finally {
    await pool.end();
  }
}

async function rounds(user: FixtureUser): Promise<Round[]> {
  const res = await as<{ opgaveSelectionRounds: Round[] }>(user, ROUNDS);
  expect(res.errors).toBeUndefined();
  return res.data!.opgaveSelectionRounds;
}

describe('a round from opening to the decision', () => {
  let ids: string[];
  let roundId: string;

  it('the regisseur opens a round over collected opgaven; a second open round and bad input are refused, nothing changed', async () => {
    ids = await opgaven(3);
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await as('regisseur', OPEN, { opgaveIds: ids, seats: 3, closesOn: TODAY }), 'opgaveSelectionOpen')).toEqual([
      ['INVALID_INPUT', 'input.seats'],
    ]);
    expect(refusal(await as('regisseur', OPEN, { opgaveIds: ids, seats: 1, closesOn: '2026-01-01' }), 'opgaveSelectionOpen')).toEqual([
      ['INVALID_INPUT', 'input.closesOn'],
    ]);
    const resident = await as('resident', OPEN, { opgaveIds: ids, seats: 1, closesOn: TODAY });
    expect(errorCodes(resident)).toEqual(['FORBIDDEN']);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);

    const opened = okPayload(await as('regisseur', OPEN, { opgaveIds: ids, seats: 1, closesOn: '2026-06-30' }), 'opgaveSelectionOpen');
    roundId = opened.round!.id;
    expect(opened.round).toMatchObject({ status: 'OPEN', seats: 1, ballotsCast: 0 });
    expect(opened.round!.options.map((o) => o.opgaveId).sort()).toEqual([...ids].sort());

    const again = await tableSnapshot(t, TABLES);
    const other = await opgaven(2);
    const afterCreate = await tableSnapshot(t, ['opgave_selection_round']);
    expect(refusal(await as('regisseur', OPEN, { opgaveIds: other, seats: 1, closesOn: TODAY }), 'opgaveSelectionOpen')).toEqual([
      ['DUPLICATE', 'input'],
    ]);
    expect(await tableSnapshot(t, ['opgave_selection_round'])).toEqual(afterCreate);
    expect(again.opgave_selection_round).toEqual(afterCreate.opgave_selection_round);
  });

  it('each participant casts their own ballot and may change it; too many choices and staff ballots are refused', async () => {
    const [a, b] = ids;
    okPayload(await as('resident', CAST, { roundId, opgaveIds: [b] }), 'opgaveBallotCast');
    okPayload(await as('resident', CAST, { roundId, opgaveIds: [a] }), 'opgaveBallotCast');
    okPayload(await as('council', CAST, { roundId, opgaveIds: [b] }), 'opgaveBallotCast');
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await as('council', CAST, { roundId, opgaveIds: [a, b] }), 'opgaveBallotCast')).toEqual([['INVALID_INPUT', 'input.opgaveIds']]);
    expect(errorCodes(await as('regisseur', CAST, { roundId, opgaveIds: [a] }))).toEqual(['FORBIDDEN']);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);

    const [mine] = await rounds('resident');
    expect(mine).toMatchObject({ ballotsCast: 2, myBallot: [a] });
    // Nobody sees a running count.
    expect(mine!.options.every((o) => o.votes === null)).toBe(true);
  });

  it('the ballot is secret: the regisseur, the ADMIN, the audit log and the app role cannot tie a voter to a choice', async () => {
    for (const user of ['regisseur', 'admin', 'analyst'] as const) {
      const [round] = await rounds(user);
      expect({ user, myBallot: round!.myBallot, votes: round!.options.map((o) => o.votes) }).toEqual({
        user,
        myBallot: null,
        votes: [null, null, null],
      });
    }
    // The audit log has the receipts (who voted), never a choice: no row of ballot_choice, and no opgave in a receipt.
    const logged = await t.db.query<{ table_name: string; after: Record<string, unknown> }>(
      `SELECT table_name, after FROM audit_log WHERE table_name IN ('ballot_choice', 'ballot_receipt')`,
    );
    expect(logged.filter((l) => l.table_name === 'ballot_choice')).toEqual([]);
    expect(logged.map((l) => Object.keys(l.after).sort())).toEqual(logged.map(() => ['id', 'minority', 'municipality_id', 'round_id', 'user_id']));
    // The stored choices carry no user and no time, and the app role cannot read them at all.
    const columns = await t.db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'ballot_choice' ORDER BY 1`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['ballot_key', 'id', 'municipality_id', 'opgave_id', 'round_id']);
    const settings = { role: 'ADMIN', municipalityId: t.fixture.municipalityId, userId: t.fixture.users.admin };
    await expect(asAppRole(t, settings, `SELECT * FROM ballot_choice`)).rejects.toThrow(/permission denied/);
    // And a ballot key is no hash of the user id alone that someone without the server's key could recompute.
    const keys = await t.db.query<{ ballot_key: string }>(`SELECT ballot_key FROM ballot_choice`);
    for (const { ballot_key } of keys) expect(ballot_key).not.toMatch(new RegExp(`^(${t.fixture.users.resident}|${t.fixture.users.council})$`));
  });

  it('a paper tally is added; closing before closesOn is refused; the count ranks ballots plus paper', async () => {
    const [a, b, c] = ids as [string, string, string];
    okPayload(
      await as('regisseur', PAPER, {
        roundId,
        note: 'Bewonersavond De Brink, 10 juni',
        tallies: [
          { opgaveId: a, votes: 3 },
          { opgaveId: b, votes: 1 },
        ],
      }),
      'opgaveSelectionPaperTally',
    );
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await as('regisseur', CLOSE, { roundId }), 'opgaveSelectionClose')).toEqual([['INVALID_STATE', 'input.roundId']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
    await t.db.query(`UPDATE opgave_selection_round SET closes_on = $1`, [TODAY]);

    const closed = okPayload(await as('regisseur', CLOSE, { roundId }), 'opgaveSelectionClose').round!;
    expect(closed.status).toBe('COUNTED');
    expect(closed.decision).toBeNull();
    expect(closed.options.map((o) => [o.opgaveId, o.votes, o.rank, o.selected, o.paperVotes])).toEqual([
      [a, 4, 1, true, 3],
      [b, 2, 2, false, 1],
      [c, 0, 3, false, 0],
    ]);
    // The council member's only choice lost: they (and only they) are invited, privately, through the worker's queue.
    expect((await rounds('council'))[0]!.minorityInvited).toBe(true);
    expect((await rounds('resident'))[0]!.minorityInvited).toBe(false);
    const jobs = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'event_selection_wisdom_invited'`,
    );
    expect(jobs[0]!.n).toBe(1);
    // The worker's handler of that event: a notification and a Dutch mail to the council member only, with a direct link.
    await runEventTwice(selectionWisdomInvited, roundId);
    const told = await t.db.query<{ email: string; link: string; subject: string }>(
      `SELECT u.email, n.link, m.subject FROM notification n JOIN app_user u ON u.id = n.user_id
         LEFT JOIN outgoing_message m ON m.recipient_user_id = n.user_id AND m.kind = n.kind WHERE n.kind = 'SELECTION_WISDOM_INVITED'`,
    );
    expect(told).toEqual([
      { email: 'clientenraad@test.example', link: '/meedoen/kiezen', subject: 'Uw keuze kreeg geen meerderheid: wat moeten we niet vergeten?' },
    ]);
    // The opgaven are not SELECTED yet: the decision waits for the minority's wisdom.
    expect(await t.db.query(`SELECT status FROM opgave WHERE title LIKE 'Stemronde-opgave %' AND status = 'SELECTED'`)).toEqual([]);
    expect(refusal(await as('resident', CAST, { roundId, opgaveIds: [c] }), 'opgaveBallotCast')).toEqual([['INVALID_STATE', 'input.roundId']]);
  });

  it("the decision requires the minority's wisdom; only the losing side writes it; then the opgave is SELECTED", async () => {
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await as('regisseur', DECIDE, { roundId }), 'opgaveSelectionDecide')).toEqual([['MINORITY_POSITION_REQUIRED', 'input.roundId']]);
    expect(refusal(await as('resident', WISDOM, { roundId, text: 'Ik won toch.' }), 'opgaveSelectionWisdomWrite')).toEqual([
      ['INVALID_STATE', 'input.roundId'],
    ]);
    expect(refusal(await as('council', WISDOM, { roundId, text: '  ' }), 'opgaveSelectionWisdomWrite')).toEqual([['INVALID_INPUT', 'input.text']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);

    okPayload(await as('council', WISDOM, { roundId, text: 'Eerste versie.' }), 'opgaveSelectionWisdomWrite');
    okPayload(await as('council', WISDOM, { roundId, text: 'Vergeet de ouderen zonder vervoer niet.' }), 'opgaveSelectionWisdomWrite');
    okPayload(await as('regisseur', WISDOM, { roundId, text: 'Op de bewonersavond: houd de buurtbus.' }), 'opgaveSelectionWisdomWrite');
    expect((await rounds('council'))[0]!.myWisdom).toBe('Vergeet de ouderen zonder vervoer niet.');

    const decided = okPayload(await as('regisseur', DECIDE, { roundId }), 'opgaveSelectionDecide').round!;
    expect(decided.status).toBe('DECIDED');
    expect(decided.decision).toEqual({
      kind: 'OPGAVE_SELECTION',
      text: expect.stringContaining('2 stemmen online en 4 op papier') as string,
      minorityPosition: 'Op de bewonersavond: houd de buurtbus.\n\nVergeet de ouderen zonder vervoer niet.',
    });
    // Published without names.
    expect(decided.decision!.minorityPosition).not.toMatch(/Lid Cliëntenraad|Bewoner Test/);
    const statuses = await t.db.query<{ title: string; status: string }>(`SELECT title, status FROM opgave WHERE id = ANY($1) ORDER BY id`, [
      decided.options.map((o) => Number(Buffer.from(o.opgaveId, 'base64url').toString().split(':')[1])),
    ]);
    expect(statuses.map((s) => s.status)).toEqual(['SELECTED', 'COLLECTED', 'COLLECTED']);
    expect(refusal(await as('regisseur', DECIDE, { roundId }), 'opgaveSelectionDecide')).toEqual([['INVALID_STATE', 'input.roundId']]);
  });

  it('a tie for the last seat is refused with the tied opgaven named, nothing changed', async () => {
    const [d, e] = await opgaven(2);
    const opened = okPayload(await as('regisseur', OPEN, { opgaveIds: [d, e], seats: 1, closesOn: TODAY }), 'opgaveSelectionOpen');
    okPayload(await as('resident', CAST, { roundId: opened.round!.id, opgaveIds: [d] }), 'opgaveBallotCast');
    okPayload(await as('council', CAST, { roundId: opened.round!.id, opgaveIds: [e] }), 'opgaveBallotCast');
    const before = await tableSnapshot(t, TABLES);
    const res = await as('regisseur', CLOSE, { roundId: opened.round!.id });
    expect(refusal(res, 'opgaveSelectionClose')).toEqual([['TIE', 'input.roundId']]);
    expect(res.data!.opgaveSelectionClose!.userErrors[0]!.message).toMatch(/each have 1 votes/);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('without a losing side the decision is taken at the close', async () => {
    const [f, g] = await opgaven(2);
    await t.db.query(`UPDATE opgave_selection_round SET closed_at = now() WHERE closed_at IS NULL`);
    const opened = okPayload(await as('regisseur', OPEN, { opgaveIds: [f, g], seats: 1, closesOn: TODAY }), 'opgaveSelectionOpen');
    okPayload(await as('resident', CAST, { roundId: opened.round!.id, opgaveIds: [f] }), 'opgaveBallotCast');
    okPayload(await as('council', CAST, { roundId: opened.round!.id, opgaveIds: [f] }), 'opgaveBallotCast');
    const closed = okPayload(await as('regisseur', CLOSE, { roundId: opened.round!.id }), 'opgaveSelectionClose').round!;
    expect(closed).toMatchObject({ status: 'DECIDED', decision: { kind: 'OPGAVE_SELECTION', minorityPosition: null } });
  });
});

describe('cancelling a round that cannot come to a decision', () => {
  const CANCEL = `mutation ($input: OpgaveSelectionCancelInput!) { opgaveSelectionCancel(input: $input) { round { ${ROUND} cancelReason cancelledAt } ${USER_ERRORS} } }`;

  it('a round stuck on a tie is cancelled with a reason: nothing decided, no count shown, its voters told, and the next round opens', async () => {
    await t.db.query(`UPDATE opgave_selection_round SET closed_at = now() WHERE closed_at IS NULL`);
    const [d, e] = await opgaven(2);
    const roundId = okPayload(await as('regisseur', OPEN, { opgaveIds: [d, e], seats: 1, closesOn: TODAY }), 'opgaveSelectionOpen').round!.id;
    okPayload(await as('resident', CAST, { roundId, opgaveIds: [d] }), 'opgaveBallotCast');
    okPayload(await as('council', CAST, { roundId, opgaveIds: [e] }), 'opgaveBallotCast');
    expect(refusal(await as('regisseur', CLOSE, { roundId }), 'opgaveSelectionClose')).toEqual([['TIE', 'input.roundId']]);

    const before = await tableSnapshot(t, TABLES);
    expect(errorCodes(await as('resident', CANCEL, { roundId, reason: 'Ik wil opnieuw.' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('admin', CANCEL, { roundId, reason: 'Ik wil opnieuw.' }))).toEqual(['FORBIDDEN']);
    expect(refusal(await as('regisseur', CANCEL, { roundId, reason: '  ' }), 'opgaveSelectionCancel')).toEqual([['INVALID_INPUT', 'input.reason']]);
    const unknown = Buffer.from('OpgaveSelectionRound:999999').toString('base64url');
    expect(refusal(await as('regisseur', CANCEL, { roundId: unknown, reason: 'Gelijke stand.' }), 'opgaveSelectionCancel')).toEqual([
      ['NOT_FOUND', 'input.roundId'],
    ]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);

    const reason = 'Gelijke stand die de bewonersavond niet kon doorbreken.';
    const cancelled = okPayload(
      await as<Record<string, Payload & { round: Round & { cancelReason: string | null } }>>('regisseur', CANCEL, { roundId, reason }),
      'opgaveSelectionCancel',
    ).round;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: reason, decision: null, ballotsCast: 2 });
    // Never counted: no votes, ranks or choices to see, for anyone.
    expect(cancelled.options.map((o) => [o.votes, o.rank, o.selected])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    const after = await tableSnapshot(t, TABLES);
    expect(after.decision).toEqual(before.decision);
    expect(after.opgave_selection).toEqual(before.opgave_selection);
    expect(after.opgave).toEqual(before.opgave);
    expect(after.ballot_receipt).toEqual(before.ballot_receipt);

    // Cancelled is final: no second cancel, no ballot, no close.
    expect(refusal(await as('regisseur', CANCEL, { roundId, reason }), 'opgaveSelectionCancel')).toEqual([['INVALID_STATE', 'input.roundId']]);
    expect(refusal(await as('council', CAST, { roundId, opgaveIds: [d] }), 'opgaveBallotCast')).toEqual([['INVALID_STATE', 'input.roundId']]);
    expect(refusal(await as('regisseur', CLOSE, { roundId }), 'opgaveSelectionClose')).toEqual([['INVALID_STATE', 'input.roundId']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(after);

    // Those who voted are told, once, with the reason; nobody else.
    await runEventTwice(selectionRoundCancelled, roundId);
    const told = await t.db.query<{ email: string; body: string; link: string }>(
      `SELECT u.email, n.body, n.link FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = 'SELECTION_ROUND_CANCELLED' ORDER BY u.email`,
    );
    expect(told.map((n) => [n.email, n.link])).toEqual([
      ['bewoner@test.example', '/meedoen/kiezen'],
      ['clientenraad@test.example', '/meedoen/kiezen'],
    ]);
    expect(told[0]!.body).toContain(reason);

    // The same opgaven go on the ballot of a new round.
    expect(okPayload(await as('regisseur', OPEN, { opgaveIds: [d, e], seats: 1, closesOn: TODAY }), 'opgaveSelectionOpen').round!.status).toBe(
      'OPEN',
    );
  });

  it('a decided round is not cancelled, nothing changed', async () => {
    const decided = (await rounds('regisseur')).find((r) => r.status === 'DECIDED')!;
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await as('regisseur', CANCEL, { roundId: decided.id, reason: 'Te laat.' }), 'opgaveSelectionCancel')).toEqual([
      ['INVALID_STATE', 'input.roundId'],
    ]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('the daily job closes a round whose last day has passed', () => {
  it('counts it the next morning (not on its last day), as the regisseur would; without the key it leaves it alone', async () => {
    await t.db.query(`UPDATE opgave_selection_round SET closed_at = now() WHERE closed_at IS NULL`);
    const [h, k] = await opgaven(2);
    const opened = okPayload(await as('regisseur', OPEN, { opgaveIds: [h, k], seats: 1, closesOn: TODAY }), 'opgaveSelectionOpen');
    okPayload(await as('resident', CAST, { roundId: opened.round!.id, opgaveIds: [h] }), 'opgaveBallotCast');
    okPayload(await as('council', CAST, { roundId: opened.round!.id, opgaveIds: [h] }), 'opgaveBallotCast');
    installPgTypeParsers();
    const pool = new pg.Pool({ connectionString: t.database.url, max: 2 });
    const base = {
      pool,
      mailer: null,
      mailFrom: 'regiekamer@test.example',
      publicUrl: 'https://regiekamer.test',
      maxAttempts: 3,
      logger: silentLogger,
    };
    const ballotHash = createPseudonymizer('test-pseudonym-secret-that-is-long-enough');
    try {
      await selectionRoundCloser.run({ ...base, ballotHash }, TODAY);
      await selectionRoundCloser.run(base, '2026-06-16');
      expect((await rounds('regisseur'))[0]!.status).toBe('OPEN');
      await selectionRoundCloser.run({ ...base, ballotHash }, '2026-06-16');
    } finally {
      await pool.end();
    }
    const [round] = await rounds('regisseur');
    expect(round).toMatchObject({ status: 'DECIDED', decision: { kind: 'OPGAVE_SELECTION' } });
    expect(round!.options.map((o) => [o.votes, o.selected])).toEqual([
      [2, true],
      [0, false],
    ]);
  });
});

describe('an opgave becomes SELECTED only through a round', () => {
  it('opgaveUpdate to SELECTED is an INVALID_TRANSITION, nothing changed', async () => {
    const [id] = await opgaven(1);
    const before = await tableSnapshot(t, ['opgave', 'opgave_status_change']);
    const res = await (
      await t.as('regisseur')
    )<Record<string, Payload>>(`mutation ($id: ID!) { opgaveUpdate(id: $id, version: 1, input: { status: SELECTED }) { ${USER_ERRORS} } }`, { id });
    expect(refusal(res, 'opgaveUpdate')).toEqual([['INVALID_TRANSITION', 'input.status']]);
    expect(await tableSnapshot(t, ['opgave', 'opgave_status_change'])).toEqual(before);
  });
});

describe('the podium of a year as it was then', () => {
  const PODIUM = `query ($year: Int!) { podium(year: $year) { opgave { title } status ownershipRung } }`;

  it('shows only the opgaven that existed in the year, with their status and rung at its end', async () => {
    const m = t.fixture.municipalityId;
    const [old] = await t.db.query<{ id: number }>(
      `INSERT INTO opgave (municipality_id, title, area, status, ownership_rung, created_at) VALUES ($1, 'Opgave van 2025', 'Noord', 'COLLECTED', 1, '2025-03-01T10:00:00Z') RETURNING id`,
      [m],
    );
    // Its history as it was in 2025 (the trigger wrote today's rows; these are the year's).
    await t.db.query(
      `INSERT INTO opgave_status_change (municipality_id, opgave_id, status, changed_at) VALUES ($1, $2, 'COLLECTED', '2025-03-01T10:00:00Z')`,
      [m, old!.id],
    );
    await t.db.query(`INSERT INTO opgave_rung_change (municipality_id, opgave_id, rung, changed_at) VALUES ($1, $2, 1, '2025-03-01T10:00:00Z')`, [
      m,
      old!.id,
    ]);
    await t.db.query(`UPDATE opgave SET status = 'DROPPED', ownership_rung = 3 WHERE id = $1`, [old!.id]);
    const gql = await t.as('regisseur');
    const y2025 = await gql<{ podium: { opgave: { title: string }; status: string; ownershipRung: number }[] }>(PODIUM, { year: 2025 });
    expect(y2025.data!.podium).toEqual([{ opgave: { title: 'Opgave van 2025' }, status: 'COLLECTED', ownershipRung: 1 }]);
    const y2026 = await gql<{ podium: { opgave: { title: string }; status: string; ownershipRung: number }[] }>(PODIUM, { year: 2026 });
    expect(y2026.data!.podium.find((p) => p.opgave.title === 'Opgave van 2025')).toEqual({
      opgave: { title: 'Opgave van 2025' },
      status: 'DROPPED',
      ownershipRung: 3,
    });
    expect(y2026.data!.podium.length).toBeGreaterThan(1);
  });
});
