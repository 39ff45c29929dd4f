import { quarterReportDueOn } from '../../annual-plan/annual-plan.rules';
import { ProposalStatus } from '../../proposal/proposal.entity';
import { ProposalStep } from '../../proposal/proposal.rules';
import { Role } from '../../user/user.entity';
import { calendarText, escapeText, foldLine, invitationText, mailAddress } from '../calendar.ics';
import {
  actionEvent,
  convenantSignEvent,
  feedStartsOn,
  overlegEvent,
  proposalEvents,
  proposalStepsFor,
  quarterReportEvents,
  type OverlegFacts,
  type ProposalFacts,
} from '../calendar.rules';

const { PERSPECTIVES, POLICY_MEETING, FEEDBACK } = ProposalStep;
const MEI: OverlegFacts = {
  id: 3,
  kind: 'BELEIDSOVERLEG',
  title: 'Mei',
  heldOn: '2026-05-12',
  startsAt: null,
  endsAt: null,
  location: null,
  status: 'PLANNED',
  sequence: 0,
};
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
    expect(overlegEvent({ ...MEI, location: 'Raadzaal' })).toMatchObject({
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

describe('overleggen in a calendar: with hours timed on Amsterdam clocks, cancelled ones kept and marked', () => {
  const linesOf = (o: OverlegFacts) => calendarText('R', 'D', [overlegEvent(o)], new Date('2026-05-01T00:00:00Z')).split('\r\n');

  it.each<[string, Partial<OverlegFacts>, string[], string[]]>([
    ['all day', {}, ['DTSTART;VALUE=DATE:20260512', 'DTEND;VALUE=DATE:20260513', 'TRANSP:TRANSPARENT', 'SEQUENCE:0'], ['STATUS:CANCELLED']],
    [
      'timed',
      { startsAt: '14:00', endsAt: '15:30', sequence: 2 },
      ['DTSTART;TZID=Europe/Amsterdam:20260512T140000', 'DTEND;TZID=Europe/Amsterdam:20260512T153000', 'TRANSP:OPAQUE', 'SEQUENCE:2'],
      ['DTSTART;VALUE=DATE:20260512'],
    ],
    [
      'cancelled',
      { startsAt: '09:00', endsAt: '10:00', status: 'CANCELLED', sequence: 3 },
      ['STATUS:CANCELLED', 'SUMMARY:Afgelast: Beleidsoverleg: Mei', 'TRANSP:TRANSPARENT', 'SEQUENCE:3'],
      ['STATUS:CONFIRMED'],
    ],
  ])('%s', (_case, facts, present, absent) => {
    const lines = linesOf({ ...MEI, ...facts });
    for (const line of present) expect(lines).toContain(line);
    for (const line of absent) expect(lines).not.toContain(line);
  });
});

describe('an invitation (RFC 5546)', () => {
  const event = overlegEvent({ ...MEI, startsAt: '14:00', endsAt: '15:00', location: 'Raadzaal', sequence: 1 });
  const organizer = { name: 'Regiekamer', email: 'noreply@regiekamer.test' };
  const attendees = [
    { name: 'Anna "de" Vries', email: 'anna@test.example' },
    { name: 'Bo', email: 'bo@test.example' },
  ];

  it('REQUEST: the feed UID and sequence, the organizer and every attendee', () => {
    const lines = invitationText('REQUEST', event, organizer, attendees, new Date('2026-05-01T00:00:00Z')).split('\r\n');
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain('UID:overleg-3@regiekamer');
    expect(lines).toContain('SEQUENCE:1');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines).toContain('ORGANIZER;CN="Regiekamer":mailto:noreply@regiekamer.test');
    expect(lines.join('').replace(/\r\n /g, '')).toContain('ATTENDEE;CN="Anna de Vries";CUTYPE=INDIVIDUAL');
    expect(lines.filter((l) => l.startsWith('ATTENDEE'))).toHaveLength(2);
  });

  it('CANCEL: the same event, cancelled', () => {
    const lines = invitationText('CANCEL', { ...event, sequence: 2 }, organizer, attendees, new Date()).split('\r\n');
    expect(lines).toContain('METHOD:CANCEL');
    expect(lines).toContain('UID:overleg-3@regiekamer');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('STATUS:CANCELLED');
  });

  it.each([
    ['Regiekamer <noreply@gemeente.nl>', 'noreply@gemeente.nl'],
    ['"Gemeente, Regiekamer" <a@b.nl>', 'a@b.nl'],
    ['noreply@gemeente.nl', 'noreply@gemeente.nl'],
  ])('takes the address of %s', (from, address) => {
    expect(mailAddress(from)).toBe(address);
  });
});

describe('the remaining deadlines', () => {
  it.each([
    [2026, 1, '2026-04-10'],
    [2026, 2, '2026-07-10'],
    [2026, 3, '2026-10-10'],
    [2026, 4, '2027-01-10'],
    [2028, 1, '2028-04-10'],
  ])('a report on %i quarter %i is due on %s, ten days after the quarter', (year, quarter, due) => {
    expect(quarterReportDueOn(year, quarter)).toBe(due);
  });

  it('shows each quarter of a plan not yet accounted for', () => {
    const events = quarterReportEvents({ planId: 4, year: 2026, reported: [1, 3] });
    expect(events.map((e) => [e.uid, e.date, e.summary])).toEqual([
      ['quarter-report-4-q2@regiekamer', '2026-07-10', 'Kwartaalrapportage inleveren: kwartaal 2 van 2026'],
      ['quarter-report-4-q4@regiekamer', '2027-01-10', 'Kwartaalrapportage inleveren: kwartaal 4 van 2026'],
    ]);
  });

  it.each([
    ['starts later: on its first day', '2026-09-01', '2026-06-15', '2026-09-01'],
    ['starts today', '2026-06-15', '2026-06-15', '2026-06-15'],
    ['already started, unsigned: today', '2026-01-01', '2026-06-15', '2026-06-15'],
  ])('a convenant to sign that %s', (_case, startsOn, today, date) => {
    const e = convenantSignEvent({ id: 2, title: 'AV 2026', startsOn }, today);
    expect(e).toMatchObject({ uid: 'convenant-2-sign@regiekamer', date, summary: 'Convenant ondertekenen: AV 2026' });
  });
});
