import { startTestApp, type TestApp } from '../support/test-app';
import { okPayload, USER_ERRORS } from '../support/participation';

/**
 * The yearly podium: every opgave with its status, rung, ateliers held, actions done and open, and the decisions with
 * their minority positions. The number of statements does not grow with the number of opgaven (no N+1).
 */

const PODIUM = `query ($year: Int!) { podium(year: $year) {
  opgave { id title team { procesbegeleider } ateliers { title facilitatorHours } selection { rank } ownershipHistory { rung } }
  status ownershipRung ateliersHeld actionsDone actionsOpen
  decisions { id kind decidedOn minorityPosition overleg { title } actions { title } } } }`;

interface Entry {
  opgave: { id: string; title: string };
  status: string;
  ownershipRung: number;
  ateliersHeld: number;
  actionsDone: number;
  actionsOpen: number;
  decisions: { kind: string; decidedOn: string; minorityPosition: string | null; overleg: { title: string } | null }[];
}

let t: TestApp;
let n = 0;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the answer's shape
type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<{ data?: T | null; errors?: unknown }>;
async function regisseur(): Promise<Gql> {
  return await t.as('regisseur');
}

/** A selected opgave with an atelier (design + dialogue in 2026), one done and one open action, and its selection decision. */
async function activeOpgave(): Promise<string> {
  const gql = await regisseur();
  const title = `Podium-opgave ${++n}`;
  const o = await gql<{ opgaveCreate: { opgave: { id: string } } }>(
    `mutation ($t: String!) { opgaveCreate(input: { title: $t, area: "Noord", ownershipRung: 2 }) { opgave { id } } }`,
    { t: title },
  );
  const opgaveId = o.data!.opgaveCreate.opgave.id;
  const other = await gql<{ opgaveCreate: { opgave: { id: string } } }>(
    `mutation ($t: String!) { opgaveCreate(input: { title: $t, area: "Noord", ownershipRung: 1 }) { opgave { id } } }`,
    { t: `${title} (minderheid)` },
  );
  const meeting = await gql<{ overlegCreate: { overleg: { id: string } } }>(
    `mutation { overlegCreate(input: { kind: PODIUM, title: "Opgavenavond", heldOn: "2026-02-01" }) { overleg { id } } }`,
  );
  okPayload(
    (await gql(`mutation ($input: OpgavenSelectInput!) { opgavenSelect(input: $input) { ${USER_ERRORS} } }`, {
      input: {
        heldOn: '2026-02-01',
        overlegId: meeting.data!.overlegCreate.overleg.id,
        seats: 1,
        ballots: [
          { opgaveId, votes: 30 },
          { opgaveId: other.data!.opgaveCreate.opgave.id, votes: 12 },
        ],
        minorityWisdom: [{ opgaveId, text: 'Vergeet de buurtbus niet.' }],
      },
    })) as never,
    'opgavenSelect',
  );
  const a = await gql<{ atelierPlan: { atelier: { id: string } } }>(
    `mutation ($id: ID!) { atelierPlan(input: { opgaveId: $id, title: "AanTafel!" }) { atelier { id } } }`,
    { id: opgaveId },
  );
  const atelierId = a.data!.atelierPlan.atelier.id;
  for (const [kind, heldOn] of [
    ['DESIGN', '2026-03-01'],
    ['DIALOGUE', '2026-03-15'],
  ]) {
    await gql(`mutation ($i: AtelierMeetingRecordInput!) { atelierMeetingRecord(input: $i) { userErrors { code } } }`, {
      i: { atelierId, kind, heldOn },
    });
  }
  await gql(`mutation ($i: AtelierHoursLogInput!) { atelierHoursLog(input: $i) { userErrors { code } } }`, {
    i: { atelierId, workedOn: '2026-03-01', hours: 6 },
  });
  const done = await gql<{ actionCreate: { action: { id: string } } }>(
    `mutation ($s: ID!) { actionCreate(input: { title: "Buurtmaaltijd", ownerName: "Anna", dueOn: "2026-05-01", sourceId: $s }) { action { id } } }`,
    { s: atelierId },
  );
  await gql(`mutation ($id: ID!) { actionComplete(id: $id, version: 1, input: { closedOn: "2026-04-20" }) { userErrors { code } } }`, {
    id: done.data!.actionCreate.action.id,
  });
  await gql(
    `mutation ($s: ID!) { actionCreate(input: { title: "Tweede tafel", ownerName: "Bram", dueOn: "2026-09-01", sourceId: $s }) { action { id } } }`,
    {
      s: atelierId,
    },
  );
  return opgaveId;
}

describe('podium', () => {
  it('shows per opgave its status, rung, ateliers held, actions done and open, and decisions with minority positions', async () => {
    const id = await activeOpgave();
    const analyst = (await t.as('analyst')) as Gql;
    const res = await analyst<{ podium: Entry[] }>(PODIUM, { year: 2026 });
    expect(res.errors).toBeUndefined();
    const entry = res.data!.podium.find((e) => e.opgave.id === id)!;
    expect(entry).toMatchObject({ status: 'SELECTED', ownershipRung: 2, ateliersHeld: 1, actionsDone: 1, actionsOpen: 1 });
    expect(entry.decisions).toEqual([
      expect.objectContaining({ kind: 'OPGAVE_SELECTION', decidedOn: '2026-02-01', overleg: { title: 'Opgavenavond' } }),
    ]);
    expect(entry.decisions[0]!.minorityPosition).toContain('Vergeet de buurtbus niet.');
    const minority = res.data!.podium.find((e) => e.opgave.title.endsWith('(minderheid)') && e.decisions.length > 0)!;
    expect(minority).toMatchObject({ status: 'COLLECTED', ateliersHeld: 0, actionsDone: 0, actionsOpen: 0 });

    // Created this year, it did not exist in 2025: that year's podium leaves it out.
    const other = await analyst<{ podium: Entry[] }>(PODIUM, { year: 2025 });
    expect(other.errors).toBeUndefined();
    expect(other.data!.podium.find((e) => e.opgave.id === id)).toBeUndefined();
    expect((await analyst(PODIUM, { year: 1900 })).errors).toBeDefined();
  });

  it('costs the same number of statements for 2 opgaven as for many (no N+1)', async () => {
    const measure = async (): Promise<number> => {
      const gql = await regisseur();
      const before = await t.settledStatements();
      const res = await gql<{ podium: Entry[] }>(PODIUM, { year: 2026 });
      expect(res.errors).toBeUndefined();
      return t.app.db.statements - before;
    };
    const few = await measure();
    expect((await t.db.query(`SELECT id FROM opgave`)).length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < 4; i++) await activeOpgave();
    expect((await t.db.query(`SELECT id FROM opgave`)).length).toBeGreaterThanOrEqual(10);
    expect(await measure()).toBe(few);
  });
});
