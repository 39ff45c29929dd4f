import {
  addMonths,
  compileProblems,
  decideProblems,
  dueOn,
  erases,
  extendProblems,
  isOverdue,
  LEGAL_GROUNDS,
  linkProblems,
  recordProblems,
  type Decision,
  type LegalGround,
  type RequestKind,
  type RequestStatus,
} from '../privacy-request.rules';

describe('the due date: one month after receipt (art. 12(3)), three when extended', () => {
  it.each([
    ['2026-03-10', false, '2026-04-10'],
    ['2026-01-31', false, '2026-02-28'],
    ['2028-01-31', false, '2028-02-29'],
    ['2026-12-15', false, '2027-01-15'],
    ['2026-03-10', true, '2026-06-10'],
    ['2026-11-30', true, '2027-02-28'],
  ])('received %s, extended %p: due %s', (received, extended, due) => {
    expect(dueOn(received, extended)).toBe(due);
  });
  it('adds months to a date', () => {
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-08-31', 0)).toBe('2026-08-31');
  });
  it.each([
    ['RECEIVED', '2026-04-10', '2026-04-10', false],
    ['RECEIVED', '2026-04-10', '2026-04-11', true],
    ['IN_PROGRESS', '2026-04-10', '2026-05-01', true],
    ['ANSWERED', '2026-04-10', '2026-05-01', false],
  ] as [RequestStatus, string, string, boolean][])('%s due %s, today %s: overdue %p', (status, due, today, overdue) => {
    expect(isOverdue(status, due, today)).toBe(overdue);
  });
});

describe('recording: received and verified no later than today, verified on or after receipt', () => {
  it.each([
    ['2026-04-01', '2026-04-01', []],
    ['2026-04-01', '2026-04-03', []],
    ['2026-04-06', '2026-04-06', ['input.receivedOn', 'input.identityVerifiedOn']],
    ['2026-04-03', '2026-04-01', ['input.identityVerifiedOn']],
  ])('received %s, verified %s: %j', (receivedOn, identityVerifiedOn, fields) => {
    expect(recordProblems({ receivedOn, identityVerifiedOn }, '2026-04-05').map((p) => p.field)).toEqual(fields);
  });
});

describe('extension: once, while open and not overdue', () => {
  it.each([
    ['RECEIVED', false, '2026-04-10', '2026-04-10', []],
    ['IN_PROGRESS', false, '2026-04-10', '2026-04-01', []],
    ['IN_PROGRESS', true, '2026-06-10', '2026-04-01', ['INVALID_STATE']],
    ['IN_PROGRESS', false, '2026-04-10', '2026-04-11', ['INVALID_STATE']],
    ['ANSWERED', false, '2026-04-10', '2026-04-01', ['INVALID_STATE']],
  ] as [RequestStatus, boolean, string, string, string[]][])('%s extended %p due %s today %s: %j', (status, extended, due, today, codes) => {
    expect(extendProblems({ status, extended, dueOn: due }, today).map((p) => p.code)).toEqual(codes);
  });
});

describe('linking and compiling', () => {
  it.each([
    ['RECEIVED', 0],
    ['IN_PROGRESS', 1],
    ['ANSWERED', 1],
  ] as [RequestStatus, number][])('linking in %s: %i problems', (status, n) => {
    expect(linkProblems({ status })).toHaveLength(n);
  });
  it.each([
    ['ACCESS', 'IN_PROGRESS', 0],
    ['ACCESS', 'RECEIVED', 1],
    ['ACCESS', 'ANSWERED', 1],
    ['CORRECTION', 'IN_PROGRESS', 1],
    ['ERASURE', 'IN_PROGRESS', 1],
  ] as [RequestKind, RequestStatus, number][])('compiling %s in %s: %i problems', (kind, status, n) => {
    expect(compileProblems({ kind, status })).toHaveLength(n);
  });
});

describe('the decision: which transitions, which grounds', () => {
  const open = (kind: RequestKind, compiled = true) => ({ kind, status: 'IN_PROGRESS' as RequestStatus, compiled });
  it.each([
    // Granted: no ground; access needs its document.
    [open('ACCESS'), 'GRANTED', null, []],
    [open('ACCESS', false), 'GRANTED', null, ['input.decision:INVALID_STATE']],
    [open('ACCESS', false), 'REFUSED', 'AVG_12_5_MANIFESTLY_UNFOUNDED', []],
    [open('CORRECTION', false), 'GRANTED', null, []],
    [open('ERASURE', false), 'GRANTED', null, []],
    [open('ERASURE'), 'GRANTED', 'AVG_17_3_B_LEGAL_OBLIGATION', ['input.legalGround:INVALID_INPUT']],
    // Refused or partly: a ground that fits the kind.
    [open('ERASURE'), 'REFUSED', 'AVG_17_3_B_LEGAL_OBLIGATION', []],
    [open('ERASURE'), 'REFUSED', 'AVG_17_3_E_LEGAL_CLAIMS', []],
    [open('ERASURE'), 'REFUSED', null, ['input.legalGround:INVALID_INPUT']],
    [open('ERASURE'), 'REFUSED', 'AVG_16_DATA_ACCURATE', ['input.legalGround:INVALID_INPUT']],
    [open('ERASURE'), 'PARTLY_GRANTED', 'UAVG_41_RESTRICTION', ['input.decision:INVALID_INPUT']],
    [open('CORRECTION'), 'REFUSED', 'AVG_16_DATA_ACCURATE', []],
    [open('CORRECTION'), 'PARTLY_GRANTED', 'AVG_16_DATA_ACCURATE', []],
    [open('CORRECTION'), 'REFUSED', 'AVG_17_3_B_LEGAL_OBLIGATION', ['input.legalGround:INVALID_INPUT']],
    [open('ACCESS'), 'PARTLY_GRANTED', 'AVG_15_4_RIGHTS_OF_OTHERS', []],
    [open('ACCESS'), 'REFUSED', 'UAVG_41_RESTRICTION', []],
    // Before the client is linked only a refusal; an answered request takes no decision.
    [{ kind: 'ERASURE', status: 'RECEIVED', compiled: false }, 'GRANTED', null, ['input.decision:INVALID_TRANSITION']],
    [{ kind: 'ERASURE', status: 'RECEIVED', compiled: false }, 'REFUSED', 'AVG_12_5_MANIFESTLY_UNFOUNDED', []],
    [{ kind: 'ACCESS', status: 'ANSWERED', compiled: true }, 'GRANTED', null, ['id:INVALID_TRANSITION']],
  ] as [{ kind: RequestKind; status: RequestStatus; compiled: boolean }, Decision, LegalGround | null, string[]][])(
    '%j %s on %s: %j',
    (request, decision, legalGround, problems) => {
      expect(decideProblems(request, { decision, legalGround }).map((p) => `${p.field}:${p.code}`)).toEqual(problems);
    },
  );
  it('every ground names its article and applies to at least one kind', () => {
    for (const g of Object.values(LEGAL_GROUNDS)) {
      expect(g.article).toMatch(/^U?AVG art\. \d+/);
      expect(g.kinds.length).toBeGreaterThan(0);
    }
  });
  it.each([
    ['ERASURE', 'GRANTED', true],
    ['ERASURE', 'REFUSED', false],
    ['ACCESS', 'GRANTED', false],
    ['CORRECTION', 'GRANTED', false],
  ] as [RequestKind, Decision, boolean][])('%s %s erases: %p', (kind, decision, yes) => {
    expect(erases(kind, decision)).toBe(yes);
  });
});
