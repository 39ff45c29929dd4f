import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import { EMAILS, type FixtureUser } from '../support/fixture';

/**
 * Residents and client council members over HTTP: the regisseur or a team's procesbegeleider invites them with their
 * groups (joined when the invitation is accepted; an existing participant joins at once), every refusal changing
 * nothing; what each of them sees of opgaven, teams, overleggen, proposals and `node`; and that analysts never learn
 * a participant's name, nor a participant anyone's address but their own.
 */

const USER_ERRORS = 'userErrors { code field message }';
const INVITE = `mutation ($input: ParticipantInviteInput!) { participantInvite(input: $input) { email invited ${USER_ERRORS} } }`;
const ACCEPT = `mutation ($input: LinkPasswordInput!) { invitationAccept(input: $input) { token user { email role } userErrors { code field } } }`;
const OPGAVEN = `{ opgaven(first: 100) { totalCount edges { node { id title status } } } }`;
const TEAMS = `{ opgaveteams(first: 100) { totalCount edges { node { id opgave { title } } } } }`;
const OVERLEGGEN = `{ overleggen(first: 100) { totalCount edges { node { id kind } } } }`;
const PROPOSALS = `{ proposals(first: 100) { totalCount edges { node { id title } } } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id __typename } }`;
const MINE = `{ myMemberships { group opgaveteam { id opgave { title } } atelier { id } } }`;

interface UserErrorView {
  code: string;
  field: string | null;
  message: string;
}
interface InviteView {
  participantInvite: { email: string | null; invited: boolean | null; userErrors: UserErrorView[] };
}
interface Connection<T> {
  totalCount: number;
  edges: { node: T }[];
}

let t: TestApp;
const ids = { selected: 0, collected: 0, ownCollected: 0, team: 0, ownTeam: 0 };
const overlegIds = new Map<string, number>();
let proposalId = 0;

beforeAll(async () => {
  t = await startTestApp();
  const m = t.fixture.municipalityId;
  const opgave = async (title: string, status: string) =>
    (
      await t.db.query<{ id: number }>(
        `INSERT INTO opgave (municipality_id, title, area, status, ownership_rung) VALUES ($1, $2, 'Dorp', $3, 3) RETURNING id`,
        [m, title, status],
      )
    )[0]!.id;
  ids.selected = await opgave('Gekozen opgave', 'SELECTED');
  ids.collected = await opgave('Verzamelde opgave', 'COLLECTED');
  ids.ownCollected = await opgave('Eigen verzamelde opgave', 'COLLECTED');
  const team = async (opgaveId: number, leader: number | null) =>
    (
      await t.db.query<{ id: number }>(
        `INSERT INTO opgaveteam (municipality_id, opgave_id, procesbegeleider, procesbegeleider_user_id) VALUES ($1, $2, 'Begeleider', $3) RETURNING id`,
        [m, opgaveId, leader],
      )
    )[0]!.id;
  // The care provider's representative leads the selected opgave's team with their account.
  ids.team = await team(ids.selected, t.fixture.users.repCare);
  // An older team of a collected opgave (made before teams needed a selected one): the resident's own.
  ids.ownTeam = await team(ids.ownCollected, null);
  await t.db.query(`INSERT INTO participant_membership (municipality_id, user_id, group_kind, opgaveteam_id) VALUES ($1, $2, 'OPGAVETEAM', $3)`, [
    m,
    t.fixture.users.resident,
    ids.ownTeam,
  ]);
  const regisseur = await t.as('regisseur');
  for (const kind of ['PROVIDER_OVERLEG', 'BELEIDSOVERLEG', 'KERNGROEP', 'STAFF', 'RESIDENTS_MEETING', 'QUARTERLY', 'PODIUM']) {
    const res = await regisseur<{ overlegCreate: { overleg: { id: string } } }>(
      `mutation ($input: OverlegInput!) { overlegCreate(input: $input) { overleg { id } userErrors { code } } }`,
      { input: { title: `Overleg ${kind}`, kind, heldOn: '2026-07-01' } },
    );
    overlegIds.set(kind, Number(Buffer.from(res.data!.overlegCreate.overleg.id, 'base64').toString().split(':')[1]));
  }
  const proposal = await regisseur<{ proposalSubmit: { proposal: { id: string } } }>(
    `mutation { proposalSubmit(input: { title: "Voorstel inloop", submittedOn: "2026-06-01" }) { proposal { id } userErrors { code } } }`,
  );
  proposalId = Number(Buffer.from(proposal.data!.proposalSubmit.proposal.id, 'base64').toString().split(':')[1]);
});
afterAll(async () => {
  await t.close();
});

/** What an invitation may change: users, memberships, team members, links and mails. */
async function stored(): Promise<Record<string, number>> {
  const [row] = await t.db.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM participant_membership) AS memberships,
            (SELECT count(*) FROM opgaveteam_member) AS members, (SELECT count(*) FROM access_link) AS links,
            (SELECT count(*) FROM outgoing_message) AS mails`,
  );
  return row!;
}

/** The secret of the last invitation mailed to `address`. */
async function secretFor(address: string): Promise<string> {
  const [mail] = await t.db.query<{ body: string }>(
    `SELECT body_text AS body FROM outgoing_message WHERE address = $1 AND kind = 'INVITATION' ORDER BY id DESC LIMIT 1`,
    [address],
  );
  const match = /\/uitnodiging\/([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '');
  if (!match?.[1]) throw new Error(`no invitation mailed to ${address}`);
  return match[1];
}

async function invite(user: FixtureUser, input: Record<string, unknown>) {
  return (await t.as(user))<InviteView>(INVITE, { input });
}

const teamGroup = (id: number) => ({ group: 'OPGAVETEAM', opgaveteamId: gid('Opgaveteam', id) });

describe('participantInvite', () => {
  it('the regisseur invites a resident into the kerngroep and a team: one mail, and the groups are joined on accepting', async () => {
    const before = await stored();
    const res = await invite('regisseur', {
      email: ' Anna.Bewoner@Test.example ',
      name: 'Anna de Bewoner',
      role: 'RESIDENT',
      memberships: [{ group: 'KERNGROEP' }, teamGroup(ids.team)],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.participantInvite).toEqual({ email: 'anna.bewoner@test.example', invited: true, userErrors: [] });
    expect(await stored()).toEqual({ ...before, links: before.links! + 1, mails: before.mails! + 1 });
    const [mail] = await t.db.query<{ subject: string }>(`SELECT subject FROM outgoing_message WHERE address = 'anna.bewoner@test.example'`);
    expect(mail?.subject).toMatch(/^Uitnodiging voor Regiekamer/);

    const accepted = await t.gql<{ invitationAccept: { token: string | null; user: { role: string } | null } }>(ACCEPT, {
      input: { secret: await secretFor('anna.bewoner@test.example'), password: 'een-lang-wachtwoord-voor-anna' },
    });
    expect(accepted.data?.invitationAccept.user).toEqual({ email: 'anna.bewoner@test.example', role: 'RESIDENT' });
    const groups = await t.db.query<{ group: string; team: number | null }>(
      `SELECT m.group_kind AS "group", m.opgaveteam_id AS team FROM participant_membership m JOIN app_user u ON u.id = m.user_id
        WHERE u.email = 'anna.bewoner@test.example' ORDER BY m.group_kind`,
    );
    expect(groups).toEqual([
      { group: 'KERNGROEP', team: null },
      { group: 'OPGAVETEAM', team: ids.team },
    ]);
    // Her team membership comes with her place on the team's member list, linked to her account.
    const members = await t.db.query<{ name: string; kind: string }>(
      `SELECT tm.name, tm.kind FROM opgaveteam_member tm JOIN app_user u ON u.id = tm.user_id WHERE u.email = 'anna.bewoner@test.example'`,
    );
    expect(members).toEqual([{ name: 'Anna de Bewoner', kind: 'RESIDENT' }]);
    const token = accepted.data!.invitationAccept.token!;
    const mine = await t.gql<{ myMemberships: { group: string; opgaveteam: { opgave: { title: string } } | null }[] }>(MINE, {}, token);
    expect(mine.data?.myMemberships.map((m) => [m.group, m.opgaveteam?.opgave.title ?? null])).toEqual([
      ['KERNGROEP', null],
      ['OPGAVETEAM', 'Gekozen opgave'],
    ]);
  });

  it('inviting an existing participant adds the groups, without a second account or a mail', async () => {
    const before = await stored();
    const res = await invite('regisseur', {
      email: 'bewoner@test.example',
      name: 'Bewoner Test',
      role: 'RESIDENT',
      memberships: [teamGroup(ids.team)],
    });
    expect(res.data?.participantInvite).toEqual({ email: 'bewoner@test.example', invited: false, userErrors: [] });
    expect(await stored()).toEqual({ ...before, memberships: before.memberships! + 1, members: before.members! + 1 });
    // Again: nothing more (a membership once).
    await invite('regisseur', { email: 'bewoner@test.example', name: 'Bewoner Test', role: 'RESIDENT', memberships: [teamGroup(ids.team)] });
    expect(await stored()).toEqual({ ...before, memberships: before.memberships! + 1, members: before.members! + 1 });
  });

  it('the procesbegeleider of a team invites a resident into that team', async () => {
    const before = await stored();
    const res = await invite('repCare', { email: 'buur@test.example', name: 'Buur', role: 'RESIDENT', memberships: [teamGroup(ids.team)] });
    expect(res.data?.participantInvite).toMatchObject({ invited: true, userErrors: [] });
    expect(await stored()).toEqual({ ...before, links: before.links! + 1, mails: before.mails! + 1 });
  });

  // `team`: the repCare-led team ('led'), the team repCare does not lead ('other'), or a kerngroep membership (null).
  it.each([
    ['a procesbegeleider into another team', 'repCare', 'RESIDENT', 'other'],
    ['a procesbegeleider into the kerngroep', 'repCare', 'RESIDENT', null],
    ['a procesbegeleider inviting a council member', 'repCare', 'CLIENT_COUNCIL', 'led'],
    ['a representative who leads no team', 'repWelfare', 'RESIDENT', 'led'],
    ['a resident who leads no team', 'resident', 'RESIDENT', 'led'],
    ['an analyst', 'analyst', 'RESIDENT', null],
    ['the council', 'council', 'RESIDENT', null],
  ] as const)('refuses %s (FORBIDDEN), nothing changed', async (_what, user, role, team) => {
    const before = await stored();
    const memberships = team === null ? [{ group: 'KERNGROEP' }] : [teamGroup(team === 'led' ? ids.team : ids.ownTeam)];
    const res = await invite(user, { email: 'iemand@test.example', name: 'Iemand', role, memberships });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['a staff role', { role: 'ANALYST', memberships: [{ group: 'KERNGROEP' }] }, 'input.role', 'INVALID_INPUT'],
    ['a resident without a group', { role: 'RESIDENT', memberships: [] }, 'input.memberships', 'INVALID_INPUT'],
    [
      'an unknown team',
      { role: 'RESIDENT', memberships: [{ group: 'OPGAVETEAM', opgaveteamId: 'T3BnYXZldGVhbTo5OTk5OTk=' }] },
      'input.memberships.0.opgaveteamId',
      'NOT_FOUND',
    ],
    [
      'an unknown atelier',
      { role: 'RESIDENT', memberships: [{ group: 'ATELIER', atelierId: 'QXRlbGllcjo5OTk5OTk=' }] },
      'input.memberships.0.atelierId',
      'NOT_FOUND',
    ],
    ['a team without its id', { role: 'RESIDENT', memberships: [{ group: 'OPGAVETEAM' }] }, 'input.memberships.0.opgaveteamId', 'INVALID_INPUT'],
    ['a group named twice', { role: 'RESIDENT', memberships: [{ group: 'KERNGROEP' }, { group: 'KERNGROEP' }] }, 'input.memberships.1', 'DUPLICATE'],
    ['a bad address', { email: 'geen-adres', role: 'RESIDENT', memberships: [{ group: 'KERNGROEP' }] }, 'input.email', 'INVALID_INPUT'],
    ['a staff member’s address', { email: EMAILS.analyst, role: 'RESIDENT', memberships: [{ group: 'KERNGROEP' }] }, 'input.email', 'DUPLICATE'],
    [
      'a participant in another role',
      { email: 'clientenraad@test.example', role: 'RESIDENT', memberships: [{ group: 'KERNGROEP' }] },
      'input.role',
      'INVALID_INPUT',
    ],
  ] as const)('refuses %s with a userError on its field, nothing changed', async (_what, input, field, code) => {
    const email = 'email' in input ? input.email : 'nieuw@test.example';
    const before = await stored();
    const res = await invite('regisseur', { name: 'Nieuw', ...input, email });
    expect(res.errors).toBeUndefined();
    expect(res.data?.participantInvite.userErrors).toContainEqual(expect.objectContaining({ code, field }));
    expect(res.data?.participantInvite.invited).toBeNull();
    expect(await stored()).toEqual(before);
  });
});

describe('login links for participants', () => {
  it('the ADMIN can allow login links for both participant roles', async () => {
    const admin = await t.as('admin');
    const res = await admin<{ loginLinkRolesSet: { roles: string[] } }>(
      `mutation { loginLinkRolesSet(input: { roles: [CLIENT_COUNCIL, RESIDENT] }) { roles userErrors { code } } }`,
    );
    expect(res.data?.loginLinkRolesSet.roles).toEqual(['CLIENT_COUNCIL', 'RESIDENT']);
    const before = await t.count('access_link');
    await t.gql(`mutation { loginLinkRequest(input: { email: "bewoner@test.example" }) { accepted } }`);
    expect(await t.count('access_link')).toBe(before + 1);
  });
});

describe('what a participant sees', () => {
  const titles = (c: Connection<{ title: string }>) => c.edges.map((e) => e.node.title).sort();

  it('opgaven: the public ones and their own, never another collected one', async () => {
    const resident = await t.as('resident');
    const res = await resident<{ opgaven: Connection<{ title: string }> }>(OPGAVEN);
    expect(res.errors).toBeUndefined();
    expect(titles(res.data!.opgaven)).toEqual(['Eigen verzamelde opgave', 'Gekozen opgave']);
    expect(res.data!.opgaven.totalCount).toBe(2);
    const council = await (await t.as('council'))<{ opgaven: Connection<{ title: string }> }>(OPGAVEN);
    expect(titles(council.data!.opgaven)).toEqual(['Gekozen opgave']);
    expect(council.data!.opgaven.totalCount).toBe(1);
  });

  it('opgaveteams: the teams of the opgaven they see', async () => {
    const resident = await (await t.as('resident'))<{ opgaveteams: Connection<{ opgave: { title: string } }> }>(TEAMS);
    expect(resident.data!.opgaveteams.edges.map((e) => e.node.opgave.title).sort()).toEqual(['Eigen verzamelde opgave', 'Gekozen opgave']);
    const council = await (await t.as('council'))<{ opgaveteams: Connection<{ opgave: { title: string } }> }>(TEAMS);
    expect(council.data!.opgaveteams.edges.map((e) => e.node.opgave.title)).toEqual(['Gekozen opgave']);
    expect(council.data!.opgaveteams.totalCount).toBe(1);
  });

  it('overleggen: the kerngroep member and the council see their kinds only', async () => {
    const kinds = async (user: FixtureUser) =>
      (await (await t.as(user))<{ overleggen: Connection<{ kind: string }> }>(OVERLEGGEN)).data!.overleggen.edges.map((e) => e.node.kind).sort();
    expect(await kinds('resident')).toEqual(['BELEIDSOVERLEG', 'KERNGROEP', 'PODIUM', 'RESIDENTS_MEETING']);
    expect(await kinds('council')).toEqual(['BELEIDSOVERLEG', 'PODIUM', 'RESIDENTS_MEETING']);
    expect((await kinds('regisseur')).length).toBe(7);
  });

  it('proposals: the kerngroep and the council see the cycle; a resident outside the kerngroep sees none', async () => {
    for (const user of ['resident', 'council'] as const) {
      const res = await (await t.as(user))<{ proposals: Connection<{ title: string }> }>(PROPOSALS);
      expect(res.data!.proposals.edges.map((e) => e.node.title)).toEqual(['Voorstel inloop']);
    }
    await t.db.query(`DELETE FROM participant_membership WHERE user_id = $1 AND group_kind = 'KERNGROEP'`, [t.fixture.users.resident]);
    try {
      const res = await (await t.as('resident'))<{ proposals: Connection<{ title: string }> }>(PROPOSALS);
      expect(res.data!.proposals).toMatchObject({ totalCount: 0, edges: [] });
      expect((await (await t.as('resident'))(NODE, { id: gid('Proposal', proposalId) })).data).toEqual({ node: null });
    } finally {
      await t.db.query(`INSERT INTO participant_membership (municipality_id, user_id, group_kind) VALUES ($1, $2, 'KERNGROEP')`, [
        t.fixture.municipalityId,
        t.fixture.users.resident,
      ]);
    }
  });

  it('node: what their lists show, and null (as missing) for the rest', async () => {
    const resident = await t.as('resident');
    const node = async (id: string) =>
      ((await resident<{ node: { __typename: string } | null }>(NODE, { id })).data?.node ?? null)?.__typename ?? null;
    expect(await node(gid('Opgave', ids.selected))).toBe('Opgave');
    expect(await node(gid('Opgave', ids.ownCollected))).toBe('Opgave');
    expect(await node(gid('Opgave', ids.collected))).toBeNull();
    expect(await node(gid('Opgaveteam', ids.team))).toBe('Opgaveteam');
    expect(await node(gid('Overleg', overlegIds.get('KERNGROEP')!))).toBe('Overleg');
    expect(await node(gid('Overleg', overlegIds.get('PROVIDER_OVERLEG')!))).toBeNull();
    expect(await node(gid('Overleg', overlegIds.get('STAFF')!))).toBeNull();
    expect(await node(gid('Proposal', proposalId))).toBe('Proposal');
    expect(await node(gid('Provider', t.fixture.providers.care))).toBeNull();
    expect(await node(gid('User', t.fixture.users.regisseur))).toBeNull();
    expect(await node(gid('User', t.fixture.users.resident))).toBe('User');
    const council = await t.as('council');
    expect((await council<{ node: unknown }>(NODE, { id: gid('Overleg', overlegIds.get('KERNGROEP')!) })).data).toEqual({ node: null });
  });

  it('money and clients stay closed: the fields are refused as a whole operation', async () => {
    const resident = await t.as('resident');
    for (const query of [
      '{ arrangements(first: 1) { totalCount } }',
      '{ convenanten(first: 1) { totalCount } }',
      '{ users(first: 1) { totalCount } }',
    ]) {
      const res = await resident(query);
      expect(errorCodes(res).length).toBeGreaterThan(0);
      expect(res.data ?? null).toBeNull();
    }
  });
});

describe('names and addresses', () => {
  it("an analyst never learns a participant's name: team members with an account and a resident procesbegeleider", async () => {
    const m = t.fixture.municipalityId;
    await t.db.query(`UPDATE opgaveteam SET procesbegeleider = 'Bewoner Test', procesbegeleider_user_id = $2 WHERE id = $1`, [
      ids.ownTeam,
      t.fixture.users.resident,
    ]);
    await t.db.query(
      `INSERT INTO opgaveteam_member (municipality_id, opgaveteam_id, name, kind, user_id) VALUES ($1, $2, 'Bewoner Test', 'PROFESSIONAL', $3)`,
      [m, ids.ownTeam, t.fixture.users.resident],
    );
    const q = `query ($id: ID!) { node(id: $id) { ... on Opgaveteam { procesbegeleider procesbegeleiderUser { name email } members { name hasAccount } } } }`;
    const analyst = await (
      await t.as('analyst')
    )<{ node: { procesbegeleider: string; procesbegeleiderUser: unknown; members: { name: string | null }[] } }>(q, {
      id: gid('Opgaveteam', ids.ownTeam),
    });
    expect(analyst.data?.node).toEqual({ procesbegeleider: '', procesbegeleiderUser: null, members: [{ name: null, hasAccount: true }] });
    const regisseur = await (
      await t.as('regisseur')
    )<{ node: { procesbegeleider: string; procesbegeleiderUser: { name: string } | null } }>(q, {
      id: gid('Opgaveteam', ids.ownTeam),
    });
    expect(regisseur.data?.node).toMatchObject({
      procesbegeleider: 'Bewoner Test',
      procesbegeleiderUser: { name: 'Bewoner Test', email: 'bewoner@test.example' },
    });
  });

  it("a participant sees no one's e-mail address but their own", async () => {
    const q = `query ($id: ID!) { node(id: $id) { ... on Opgaveteam { procesbegeleiderUser { email } } } }`;
    const council = await (await t.as('council'))<{ node: { procesbegeleiderUser: unknown } }>(q, { id: gid('Opgaveteam', ids.team) });
    expect(council.data?.node).toEqual({ procesbegeleiderUser: null });
    const me = await (await t.as('council'))<{ me: { email: string } }>('{ me { email } }');
    expect(me.data?.me.email).toBe('clientenraad@test.example');
  });
});
