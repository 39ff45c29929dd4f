import { ProposalStatus } from '../../proposal/proposal.entity';
import { ProposalStep } from '../../proposal/proposal.rules';
import { Role } from '../../user/user.entity';
import { calendarText, escapeText, foldLine } from '../calendar.ics';
import { actionEvent, feedStartsOn, overlegEvent, proposalEvents, proposalStepsFor, type ProposalFacts } from '../calendar.rules';

const { PERSPECTIVES, POLICY_MEETING, FEEDBACK } = ProposalStep;
const submitted: ProposalFacts = {
  id: 7,
  title: 'Buurtkamer',
  status: ProposalStatus.SUBMITTED,
  submittedOn: '2026-01-05',
  urgent: false,
  sidesSpoken: 1,
  staffSpoken: false,
};

describe('whose deadlines a calendar shows: the regisseur the whole cycle, a representative the staff perspective', () => {
  it.each<[string, Role, Partial<ProposalFacts>, ProposalStep[]]>([
    ['regisseur, submitted', Role.REGISSEUR, {}, [PERSPECTIVES, POLICY_MEETING, FEEDBACK]],
    ['admin, submitted', Role.ADMIN, {}, [PERSPECTIVES, POLICY_MEETING, FEEDBACK]],
    ['representative, staff silent', Role.PROVIDER_REP, {}, [PERSPECTIVES]],
    ['representative, staff has spoken', Role.PROVIDER_REP, { staffSpoken: true, sidesSpoken: 2 }, []],
    ['representative, decided', Role.PROVIDER_REP, { status: ProposalStatus.DECIDED }, []],
    ['analyst', Role.ANALYST, {}, []],
    ['regisseur, every side spoken', Role.REGISSEUR, { sidesSpoken: 3, staffSpoken: true }, [POLICY_MEETING, FEEDBACK]],
    ['regisseur, closed', Role.REGISSEUR, { status: ProposalStatus.CLOSED }, []],
  ])('%s', (_case, role, facts, expected) => {
    expect(proposalStepsFor(role, { ...submitted, ...facts })).toEqual(expected);
  });

  it('dates each step by the six-week schedule, with a stable uid per proposal and step', () => {
    expect(proposalEvents(Role.REGISSEUR, submitted).map((e) => [e.uid, e.date, e.summary])).toEqual([
      ['proposal-7-perspectives@regiekamer', '2026-02-02', 'Standpunten binnen: Buurtkamer'],
      ['proposal-7-policy_meeting@regiekamer', '2026-02-09', 'Uiterlijk beleidsoverleg: Buurtkamer'],
      ['proposal-7-feedback@regiekamer', '2026-02-16', 'Uiterlijk terugkoppeling aan bewoners: Buurtkamer'],
    ]);
  });

  it('names overleggen by their kind in Dutch, and actions as due', () => {
    expect(overlegEvent({ id: 3, kind: 'BELEIDSOVERLEG', title: 'Mei', heldOn: '2026-05-12', location: 'Raadzaal' })).toMatchObject({
      uid: 'overleg-3@regiekamer',
      date: '2026-05-12',
      summary: 'Beleidsoverleg: Mei',
      location: 'Raadzaal',
    });
    expect(actionEvent({ id: 9, title: 'Bel de huisarts', dueOn: '2026-06-01' }).summary).toBe('Actie klaar: Bel de huisarts');
  });

  it('reaches back three months', () => {
    expect(feedStartsOn('2026-11-29')).toBe('2026-08-29');
  });
});

describe('iCalendar text (RFC 5545)', () => {
  it.each([
    ['plain', 'Overleg', 'Overleg'],
    ['comma and semicolon', 'a, b; c', 'a\\, b\\; c'],
    ['backslash', 'a\\b', 'a\\\\b'],
    ['newlines', 'een\ntwee\r\ndrie', 'een\\ntwee\\ndrie'],
  ])('escapes %s', (_case, value, expected) => {
    expect(escapeText(value)).toBe(expected);
  });

  it('folds lines over 75 octets, never inside a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT')).toBe('SHORT');
  });

  it('is a calendar with the Amsterdam time zone and all-day events ending the next day', () => {
    const text = calendarText(
      'Regiekamer',
      'Uw termijnen',
      [{ uid: 'x@regiekamer', date: '2026-12-31', summary: 'Oud en nieuw' }],
      new Date('2026-11-29T01:02:03Z'),
    );
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('DTSTAMP:20261129T010203Z');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
