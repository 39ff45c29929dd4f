import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';

/**
 * An opgaveteam after it is formed, over HTTP: only for a selected (or in progress) opgave; members added without
 * duplicates (by name or by account), removed (a member with an account leaves the team's group with it); the
 * organisatiecoach set and cleared; the procesbegeleider role handed over. Every refusal changes nothing.
 */

const USER_ERRORS = 'userErrors { code field message }';
const TEAM = 'id procesbegeleider organisatiecoach procesbegeleiderUser { name } members { id name kind hasAccount }';
const CREATE = `mutation ($input: OpgaveteamInput!) { opgaveteamCreate(input: $input) { opgaveteam { ${TEAM} } ${USER_ERRORS} } }`;
const ADD = `mutation ($input: OpgaveteamMembersAddInput!) { opgaveteamMembersAdd(input: $input) { opgaveteam { ${TEAM} } ${USER_ERRORS} } }`;
const REMOVE = `mutation ($input: OpgaveteamMemberRemoveInput!) { opgaveteamMemberRemove(input: $input) { opgaveteam { ${TEAM} } ${USER_ERRORS} } }`;
const UPDATE = `mutation ($id: ID!, $input: OpgaveteamUpdateInput!) { opgaveteamUpdate(id: $id, input: $input) { opgaveteam { ${TEAM} } ${USER_ERRORS} } }`;

interface Member {
  id: string;
  name: string | null;
  kind: string;
  hasAccount: boolean;
}
interface Team {
  id: string;
  procesbegeleider: string;
  organisatiecoach: string | null;
  procesbegeleiderUser: { name: string } | null;
  members: Member[];
}
interface Payload {
  opgaveteam: Team | null;
  userErrors: { code: string; field: string | null; message: string }[];
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

async function opgave(status: string): Promise<string> {
  const [row] = await t.db.query<{ id: number }>(
    `INSERT INTO opgave (municipality_id, title, area, status, ownership_rung) VALUES ($1, 'Opgave', 'Wijk', $2, 3) RETURNING id`,
    [t.fixture.municipalityId, status],
  );
  return gid('Opgave', row!.id);
}

async function as(user: FixtureUser, query: string, variables: Record<string, unknown>, key: string): Promise<Payload> {
  const res = await (await t.as(user))<Record<string, Payload>>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data![key]!;
}

async function team(): Promise<Team> {
  const made = await as('regisseur', CREATE, { input: { opgaveId: await opgave('SELECTED'), procesbegeleider: 'Petra' } }, 'opgaveteamCreate');
  expect(made.userErrors).toEqual([]);
  return made.opgaveteam!;
}

/** What a change of a team may touch. */
async function stored(): Promise<Record<string, unknown>> {
  const [row] = await t.db.query(
    `SELECT (SELECT count(*) FROM opgaveteam) AS teams, (SELECT count(*) FROM opgaveteam_member) AS members,
            (SELECT count(*) FROM participant_membership) AS memberships,
            (SELECT json_agg(json_build_object('p', procesbegeleider, 'u', procesbegeleider_user_id, 'c', organisatiecoach) ORDER BY id) FROM opgaveteam) AS leads`,
  );
  return row!;
}

const localId = (globalId: string): number => Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);

describe('forming a team', () => {
  it.each(['SELECTED', 'IN_PROGRESS'])('is allowed for a %s opgave, with a procesbegeleider account', async (status) => {
    const res = await as(
      'regisseur',
      CREATE,
      { input: { opgaveId: await opgave(status), procesbegeleider: 'Rep Zorg', procesbegeleiderUserId: gid('User', t.fixture.users.repCare) } },
      'opgaveteamCreate',
    );
    expect(res.userErrors).toEqual([]);
    expect(res.opgaveteam).toMatchObject({ procesbegeleider: 'Rep Zorg', procesbegeleiderUser: { name: 'Vertegenwoordiger Zorg' } });
  });

  it.each(['COLLECTED', 'COMPLETED', 'DROPPED'])('is refused for a %s opgave (INVALID_STATE), nothing stored', async (status) => {
    const id = await opgave(status);
    const before = await stored();
    const res = await as('regisseur', CREATE, { input: { opgaveId: id, procesbegeleider: 'Petra' } }, 'opgaveteamCreate');
    expect(res).toEqual({ opgaveteam: null, userErrors: [expect.objectContaining({ code: 'INVALID_STATE', field: 'input.opgaveId' })] });
    expect(await stored()).toEqual(before);
  });

  it('refuses a procesbegeleider account that cannot lead (an analyst), nothing stored', async () => {
    const id = await opgave('SELECTED');
    const before = await stored();
    const res = await as(
      'regisseur',
      CREATE,
      { input: { opgaveId: id, procesbegeleider: 'Petra', procesbegeleiderUserId: gid('User', t.fixture.users.analyst) } },
      'opgaveteamCreate',
    );
    expect(res.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'input.procesbegeleiderUserId' })]);
    expect(await stored()).toEqual(before);
  });
});

describe('members', () => {
  it('a member with an account joins the team as a participant; removing them removes the membership too', async () => {
    const made = await team();
    const before = await stored();
    const added = await as(
      'regisseur',
      ADD,
      {
        input: {
          opgaveteamId: made.id,
          members: [
            { name: 'Bewoner Test', kind: 'RESIDENT', userId: gid('User', t.fixture.users.resident) },
            { name: 'Jan Zonder Account', kind: 'RESIDENT' },
          ],
        },
      },
      'opgaveteamMembersAdd',
    );
    expect(added.userErrors).toEqual([]);
    expect(added.opgaveteam?.members.map((m) => [m.name, m.hasAccount])).toEqual([
      ['Bewoner Test', true],
      ['Jan Zonder Account', false],
    ]);
    expect(await stored()).toMatchObject({ members: Number(before.members) + 2, memberships: Number(before.memberships) + 1 });
    const membership = `SELECT count(*)::int AS n FROM participant_membership WHERE user_id = $1 AND opgaveteam_id = $2`;
    expect((await t.db.query<{ n: number }>(membership, [t.fixture.users.resident, localId(made.id)]))[0]!.n).toBe(1);

    const withAccount = added.opgaveteam!.members.find((m) => m.hasAccount)!;
    const removed = await as('regisseur', REMOVE, { input: { opgaveteamId: made.id, memberId: withAccount.id } }, 'opgaveteamMemberRemove');
    expect(removed.userErrors).toEqual([]);
    expect(removed.opgaveteam?.members.map((m) => m.name)).toEqual(['Jan Zonder Account']);
    expect((await t.db.query<{ n: number }>(membership, [t.fixture.users.resident, localId(made.id)]))[0]!.n).toBe(0);
    // The resident's kerngroep membership is untouched.
    expect(
      (await t.db.query(`SELECT 1 FROM participant_membership WHERE user_id = $1 AND group_kind = 'KERNGROEP'`, [t.fixture.users.resident])).length,
    ).toBe(1);
  });

  it.each([
    ['the same name as a member (any case, spaces)', [{ name: '  anna   JANSEN ', kind: 'RESIDENT' }], 'input.members.0.name'],
    [
      'the same name twice in one go',
      [
        { name: 'Piet', kind: 'RESIDENT' },
        { name: 'piet', kind: 'PROFESSIONAL' },
      ],
      'input.members.1.name',
    ],
    ['the same account as a member', [{ name: 'Andere Naam', kind: 'RESIDENT', user: true }], 'input.members.0.userId'],
  ] as const)('refuses %s (DUPLICATE), nothing added', async (_what, members, field) => {
    const made = await team();
    await as(
      'regisseur',
      ADD,
      { input: { opgaveteamId: made.id, members: [{ name: 'Anna Jansen', kind: 'RESIDENT', userId: gid('User', t.fixture.users.resident) }] } },
      'opgaveteamMembersAdd',
    );
    const before = await stored();
    const input = members.map((m) => ({ name: m.name, kind: m.kind, ...('user' in m ? { userId: gid('User', t.fixture.users.resident) } : {}) }));
    const res = await as('regisseur', ADD, { input: { opgaveteamId: made.id, members: input } }, 'opgaveteamMembersAdd');
    expect(res).toEqual({ opgaveteam: null, userErrors: [expect.objectContaining({ code: 'DUPLICATE', field })] });
    expect(await stored()).toEqual(before);
  });

  it('refuses a staff account as a member, and an account as a PROFESSIONAL, nothing added', async () => {
    const made = await team();
    const before = await stored();
    const staff = await as(
      'regisseur',
      ADD,
      { input: { opgaveteamId: made.id, members: [{ name: 'Rep', kind: 'RESIDENT', userId: gid('User', t.fixture.users.repCare) }] } },
      'opgaveteamMembersAdd',
    );
    expect(staff.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'input.members.0.userId' })]);
    const professional = await as(
      'regisseur',
      ADD,
      { input: { opgaveteamId: made.id, members: [{ name: 'Raad', kind: 'PROFESSIONAL', userId: gid('User', t.fixture.users.council) }] } },
      'opgaveteamMembersAdd',
    );
    expect(professional.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'input.members.0.kind' })]);
    expect(await stored()).toEqual(before);
  });

  it('refuses removing a member of another team or an unknown one (NOT_FOUND), nothing removed', async () => {
    const one = await team();
    const other = await team();
    const added = await as(
      'regisseur',
      ADD,
      { input: { opgaveteamId: one.id, members: [{ name: 'Kees', kind: 'RESIDENT' }] } },
      'opgaveteamMembersAdd',
    );
    const memberId = added.opgaveteam!.members[0]!.id;
    const before = await stored();
    for (const input of [
      { opgaveteamId: other.id, memberId },
      { opgaveteamId: one.id, memberId: '999999' },
      { opgaveteamId: one.id, memberId: 'x' },
    ]) {
      const res = await as('regisseur', REMOVE, { input }, 'opgaveteamMemberRemove');
      expect(res).toEqual({ opgaveteam: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: 'input.memberId' })] });
    }
    expect(await stored()).toEqual(before);
  });
});

describe('coach and procesbegeleider', () => {
  it('sets and clears the organisatiecoach; leaving it out keeps it', async () => {
    const made = await team();
    const set = await as('regisseur', UPDATE, { id: made.id, input: { organisatiecoach: ' Otto ' } }, 'opgaveteamUpdate');
    expect(set.opgaveteam).toMatchObject({ organisatiecoach: 'Otto', procesbegeleider: 'Petra' });
    const kept = await as('regisseur', UPDATE, { id: made.id, input: { procesbegeleider: 'Paula' } }, 'opgaveteamUpdate');
    expect(kept.opgaveteam).toMatchObject({ organisatiecoach: 'Otto', procesbegeleider: 'Paula' });
    const cleared = await as('regisseur', UPDATE, { id: made.id, input: { organisatiecoach: null } }, 'opgaveteamUpdate');
    expect(cleared.opgaveteam).toMatchObject({ organisatiecoach: null, procesbegeleider: 'Paula' });
  });

  it('hands the procesbegeleider role over to a resident, who may then invite into the team; and back to a name only', async () => {
    const made = await team();
    const handed = await as(
      'regisseur',
      UPDATE,
      { id: made.id, input: { procesbegeleiderUserId: gid('User', t.fixture.users.resident) } },
      'opgaveteamUpdate',
    );
    expect(handed.opgaveteam).toMatchObject({ procesbegeleider: 'Bewoner Test', procesbegeleiderUser: { name: 'Bewoner Test' } });
    const invite = await (
      await t.as('resident')
    )<{ participantInvite: Payload & { invited: boolean } }>(
      `mutation ($input: ParticipantInviteInput!) { participantInvite(input: $input) { invited userErrors { code } } }`,
      {
        input: {
          email: 'buurvrouw@test.example',
          name: 'Buurvrouw',
          role: 'RESIDENT',
          memberships: [{ group: 'OPGAVETEAM', opgaveteamId: made.id }],
        },
      },
    );
    expect(invite.data?.participantInvite).toEqual({ invited: true, userErrors: [] });
    const back = await as(
      'regisseur',
      UPDATE,
      { id: made.id, input: { procesbegeleider: 'Petra', procesbegeleiderUserId: null } },
      'opgaveteamUpdate',
    );
    expect(back.opgaveteam).toMatchObject({ procesbegeleider: 'Petra', procesbegeleiderUser: null });
  });

  it('refuses an empty procesbegeleider, an account that cannot lead, and an unknown team; nothing changed', async () => {
    const made = await team();
    const before = await stored();
    const empty = await as('regisseur', UPDATE, { id: made.id, input: { procesbegeleider: '  ' } }, 'opgaveteamUpdate');
    expect(empty.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'input.procesbegeleider' })]);
    const analyst = await as(
      'regisseur',
      UPDATE,
      { id: made.id, input: { procesbegeleiderUserId: gid('User', t.fixture.users.analyst) } },
      'opgaveteamUpdate',
    );
    expect(analyst.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'input.procesbegeleiderUserId' })]);
    const unknown = await as('regisseur', UPDATE, { id: gid('Opgaveteam', 999999), input: { organisatiecoach: 'X' } }, 'opgaveteamUpdate');
    expect(unknown.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'id' })]);
    expect(await stored()).toEqual(before);
  });

  it.each<FixtureUser>(['repCare', 'analyst', 'resident', 'council'])('refuses changes by %s (FORBIDDEN), nothing changed', async (user) => {
    const made = await team();
    const added = await as(
      'regisseur',
      ADD,
      { input: { opgaveteamId: made.id, members: [{ name: 'Kees', kind: 'RESIDENT' }] } },
      'opgaveteamMembersAdd',
    );
    const before = await stored();
    const caller = await t.as(user);
    expect(errorCodes(await caller(UPDATE, { id: made.id, input: { organisatiecoach: 'X' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await caller(REMOVE, { input: { opgaveteamId: made.id, memberId: added.opgaveteam!.members[0]!.id } }))).toEqual(['FORBIDDEN']);
    expect(await stored()).toEqual(before);
  });
});
