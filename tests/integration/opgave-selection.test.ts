import { errorCodes, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { SelectionDecisionTextDutch1795462920000 } from '../../migrations/1795462920000-SelectionDecisionTextDutch';
import type { QueryRunner } from 'typeorm';
import { localId, okPayload, refusal, tableSnapshot, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * Choosing opgaven by majority and keeping the minority's wisdom (Deep Democracy): the `seats` with most votes become
 * SELECTED, ties are reported rather than broken, the tally and the wisdom stay with each opgave as a Decision; and the
 * ladder of ownership keeps its history.
 */

const CREATE = `mutation ($input: OpgaveInput!) { opgaveCreate(input: $input) { opgave { id version status } ${USER_ERRORS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: OpgaveUpdateInput!) {
  opgaveUpdate(id: $id, version: $version, input: $input) { opgave { id version } ${USER_ERRORS} } }`;
const SELECT = `mutation ($input: OpgavenSelectInput!) { opgavenSelect(input: $input) {
  decision { id kind decidedOn outcome text minorityPosition overleg { id } }
  opgaven { id title status selection { votes rank selected minorityWisdom } }
  ${USER_ERRORS} } }`;
const OPGAVE = `query ($id: ID!) { node(id: $id) { ... on Opgave { status ownershipRung
  selection { votes rank selected minorityWisdom decision { id kind minorityPosition } }
  ownershipHistory { rung previousRung changedAt changedBy { email } } } } }`;
const OVERLEG = `mutation ($input: OverlegInput!) { overlegCreate(input: $input) { overleg { id } ${USER_ERRORS} } }`;

interface SelectPayload {
  decision: {
    id: string;
    kind: string;
    decidedOn: string;
    outcome: string;
    text: string;
    minorityPosition: string | null;
    overleg: { id: string } | null;
  } | null;
  opgaven:
    | { id: string; title: string; status: string; selection: { votes: number; rank: number; selected: boolean; minorityWisdom: string | null } }[]
    | null;
  userErrors: UserErrorView[];
}
const TABLES = ['opgave', 'opgave_selection', 'decision'];

let t: TestApp;
let counter = 0;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

async function opgave(title = `Opgave ${++counter}`, rung = 2): Promise<{ id: string; version: number; title: string }> {
  const regisseur = await t.as('regisseur');
  const res = await regisseur<{ opgaveCreate: { opgave: { id: string; version: number }; userErrors: UserErrorView[] } }>(CREATE, {
    input: { title, area: 'Dorp Zuid', ownershipRung: rung },
  });
  return { ...okPayload(res, 'opgaveCreate').opgave, title };
}

async function select(input: Record<string, unknown>, user: FixtureUser = 'regisseur') {
  const as = await t.as(user);
  return as<{ opgavenSelect: SelectPayload }>(SELECT, { input });
}

describe('opgave selection: majority choice plus minority wisdom: selecting', () => {
  it('the opgaven with most votes become SELECTED, the rest stay COLLECTED; tally and wisdom are kept as a decision', async () => {
    const regisseur = await t.as('regisseur');
    const meeting = okPayload(
      await regisseur<{ overlegCreate: { overleg: { id: string }; userErrors: UserErrorView[] } }>(OVERLEG, {
        input: { kind: 'RESIDENTS_MEETING', title: 'Grote opgavenavond', heldOn: '2026-06-01' },
      }),
      'overlegCreate',
    ).overleg;
    const [a, b, c, d] = [await opgave('Eenzaamheid'), await opgave('Vervoer'), await opgave('Groen'), await opgave('Jongeren')];
    const res = await select({
      heldOn: '2026-06-01',
      overlegId: meeting.id,
      seats: 2,
      ballots: [
        { opgaveId: c.id, votes: 80 },
        { opgaveId: a.id, votes: 310 },
        { opgaveId: b.id, votes: 150 },
        { opgaveId: d.id, votes: 60 },
      ],
      minorityWisdom: [
        { opgaveId: d.id, text: 'Jongeren zelf zijn nauwelijks gevraagd.' },
        { opgaveId: a.id, text: 'Let op mantelzorgers, niet alleen ouderen.' },
      ],
    });
    const payload = okPayload(res, 'opgavenSelect');
    expect(payload.decision).toEqual({
      id: expect.any(String),
      kind: 'OPGAVE_SELECTION',
      decidedOn: '2026-06-01',
      outcome: 'ADOPTED',
      text: 'Gekozen bij meerderheid van stemmen: 2 van de 4 opgaven, Eenzaamheid; Vervoer.',
      minorityPosition: 'Eenzaamheid: Let op mantelzorgers, niet alleen ouderen.\nJongeren: Jongeren zelf zijn nauwelijks gevraagd.',
      overleg: { id: meeting.id },
    });
    expect(payload.opgaven!.map((o) => [o.title, o.status, o.selection])).toEqual([
      ['Eenzaamheid', 'SELECTED', { votes: 310, rank: 1, selected: true, minorityWisdom: 'Let op mantelzorgers, niet alleen ouderen.' }],
      ['Vervoer', 'SELECTED', { votes: 150, rank: 2, selected: true, minorityWisdom: null }],
      ['Groen', 'COLLECTED', { votes: 80, rank: 3, selected: false, minorityWisdom: null }],
      ['Jongeren', 'COLLECTED', { votes: 60, rank: 4, selected: false, minorityWisdom: 'Jongeren zelf zijn nauwelijks gevraagd.' }],
    ]);
    const analyst = await t.as('analyst');
    const seen = await analyst<{ node: { status: string; selection: { decision: { id: string; minorityPosition: string } } } }>(OPGAVE, { id: d.id });
    expect(seen.data!.node.status).toBe('COLLECTED');
    expect(seen.data!.node.selection.decision).toEqual({
      id: payload.decision!.id,
      kind: 'OPGAVE_SELECTION',
      minorityPosition: payload.decision!.minorityPosition,
    });
    const stored = await t.db.query<{ status: string; version: number }>(`SELECT status, version FROM opgave WHERE id = ANY($1) ORDER BY id`, [
      [a, b, c, d].map((o) => localId(o.id)),
    ]);
    expect(stored).toEqual([
      { status: 'SELECTED', version: 2 },
      { status: 'SELECTED', version: 2 },
      { status: 'COLLECTED', version: 1 },
      { status: 'COLLECTED', version: 1 },
    ]);
  });
});

describe('opgave selection: majority choice plus minority wisdom: ties and states', () => {
  it('reports a tie at the cut as a TIE user error, naming the tied opgaven, and changes nothing', async () => {
    const [a, b, c] = [await opgave('Speeltuin'), await opgave('Bankjes'), await opgave('Buurthuis')];
    const before = await tableSnapshot(t, TABLES);
    const res = await select({
      heldOn: '2026-06-02',
      seats: 2,
      ballots: [
        { opgaveId: a.id, votes: 40 },
        { opgaveId: b.id, votes: 25 },
        { opgaveId: c.id, votes: 25 },
      ],
    });
    expect(refusal(res, 'opgavenSelect')).toEqual([['TIE', 'input.ballots']]);
    expect(res.data!.opgavenSelect.userErrors[0]!.message).toMatch(/"Bankjes", "Buurthuis" each have 25 votes/);
    expect(res.data!.opgavenSelect.decision).toBeNull();
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('a tie that does not cross the cut is fine: equal votes share a rank', async () => {
    const [a, b, c] = [await opgave(), await opgave(), await opgave()];
    const res = await select({
      heldOn: '2026-06-02',
      seats: 2,
      ballots: [
        { opgaveId: a.id, votes: 9 },
        { opgaveId: b.id, votes: 9 },
        { opgaveId: c.id, votes: 3 },
      ],
      minorityWisdom: [{ opgaveId: c.id, text: 'De drie stemmers kennen de buurt goed.' }],
    });
    expect(okPayload(res, 'opgavenSelect').opgaven!.map((o) => [o.selection.rank, o.status])).toEqual([
      [1, 'SELECTED'],
      [1, 'SELECTED'],
      [3, 'COLLECTED'],
    ]);
  });

  it("refuses a 10–9 vote without the minority's wisdom (MINORITY_POSITION_REQUIRED), changing nothing; with it, the 10 win", async () => {
    const [a, b] = [await opgave('Tien'), await opgave('Negen')];
    const vote = {
      heldOn: '2026-06-03',
      seats: 1,
      ballots: [
        { opgaveId: a.id, votes: 10 },
        { opgaveId: b.id, votes: 9 },
      ],
    };
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await select(vote), 'opgavenSelect')).toEqual([['MINORITY_POSITION_REQUIRED', 'input.minorityWisdom']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
    const wisdom = [{ opgaveId: b.id, text: 'Negen bewoners zien de eenzaamheid achter de voordeur.' }];
    const decided = okPayload(await select({ ...vote, minorityWisdom: wisdom }), 'opgavenSelect');
    expect(decided.opgaven!.map((o) => o.status)).toEqual(['SELECTED', 'COLLECTED']);
  });

  it('without a losing side (the opgaven not chosen got no votes) no wisdom is asked', async () => {
    const [a, b] = [await opgave(), await opgave()];
    const res = await select({
      heldOn: '2026-06-03',
      seats: 1,
      ballots: [
        { opgaveId: a.id, votes: 19 },
        { opgaveId: b.id, votes: 0 },
      ],
    });
    expect(okPayload(res, 'opgavenSelect').opgaven!.map((o) => o.status)).toEqual(['SELECTED', 'COLLECTED']);
  });

  it('refuses opgaven that are not COLLECTED (INVALID_STATE), and changes nothing', async () => {
    const [a, b] = [await opgave(), await opgave()];
    okPayload(await select({ heldOn: '2026-06-03', seats: 1, ballots: [{ opgaveId: a.id, votes: 5 }] }), 'opgavenSelect');
    const before = await tableSnapshot(t, TABLES);
    const res = await select({
      heldOn: '2026-06-03',
      seats: 1,
      ballots: [
        { opgaveId: b.id, votes: 5 },
        { opgaveId: a.id, votes: 3 },
      ],
    });
    expect(refusal(res, 'opgavenSelect')).toEqual([['INVALID_STATE', 'input.ballots.1.opgaveId']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('opgave selection: majority choice plus minority wisdom: refusals', () => {
  it.each([
    [
      'more seats than opgaven',
      (a: string) => ({ heldOn: '2026-06-03', seats: 2, ballots: [{ opgaveId: a, votes: 1 }] }),
      [['INVALID_INPUT', 'input.seats']],
    ],
    ['zero seats', (a: string) => ({ heldOn: '2026-06-03', seats: 0, ballots: [{ opgaveId: a, votes: 1 }] }), [['INVALID_INPUT', 'input.seats']]],
    [
      'negative votes',
      (a: string) => ({ heldOn: '2026-06-03', seats: 1, ballots: [{ opgaveId: a, votes: -1 }] }),
      [['INVALID_INPUT', 'input.ballots.0.votes']],
    ],
    [
      'a vote in the future',
      (a: string) => ({ heldOn: '2026-06-16', seats: 1, ballots: [{ opgaveId: a, votes: 1 }] }),
      [['INVALID_INPUT', 'input.heldOn']],
    ],
    [
      'the same opgave twice',
      (a: string) => ({
        heldOn: '2026-06-03',
        seats: 1,
        ballots: [
          { opgaveId: a, votes: 1 },
          { opgaveId: a, votes: 2 },
        ],
      }),
      [['INVALID_INPUT', 'input.ballots.1.opgaveId']],
    ],
    [
      'minority wisdom about an opgave not on the ballot',
      (a: string) => ({
        heldOn: '2026-06-03',
        seats: 1,
        ballots: [{ opgaveId: a, votes: 1 }],
        minorityWisdom: [{ opgaveId: 'T3BnYXZlOjk5OTk5OQ', text: 'Elders' }],
      }),
      [['INVALID_INPUT', 'input.minorityWisdom.0.opgaveId']],
    ],
    [
      'an unknown opgave',
      () => ({ heldOn: '2026-06-03', seats: 1, ballots: [{ opgaveId: 'T3BnYXZlOjk5OTk5OQ', votes: 1 }] }),
      [['NOT_FOUND', 'input.ballots.0.opgaveId']],
    ],
  ])('refuses %s and changes nothing', async (_s, build, expected) => {
    const a = await opgave();
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await select(build(a.id)), 'opgavenSelect')).toEqual(expected);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it.each<FixtureUser>(['repCare', 'analyst', 'admin'])('refuses a selection by %s (FORBIDDEN) and changes nothing', async (user) => {
    const a = await opgave();
    const before = await tableSnapshot(t, TABLES);
    expect(errorCodes(await select({ heldOn: '2026-06-03', seats: 1, ballots: [{ opgaveId: a.id, votes: 1 }] }, user))).toEqual(['FORBIDDEN']);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('opgave selection: majority choice plus minority wisdom: the ladder of ownership', () => {
  it('the ladder of ownership keeps its history: every rung an opgave stood on, who set it, oldest first', async () => {
    const o = await opgave('Samen koken', 1);
    const regisseur = await t.as('regisseur');
    let version = o.version;
    for (const rung of [3, 3, 5]) {
      const res = await regisseur<{ opgaveUpdate: { opgave: { version: number }; userErrors: UserErrorView[] } }>(UPDATE, {
        id: o.id,
        version,
        input: { ownershipRung: rung },
      });
      version = okPayload(res, 'opgaveUpdate').opgave.version;
    }
    const analyst = await t.as('analyst');
    const res = await analyst<{
      node: { ownershipRung: number; ownershipHistory: { rung: number; previousRung: number | null; changedBy: { email: string } | null }[] };
    }>(OPGAVE, { id: o.id });
    expect(res.data!.node.ownershipRung).toBe(5);
    // Setting the same rung again is not a change.
    expect(res.data!.node.ownershipHistory.map((h) => [h.rung, h.previousRung, h.changedBy?.email])).toEqual([
      [1, null, 'regisseur@test.example'],
      [3, 1, 'regisseur@test.example'],
      [5, 3, 'regisseur@test.example'],
    ]);
    await expect(t.db.query(`DELETE FROM opgave_rung_change WHERE opgave_id = $1`, [localId(o.id)])).rejects.toThrow(/append-only/);
  });
});

describe('opgave selection: majority choice plus minority wisdom: the Dutch decision text', () => {
  it('a migration rewrites selection decisions stored in English into the Dutch text, and back on revert; other decisions stay as they are', async () => {
    const [a, b] = [await opgave('Buurtbus'), await opgave('Speeltuin')];
    const one = okPayload(
      await select({
        heldOn: '2026-06-02',
        seats: 1,
        ballots: [
          { opgaveId: a.id, votes: 9 },
          { opgaveId: b.id, votes: 3 },
        ],
        minorityWisdom: [{ opgaveId: b.id, text: 'Ook de speeltuin is nodig.' }],
      }),
      'opgavenSelect',
    );
    const [c] = [await opgave('Bankjes')];
    const two = okPayload(await select({ heldOn: '2026-06-02', seats: 1, ballots: [{ opgaveId: c.id, votes: 4 }] }), 'opgavenSelect');
    const stored = async (id: string) => (await t.db.query<{ text: string }>(`SELECT text FROM decision WHERE id = $1`, [localId(id)]))[0]!.text;
    // As the API wrote them before its text was Dutch.
    const setText = async (id: string, text: string) => {
      await t.db.query(`ALTER TABLE decision DISABLE TRIGGER decision_append_only`);
      await t.db.query(`UPDATE decision SET text = $2 WHERE id = $1`, [localId(id), text]);
      await t.db.query(`ALTER TABLE decision ENABLE TRIGGER decision_append_only`);
    };
    await setText(one.decision!.id, 'Chosen by majority, 1 of 2: Buurtbus.');
    await setText(two.decision!.id, 'Chosen by majority, 1 of 1: Bankjes.');
    const others = await t.db.query(`SELECT id, text FROM decision WHERE id <> ALL($1) ORDER BY id`, [
      [localId(one.decision!.id), localId(two.decision!.id)],
    ]);
    const runner = { query: (sql: string, params?: unknown[]) => t.db.query(sql, params) } as unknown as QueryRunner;
    const migration = new SelectionDecisionTextDutch1795462920000();

    await migration.up(runner);
    expect([await stored(one.decision!.id), await stored(two.decision!.id)]).toEqual([
      'Gekozen bij meerderheid van stemmen: 1 van de 2 opgaven, Buurtbus.',
      'Gekozen bij meerderheid van stemmen: 1 van de 1 opgave, Bankjes.',
    ]);
    // Run twice, nothing changes; the append-only guard is back in place.
    await migration.up(runner);
    expect(await stored(one.decision!.id)).toBe('Gekozen bij meerderheid van stemmen: 1 van de 2 opgaven, Buurtbus.');
    await expect(t.db.query(`UPDATE decision SET text = 'x' WHERE id = $1`, [localId(one.decision!.id)])).rejects.toThrow();
    expect(
      await t.db.query(`SELECT id, text FROM decision WHERE id <> ALL($1) ORDER BY id`, [[localId(one.decision!.id), localId(two.decision!.id)]]),
    ).toEqual(others);

    await migration.down(runner);
    expect([await stored(one.decision!.id), await stored(two.decision!.id)]).toEqual([
      'Chosen by majority, 1 of 2: Buurtbus.',
      'Chosen by majority, 1 of 1: Bankjes.',
    ]);
    await migration.up(runner);
  });
});
