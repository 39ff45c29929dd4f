import { ConvenantStatus } from '../convenant.entity';
import {
  amendmentProblems,
  endEarlyProblems,
  inForceOn,
  partyOn,
  periodsOverlap,
  renewProblems,
  versionsOf,
  type PartyTerms,
} from '../convenant.rules';

const TODAY = '2026-06-15';
const c = (status = ConvenantStatus.IN_FORCE, startsOn = '2026-01-01', endsOn = '2026-12-31') => ({ status, startsOn, endsOn, budgetCents: 1000 });
const party = (providerId: number | null, extra: Partial<PartyTerms> = {}): PartyTerms => ({
  providerId,
  signedAt: new Date('2026-01-01T10:00:00Z'),
  joinedOn: null,
  leftOn: null,
  ...extra,
});
const codes = (problems: { code: string; field: string | null }[]) => problems.map((p) => [p.code, p.field]);

describe('inForceOn: signed by all and the day within its dates', () => {
  it.each([
    [c(), TODAY, true],
    [c(), '2026-01-01', true],
    [c(), '2026-12-31', true],
    [c(), '2027-01-01', false],
    [c(ConvenantStatus.IN_FORCE, '2041-01-01', '2041-12-31'), TODAY, false],
    [c(ConvenantStatus.OPEN_FOR_SIGNING), TODAY, false],
    [c(ConvenantStatus.DRAFT), TODAY, false],
  ])('%j on %s: %s', (convenant, day, expected) => {
    expect(inForceOn(convenant, day)).toBe(expected);
  });
});

describe('periodsOverlap: both ends included', () => {
  it.each([
    ['2026-01-01', '2026-12-31', '2026-12-31', '2027-12-31', true],
    ['2026-01-01', '2026-12-31', '2027-01-01', '2027-12-31', false],
    ['2026-03-01', '2026-04-01', '2026-01-01', '2026-12-31', true],
  ])('%s–%s and %s–%s: %s', (a1, a2, b1, b2, expected) => {
    expect(periodsOverlap({ startsOn: a1, endsOn: a2 }, { startsOn: b1, endsOn: b2 })).toBe(expected);
  });
});

describe('partyOn: signed, joined on or before the day, not yet left', () => {
  it.each([
    [party(1), TODAY, true],
    [party(1, { signedAt: null }), TODAY, false],
    [party(1, { joinedOn: TODAY }), TODAY, true],
    [party(1, { joinedOn: TODAY }), '2026-06-14', false],
    [party(1, { leftOn: TODAY }), TODAY, false],
    [party(1, { leftOn: TODAY }), '2026-06-14', true],
  ])('%j on %s: %s', (p, day, expected) => {
    expect(partyOn(p, day)).toBe(expected);
  });
});

describe('amendmentProblems', () => {
  const parties = [party(null), party(1), party(2), party(3, { leftOn: '2026-03-01' })];
  const ok = { joining: [], leaving: [], reason: 'Reden' };
  it.each([
    ['a new budget', { ...ok, budgetCents: 2000 }, []],
    ['a later end date', { ...ok, endsOn: '2027-06-30' }, []],
    ['a provider joining and one leaving', { ...ok, joining: [4], leaving: [2] }, []],
    ['no change at all', ok, [['INVALID_INPUT', 'input']]],
    ['the same budget', { ...ok, budgetCents: 1000 }, [['INVALID_INPUT', 'input']]],
    ['an empty reason', { ...ok, budgetCents: 5, reason: ' ' }, [['INVALID_INPUT', 'input.reason']]],
    ['a negative budget', { ...ok, budgetCents: -1 }, [['INVALID_INPUT', 'input.budgetCents']]],
    ['a budget above the bound', { ...ok, budgetCents: 1_000_000_000_001 }, [['AMOUNT_OUT_OF_RANGE', 'input.budgetCents']]],
    ['an end date in the past', { ...ok, endsOn: '2026-06-14' }, [['INVALID_INPUT', 'input.endsOn']]],
    ['a party joining again', { ...ok, joining: [1] }, [['DUPLICATE', 'input.partiesJoining']]],
    ['an inactive provider joining', { ...ok, joining: [9] }, [['NOT_FOUND', 'input.partiesJoining']]],
    ['a provider that left leaving', { ...ok, leaving: [3] }, [['INVALID_INPUT', 'input.partiesLeaving']]],
    ['every provider leaving', { ...ok, leaving: [1, 2] }, [['INVALID_INPUT', 'input.partiesLeaving']]],
    [
      'joining and leaving at once',
      { ...ok, joining: [4], leaving: [4] },
      [
        ['INVALID_INPUT', 'input.partiesJoining'],
        ['INVALID_INPUT', 'input.partiesLeaving'],
      ],
    ],
  ])('%s', (_, input, expected) => {
    expect(codes(amendmentProblems(c(), parties, input, [1, 2, 3, 4], TODAY))).toEqual(expected);
  });

  it.each([
    ['a draft', c(ConvenantStatus.DRAFT)],
    ['one open for signing', c(ConvenantStatus.OPEN_FOR_SIGNING)],
    ['one that has ended', c(ConvenantStatus.IN_FORCE, '2025-01-01', '2025-12-31')],
  ])('refuses amending %s (INVALID_STATE)', (_, convenant) => {
    expect(codes(amendmentProblems(convenant, parties, { ...ok, budgetCents: 5 }, [1, 2, 3, 4], TODAY))).toEqual([
      ['INVALID_STATE', 'input.convenantId'],
    ]);
  });
});

describe('endEarlyProblems: on or after today, before the current end, with a reason', () => {
  it.each([
    [TODAY, 'Reden', []],
    ['2026-12-30', 'Reden', []],
    ['2026-06-14', 'Reden', [['INVALID_INPUT', 'input.endsOn']]],
    ['2026-12-31', 'Reden', [['INVALID_INPUT', 'input.endsOn']]],
    ['2026-09-30', '', [['INVALID_INPUT', 'input.reason']]],
  ])('ending on %s with reason %j', (endsOn, reason, expected) => {
    expect(codes(endEarlyProblems(c(), endsOn, reason, TODAY))).toEqual(expected);
  });
});

describe('renewProblems: a signed convenant, the next period after its end', () => {
  it.each([
    [c(), '2027-01-01', []],
    [c(), '2026-12-31', [['INVALID_INPUT', 'input.startsOn']]],
    [c(ConvenantStatus.DRAFT), '2027-01-01', [['INVALID_STATE', 'input.convenantId']]],
  ])('%j from %s', (convenant, startsOn, expected) => {
    expect(codes(renewProblems(convenant, { startsOn, endsOn: '2027-12-31' }))).toEqual(expected);
  });
});

describe('versionsOf: the original, then one per amendment in effect', () => {
  const sig = (providerId: number | null, change = 'STAYS') => ({ providerId, change });
  it('reconstructs each version from the values kept before each change', () => {
    const parties = [
      { ...party(null), ...sig(null) },
      { ...party(1), ...sig(1) },
      { ...party(2, { leftOn: '2026-06-15' }), ...sig(2) },
      { ...party(3, { joinedOn: '2026-06-15' }), ...sig(3) },
    ];
    const amendments = [
      {
        id: 10,
        kind: 'AMENDMENT' as const,
        status: 'IN_EFFECT',
        reason: 'Wissel',
        budgetCents: 2000,
        endsOn: null,
        previousBudgetCents: 1000,
        previousEndsOn: '2026-12-31',
        effectiveOn: '2026-06-15',
      },
      {
        id: 11,
        kind: 'AMENDMENT' as const,
        status: 'WITHDRAWN',
        reason: 'Niet',
        budgetCents: 9,
        endsOn: null,
        previousBudgetCents: 2000,
        previousEndsOn: '2026-12-31',
        effectiveOn: null,
      },
      {
        id: 12,
        kind: 'EARLY_END' as const,
        status: 'IN_EFFECT',
        reason: 'Stop',
        budgetCents: null,
        endsOn: '2026-09-30',
        previousBudgetCents: 2000,
        previousEndsOn: '2026-12-31',
        effectiveOn: '2026-07-01',
      },
    ];
    const signatures = new Map([[10, [sig(null), sig(1), sig(2, 'LEAVES'), sig(3, 'JOINS')]]]);
    const versions = versionsOf(
      { startsOn: '2026-01-01', endsOn: '2026-09-30', budgetCents: 2000 },
      parties,
      amendments,
      (id) => signatures.get(id) ?? [],
    );
    expect(versions.map((v) => [v.number, v.kind, v.effectiveOn, v.budgetCents, v.endsOn, v.providerIds, v.reason])).toEqual([
      [1, 'ORIGINAL', '2026-01-01', 1000, '2026-12-31', [1, 2], null],
      [2, 'AMENDMENT', '2026-06-15', 2000, '2026-12-31', [1, 3], 'Wissel'],
      [3, 'EARLY_END', '2026-07-01', 2000, '2026-09-30', [1, 3], 'Stop'],
    ]);
    expect(versions[0]!.signatures.map((s) => s.providerId)).toEqual([null, 1, 2]);
  });

  it('is the convenant itself when nothing changed it', () => {
    const versions = versionsOf<ReturnType<typeof sig>>(
      c(),
      [
        { ...party(null), ...sig(null) },
        { ...party(1), ...sig(1) },
      ],
      [],
      () => [],
    );
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ number: 1, budgetCents: 1000, endsOn: '2026-12-31', providerIds: [1] });
  });
});
