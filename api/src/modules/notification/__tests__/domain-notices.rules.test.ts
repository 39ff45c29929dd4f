import { NotificationKind } from '../notification.entity';
import {
  actionMorningKind,
  assignedRecipient,
  convenantPath,
  dutchEuros,
  fundingRecipients,
  mayBeTold,
  ownActionsPath,
  providerRecipients,
  representsParty,
  signingRecipients,
  signingReminderDue,
  type PartyFacts,
  type ScopedCandidate,
} from '../domain-notices.rules';

type SigningKind = NotificationKind.CONVENANT_SIGNING_OPENED | NotificationKind.CONVENANT_SIGNING_REMINDER;

const user = (id: number, role: string, providerId: number | null = null, active = true): ScopedCandidate => ({ id, role, providerId, active });
const regisseur = user(1, 'REGISSEUR');
const otherRegisseur = user(2, 'REGISSEUR');
const analyst = user(3, 'ANALYST');
const admin = user(4, 'ADMIN');
const repA = user(10, 'PROVIDER_REP', 100);
const repA2 = user(11, 'PROVIDER_REP', 100);
const repB = user(20, 'PROVIDER_REP', 200);
const repC = user(30, 'PROVIDER_REP', 300);
const inactiveRepA = user(12, 'PROVIDER_REP', 100, false);
const everyone = [regisseur, otherRegisseur, analyst, admin, repA, repA2, repB, repC, inactiveRepA];

const municipality: PartyFacts = { kind: 'MUNICIPALITY', providerId: null, signed: false };
const partyA: PartyFacts = { kind: 'PROVIDER', providerId: 100, signed: false };
const partyB: PartyFacts = { kind: 'PROVIDER', providerId: 200, signed: false };

describe('who signs for a party', () => {
  test.each([
    ['a regisseur, for the municipality', regisseur, municipality, true],
    ['a provider representative, for their own provider', repA, partyA, true],
    ['a provider representative, not for another provider', repB, partyA, false],
    ['a provider representative, not for the municipality', repA, municipality, false],
    ['a regisseur, not for a provider', regisseur, partyA, false],
    ['an analyst, for no one', analyst, municipality, false],
    ['an administrator, for no one', admin, partyA, false],
    ['a representative without a provider, for no provider', user(40, 'PROVIDER_REP', null), { ...partyA, providerId: null }, false],
  ])('%s', (_name, u, party, expected) => {
    expect(representsParty(u, party)).toBe(expected);
  });
});

describe('who is asked to sign a convenant', () => {
  const ids = (rs: { user: ScopedCandidate }[]) => rs.map((r) => r.user.id);

  test.each([
    // name, parties, kind, actor, recipients
    [
      'opened: every party, but not the regisseur who opened it',
      [municipality, partyA, partyB],
      NotificationKind.CONVENANT_SIGNING_OPENED,
      1,
      [2, 10, 11, 20],
    ],
    [
      'opened by no one known: every representative',
      [municipality, partyA, partyB],
      NotificationKind.CONVENANT_SIGNING_OPENED,
      null,
      [1, 2, 10, 11, 20],
    ],
    [
      'opened: a signed party is still told it opened',
      [municipality, { ...partyA, signed: true }],
      NotificationKind.CONVENANT_SIGNING_OPENED,
      1,
      [2, 10, 11],
    ],
    [
      'reminder: only the parties that have not signed',
      [{ ...municipality, signed: true }, partyA, { ...partyB, signed: true }],
      NotificationKind.CONVENANT_SIGNING_REMINDER,
      null,
      [10, 11],
    ],
    [
      'reminder: everyone signed, no one',
      [
        { ...municipality, signed: true },
        { ...partyA, signed: true },
      ],
      NotificationKind.CONVENANT_SIGNING_REMINDER,
      null,
      [],
    ],
    [
      'reminder: the municipality unsigned, its regisseurs',
      [municipality, { ...partyA, signed: true }],
      NotificationKind.CONVENANT_SIGNING_REMINDER,
      null,
      [1, 2],
    ],
  ] as [string, PartyFacts[], SigningKind, number | null, number[]][])('%s', (_name, parties, kind, actor, expected) => {
    expect(ids(signingRecipients(everyone, parties, kind, actor))).toEqual(expected);
  });

  it('names the party each one signs for', () => {
    const rs = signingRecipients([regisseur, repB], [municipality, partyB], NotificationKind.CONVENANT_SIGNING_OPENED, null);
    expect(rs.map((r) => [r.user.id, r.party])).toEqual([
      [1, municipality],
      [20, partyB],
    ]);
  });
});

describe('when a convenant still unsigned is reminded', () => {
  test.each([
    ['2026-06-01', '2026-06-07', false], // six days later: not yet
    ['2026-06-01', '2026-06-08', true], // seven days later
    ['2026-06-01', '2026-06-20', true], // later (a missed morning): still, the key makes it once
    ['2026-02-25', '2026-03-04', true], // across the end of February
    ['2026-12-28', '2027-01-04', true], // across the year's end
    ['2026-12-28', '2027-01-03', false],
    [null, '2026-06-08', false], // never opened through the API: no date to count from
  ])('opened %s, morning of %s: %s', (openedOn, on, expected) => {
    expect(signingReminderDue(openedOn, on)).toBe(expected);
  });
});

describe('who is told of a funding proposal', () => {
  test.each([
    ['the receiving provider’s active representatives', 100, null, [10, 11]],
    ['not the proposer, were they of the receiver', 100, 10, [11]],
    ['another receiver', 200, 10, [20]],
    ['a provider without representatives: no one', 999, null, []],
  ])('%s', (_name, to, actor, expected) => {
    expect(fundingRecipients(everyone, to, actor).map((u) => u.id)).toEqual(expected);
  });
});

describe('who may be told of a kind at all', () => {
  test.each([
    [repA, NotificationKind.FUNDING_PROPOSED, null, true],
    [regisseur, NotificationKind.FUNDING_PROPOSED, null, false],
    [analyst, NotificationKind.ACTION_ASSIGNED, null, false],
    [admin, NotificationKind.ACTION_ASSIGNED, null, true],
    [inactiveRepA, NotificationKind.ACTION_OVERDUE, null, false],
    [repA, NotificationKind.ACTION_ASSIGNED, 10, false],
    [admin, NotificationKind.CONVENANT_SIGNING_OPENED, null, false],
  ])('%o, %s, actor %s: %s', (u, kind, actor, expected) => {
    expect(mayBeTold(u, kind, actor)).toBe(expected);
  });
});

describe('who is told an action was assigned', () => {
  test.each([
    ['the owner, assigned by the regisseur', repA, 1, 10],
    ['no one, when the owner assigned it to themselves', regisseur, 1, null],
    ['no one, when there is no owner who is a user', null, 1, null],
    ['no one, when the owner is inactive', inactiveRepA, 1, null],
    ['no one, when the owner is an analyst (not a role that owns actions)', analyst, 1, null],
  ])('%s', (_name, owner, actor, expected) => {
    expect(assignedRecipient(owner, actor)?.id ?? null).toBe(expected);
  });
});

describe('what the morning tells the owner of an open action', () => {
  test.each([
    ['2026-06-16', '2026-06-15', NotificationKind.ACTION_DUE_TOMORROW],
    ['2026-06-15', '2026-06-15', null], // due today: not tomorrow, not yet late
    ['2026-06-14', '2026-06-15', NotificationKind.ACTION_OVERDUE],
    ['2025-01-01', '2026-06-15', NotificationKind.ACTION_OVERDUE],
    ['2026-06-17', '2026-06-15', null],
    ['2026-03-01', '2026-02-28', NotificationKind.ACTION_DUE_TOMORROW], // across the month
    ['2027-01-01', '2026-12-31', NotificationKind.ACTION_DUE_TOMORROW], // across the year
    ['2026-03-30', '2026-03-29', NotificationKind.ACTION_DUE_TOMORROW], // the day the clocks go forward
  ])('due %s, morning of %s: %s', (dueOn, on, expected) => {
    expect(actionMorningKind(dueOn, on)).toBe(expected);
  });
});

describe('amounts and links', () => {
  test.each([
    [1250000, '€ 12.500,00'],
    [1, '€ 0,01'],
    [123456789, '€ 1.234.567,89'],
  ])('%i cents is %s', (cents, text) => {
    expect(dutchEuros(cents).replace(/\s/g, ' ')).toBe(text);
  });

  it('links to the owner’s open actions, the late ones for an overdue action', () => {
    expect(ownActionsPath('VXNlcjo0', false)).toBe('/acties?status=OPEN&eigenaar=VXNlcjo0');
    expect(ownActionsPath('VXNlcjo0', true)).toBe('/acties?status=OPEN&telaat=ja&eigenaar=VXNlcjo0');
  });

  it('links to the convenant’s own card on the convenant page', () => {
    expect(convenantPath('Q29udmVuYW50OjE=')).toBe('/convenant#convenant-Q29udmVuYW50OjE');
  });
});

describe('who is told that their quarter was reopened', () => {
  test.each([
    ['the provider’s active representatives', 100, null, [10, 11]],
    ['not the one who reopened it', 100, 11, [10]],
    ['only that provider', 200, null, [20]],
    ['a provider without representatives: no one', 999, null, []],
  ])('%s', (_name, providerId, actor, expected) => {
    expect(providerRecipients(everyone, providerId, NotificationKind.QUARTER_REOPENED, actor).map((u) => u.id)).toEqual(expected);
  });
  test('the regisseur is never told: the kind is for representatives', () => {
    expect(providerRecipients([regisseur], 100, NotificationKind.QUARTER_REOPENED, null)).toEqual([]);
  });
});

describe('who is asked to sign a proposed amendment', () => {
  const parties: PartyFacts[] = [
    { kind: 'MUNICIPALITY', providerId: null, signed: false },
    { kind: 'PROVIDER', providerId: 100, signed: false },
  ];
  test('every party it concerns (another regisseur for the municipality), not the regisseur who proposed it', () => {
    const asked = signingRecipients(everyone, parties, NotificationKind.CONVENANT_AMENDMENT_PROPOSED, regisseur.id);
    expect(asked.map((a) => [a.user.id, a.party.kind])).toEqual([
      [2, 'MUNICIPALITY'],
      [10, 'PROVIDER'],
      [11, 'PROVIDER'],
    ]);
  });
});
