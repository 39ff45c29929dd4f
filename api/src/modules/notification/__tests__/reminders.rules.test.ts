import { lastEndedQuarter, quarterReportDueOn, quarterReportLate } from '../../annual-plan/annual-plan.rules';
import { AttentionSeverityLevel } from '../../attention/attention.rules';
import { AttentionKind, type AttentionItem } from '../../attention/attention.types';
import { ProposalStatus } from '../../proposal/proposal.entity';
import { ProposalStep, type ProposalDeadlineFacts } from '../../proposal/proposal.rules';
import { Role } from '../../user/user.entity';
import { NotificationKind } from '../notification.entity';
import { renderMail } from '../notification.mail';
import {
  attentionLine,
  councilCheckNotice,
  deadlineReminders,
  inReminderWindow,
  quarterNotice,
  stepsPhrase,
  type QuarterNotice,
} from '../reminders.rules';

const proposal = (over: Partial<ProposalDeadlineFacts> = {}): ProposalDeadlineFacts => ({
  id: 1,
  title: 'Buurtkamer',
  status: ProposalStatus.SUBMITTED,
  // Perspectives due 2026-06-15 (Monday), meeting by 2026-06-22 (Monday), feedback by 2026-06-29 (Monday).
  submittedOn: '2026-05-18',
  urgent: false,
  sidesSpoken: 0,
  staffSpoken: false,
  ...over,
});

describe('a deadline is reminded from two working days before it up to the day itself', () => {
  test.each([
    ['2026-06-15', '2026-06-10', false, 'three working days before'],
    ['2026-06-15', '2026-06-11', true, 'Thursday: two working days before a Monday'],
    ['2026-06-15', '2026-06-13', true, 'a Saturday morning inside the window (a missed Friday made up)'],
    ['2026-06-15', '2026-06-15', true, 'the due date itself'],
    ['2026-06-15', '2026-06-16', false, 'after it: late, which the digest tells'],
    ['2026-05-15', '2026-05-12', true, 'the Friday after Hemelvaartsdag: Tuesday'],
    ['2026-05-15', '2026-05-11', false, 'the Monday before is three working days before it'],
    ['2026-04-07', '2026-04-02', true, 'the Tuesday after Easter: Thursday (Goede Vrijdag counts, Tweede Paasdag does not)'],
  ])('due %s, morning %s: %s (%s)', (dueOn, on, expected) => {
    expect(inReminderWindow(dueOn, on)).toBe(expected);
  });
});

describe('which deadlines of a proposal each role is reminded of', () => {
  test.each<[string, Role, Partial<ProposalDeadlineFacts>, string, { dueOn: string; steps: ProposalStep[] }[]]>([
    ['the regisseur: the perspectives', Role.REGISSEUR, {}, '2026-06-11', [{ dueOn: '2026-06-15', steps: [ProposalStep.PERSPECTIVES] }]],
    [
      'a representative: the perspectives, while the staff has not spoken',
      Role.PROVIDER_REP,
      {},
      '2026-06-11',
      [{ dueOn: '2026-06-15', steps: [ProposalStep.PERSPECTIVES] }],
    ],
    ['a representative, once the staff has spoken: nothing', Role.PROVIDER_REP, { sidesSpoken: 1, staffSpoken: true }, '2026-06-11', []],
    ['every side has spoken: the perspectives are met', Role.REGISSEUR, { sidesSpoken: 3, staffSpoken: true }, '2026-06-11', []],
    [
      'the meeting, for the regisseur only',
      Role.REGISSEUR,
      { sidesSpoken: 3 },
      '2026-06-18',
      [{ dueOn: '2026-06-22', steps: [ProposalStep.POLICY_MEETING] }],
    ],
    ['the meeting is nothing to a representative', Role.PROVIDER_REP, { sidesSpoken: 3 }, '2026-06-18', []],
    [
      'decided: only the feedback is left',
      Role.REGISSEUR,
      { status: ProposalStatus.DECIDED, sidesSpoken: 3 },
      '2026-06-25',
      [{ dueOn: '2026-06-29', steps: [ProposalStep.FEEDBACK] }],
    ],
    ['fed back: nothing is left', Role.REGISSEUR, { status: ProposalStatus.FED_BACK, sidesSpoken: 3 }, '2026-06-25', []],
    ['an analyst is asked for nothing', Role.ANALYST, {}, '2026-06-11', []],
    [
      'urgent: perspectives and the ad hoc meeting fall on one day, one reminder',
      Role.REGISSEUR,
      { urgent: true, submittedOn: '2026-06-10' },
      '2026-06-15',
      [{ dueOn: '2026-06-17', steps: [ProposalStep.PERSPECTIVES, ProposalStep.POLICY_MEETING] }],
    ],
  ])('%s', (_name, role, over, on, expected) => {
    expect(deadlineReminders(role, proposal(over), on)).toEqual(expected);
  });
});

describe('the steps as one Dutch phrase', () => {
  test.each([
    [[ProposalStep.PERSPECTIVES], 'de standpunten geven'],
    [[ProposalStep.PERSPECTIVES, ProposalStep.POLICY_MEETING], 'de standpunten geven en het beleidsoverleg houden en besluiten'],
  ])('%j', (steps, text) => {
    expect(stepsPhrase(steps)).toBe(text);
  });
});

describe('a quarter report is due ten days after its quarter ends', () => {
  test.each([
    [2026, 1, '2026-04-10'],
    [2026, 2, '2026-07-10'],
    [2026, 3, '2026-10-10'],
    [2026, 4, '2027-01-10'],
  ])('%i Q%i: %s', (year, quarter, dueOn) => {
    expect(quarterReportDueOn(year, quarter)).toBe(dueOn);
  });

  test.each([
    [true, false, '2026-04-10', false, 'on the due date: not yet late'],
    [true, false, '2026-04-11', true, 'the day after, nothing received: late'],
    [true, true, '2026-06-30', false, 'received: never late'],
    [false, false, '2026-06-30', false, 'a plan not adopted is not accounted for'],
  ])('adopted %s, received %s, %s: %s (%s)', (adopted, received, today, late) => {
    expect(quarterReportLate({ year: 2026, adopted }, 1, received, today)).toBe(late);
  });

  test.each([
    ['2026-04-01', { year: 2026, quarter: 1 }],
    ['2026-06-30', { year: 2026, quarter: 1 }],
    ['2026-07-01', { year: 2026, quarter: 2 }],
    ['2027-01-01', { year: 2026, quarter: 4 }],
  ])('the last quarter ended before %s', (on, expected) => {
    expect(lastEndedQuarter(on)).toEqual(expected);
  });
});

describe('what a provider is told about the quarter report on a morning', () => {
  const DUE = NotificationKind.QUARTER_REPORT_DUE;
  const REMINDER = NotificationKind.QUARTER_REPORT_REMINDER;
  test.each<[string, QuarterNotice | null, string]>([
    ['2026-03-31', null, 'the quarter has not ended: the one before is long past due'],
    ['2026-04-01', { kind: DUE, year: 2026, quarter: 1, dueOn: '2026-04-10' }, 'the morning after the quarter ends'],
    ['2026-04-04', { kind: DUE, year: 2026, quarter: 1, dueOn: '2026-04-10' }, 'a later morning makes a missed one up'],
    ['2026-04-05', { kind: REMINDER, year: 2026, quarter: 1, dueOn: '2026-04-10' }, 'five days before it is due'],
    ['2026-04-10', { kind: REMINDER, year: 2026, quarter: 1, dueOn: '2026-04-10' }, 'the due date'],
    ['2026-04-11', null, 'after the due date: nothing'],
    ['2027-01-01', { kind: DUE, year: 2026, quarter: 4, dueOn: '2027-01-10' }, 'across the year'],
  ])('%s', (on, expected) => {
    expect(quarterNotice(on)).toEqual(expected);
  });
});

const item = (over: Partial<AttentionItem>): AttentionItem => ({
  kind: AttentionKind.PROPOSAL_OVERDUE,
  reason: 'PERSPECTIVES',
  severity: AttentionSeverityLevel.WARNING,
  subjectId: 'x',
  title: 'Buurtkamer',
  providerLocalId: null,
  dueOn: null,
  daysLate: null,
  count: null,
  ratio: null,
  ...over,
});

describe('an attention item as a line of the digest', () => {
  const names = new Map([[7, 'Welzijn Test']]);
  test.each([
    [item({ reason: 'PERSPECTIVES', daysLate: 1 }), 'Voorstel "Buurtkamer": de standpunten zijn te laat (1 dag te laat)'],
    [item({ reason: 'FEEDBACK', daysLate: 3 }), 'Voorstel "Buurtkamer": de terugkoppeling aan bewoners is te laat (3 dagen te laat)'],
    [
      item({ kind: AttentionKind.CONVENANT_UNSIGNED, reason: 'PROVIDER', title: 'Convenant 2026', providerLocalId: 7, dueOn: '2026-07-01' }),
      'Convenant 2026: Welzijn Test heeft nog niet getekend (ingang 1 juli 2026)',
    ],
    [
      item({ kind: AttentionKind.CONVENANT_UNSIGNED, reason: 'MUNICIPALITY', title: 'Convenant 2026', dueOn: '2026-07-01' }),
      'Convenant 2026: de gemeente heeft nog niet getekend (ingang 1 juli 2026)',
    ],
    [
      item({ kind: AttentionKind.ACTION_OVERDUE, reason: 'OVERDUE', title: 'Zaal huren', dueOn: '2026-06-01', daysLate: 14 }),
      'Actie "Zaal huren": moest klaar zijn op 1 juni 2026 (14 dagen te laat)',
    ],
    [
      item({ kind: AttentionKind.BUDGET_USE, reason: 'BUDGET_EXCEEDED', title: 'Welzijn Test', ratio: 1.05 }),
      'Welzijn Test: het budget is op (105% gebruikt)',
    ],
    [
      item({ kind: AttentionKind.REPORTS_MISSING, reason: 'NO_REPORT_LAST_MONTH', title: 'Welzijn Test', count: 1, dueOn: '2026-05-31' }),
      'Welzijn Test: 1 lopend arrangement zonder rapportage over de maand tot en met 31 mei 2026',
    ],
  ])('%#', (i, line) => {
    expect(attentionLine(i, names)).toBe(line);
  });
});

describe('a mail with a list', () => {
  test('the list follows the paragraph: lines in the text, a list in the HTML, escaped', () => {
    const mail = renderMail({ recipientName: 'Ria', subject: 'S', body: 'Dit:', items: ['a < b', 'c'], linkText: 'Open', link: 'https://x.test/' });
    expect(mail.text).toContain('Dit:\n\n- a < b\n- c\n\nOpen: https://x.test/');
    expect(mail.html).toContain('<p>Dit:</p>\n<ul>\n<li>a &lt; b</li>\n<li>c</li>\n</ul>');
  });
});

describe("the client council's check: reminded from two working days before its due date, then told once that it is late", () => {
  // Fed back Monday 1 June: due Monday 15 June (14 days), reminded from Thursday 11 June.
  it.each<[ProposalStatus, string | null, string, NotificationKind | null]>([
    [ProposalStatus.FED_BACK, '2026-06-01', '2026-06-10', null],
    [ProposalStatus.FED_BACK, '2026-06-01', '2026-06-11', NotificationKind.COUNCIL_CHECK_REMINDER],
    [ProposalStatus.FED_BACK, '2026-06-01', '2026-06-15', NotificationKind.COUNCIL_CHECK_REMINDER],
    [ProposalStatus.FED_BACK, '2026-06-01', '2026-06-16', NotificationKind.COUNCIL_CHECK_OVERDUE],
    [ProposalStatus.FED_BACK, '2026-06-01', '2026-09-01', NotificationKind.COUNCIL_CHECK_OVERDUE],
    [ProposalStatus.FED_BACK, null, '2026-06-16', null],
    [ProposalStatus.CLOSED, '2026-06-01', '2026-06-16', null],
    [ProposalStatus.FOLLOW_UP, '2026-06-01', '2026-06-12', null],
  ])('%s, fed back %p, on %s: %p', (status, feedbackOn, on, kind) => {
    const notice = councilCheckNotice({ status, feedbackOn }, on);
    expect(notice?.kind ?? null).toBe(kind);
    if (notice) expect(notice.dueOn).toBe('2026-06-15');
  });

  it('reads on the digest as a late check', () => {
    const item: AttentionItem = {
      kind: AttentionKind.COUNCIL_CHECK_OVERDUE,
      reason: 'OVERDUE',
      severity: AttentionSeverityLevel.INFO,
      subjectId: 'x',
      title: 'Tuin',
      providerLocalId: null,
      dueOn: '2026-06-15',
      daysLate: 2,
      count: null,
      ratio: null,
    };
    expect(attentionLine(item, new Map())).toBe(
      'Voorstel "Tuin": de toets van de cliëntenraad is te laat (uiterlijk 15 juni 2026) (2 dagen te laat)',
    );
  });
});
