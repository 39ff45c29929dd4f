import { NotificationKind, OutgoingMessageStatus } from '../notification.entity';
import { escapeHtml, renderMail } from '../notification.mail';
import {
  dutchDate,
  eventKey,
  nextDailyRun,
  parseIds,
  perspectiveRecipients,
  statusAfterFailure,
  withFullStop,
  zonedDate,
  zonedInstant,
} from '../notification.rules';

describe('which instant is a time of day in Amsterdam', () => {
  test.each([
    // date, time, instant (UTC)
    ['2026-01-15', '07:00', '2026-01-15T06:00:00.000Z'], // winter: CET, UTC+1
    ['2026-07-01', '07:00', '2026-07-01T05:00:00.000Z'], // summer: CEST, UTC+2
    ['2026-03-28', '07:00', '2026-03-28T06:00:00.000Z'], // the Saturday before the clocks go forward
    ['2026-03-29', '07:00', '2026-03-29T05:00:00.000Z'], // last Sunday of March: forward at 02:00
    ['2026-03-29', '01:59', '2026-03-29T00:59:00.000Z'], // still winter time
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'], // does not exist: 03:30 summer time, an hour later on the clocks
    ['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'], // the first minute of summer time
    ['2026-10-24', '07:00', '2026-10-24T05:00:00.000Z'], // the Saturday before the clocks go back
    ['2026-10-25', '07:00', '2026-10-25T06:00:00.000Z'], // last Sunday of October: back at 03:00
    ['2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'], // occurs twice: the first (summer time)
    ['2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'], // winter time again
    ['2025-03-30', '07:00', '2025-03-30T05:00:00.000Z'], // last Sunday of March 2025
    ['2025-10-26', '07:00', '2025-10-26T06:00:00.000Z'], // last Sunday of October 2025
    ['2027-03-28', '07:00', '2027-03-28T05:00:00.000Z'], // last Sunday of March 2027
    ['2027-10-31', '07:00', '2027-10-31T06:00:00.000Z'], // last Sunday of October 2027
    ['2026-12-31', '23:30', '2026-12-31T22:30:00.000Z'], // the year's last half hour
  ])('%s %s is %s', (date, time, instant) => {
    expect(zonedInstant(date, time).toISOString()).toBe(instant);
  });

  test.each([
    // now (UTC), the next 07:00 in Amsterdam
    ['2026-03-28T06:00:00.000Z', '2026-03-29T05:00:00.000Z'], // exactly at 07:00: the next day's
    ['2026-03-28T05:59:59.000Z', '2026-03-28T06:00:00.000Z'],
    ['2026-03-28T23:30:00.000Z', '2026-03-29T05:00:00.000Z'], // already Sunday in Amsterdam
    ['2026-10-24T05:00:00.000Z', '2026-10-25T06:00:00.000Z'],
    ['2026-10-25T05:30:00.000Z', '2026-10-25T06:00:00.000Z'], // 06:30 winter time: still that morning
    ['2026-10-25T06:00:01.000Z', '2026-10-26T06:00:00.000Z'],
  ])('after %s the next 07:00 is %s', (now, next) => {
    expect(nextDailyRun(new Date(now), '07:00').toISOString()).toBe(next);
  });

  test('a day in Amsterdam starts before it does in UTC', () => {
    expect(zonedDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(zonedDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(zonedDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  test('malformed dates and times are refused', () => {
    expect(() => zonedInstant('2026-3-1', '07:00')).toThrow('not a date');
    expect(() => zonedInstant('2026-03-01', '7:00')).toThrow('not a time');
    expect(() => zonedInstant('2026-03-01', '24:00')).toThrow('not a time');
  });
});

describe('notification rules', () => {
  test('dates are written as a Dutch reader writes them', () => {
    expect(dutchDate('2026-06-15')).toBe('15 juni 2026');
    expect(dutchDate('2026-03-01')).toBe('1 maart 2026');
  });

  test('the idempotency key differs per recipient, kind, object and due date, and only then', () => {
    const base = { userId: 7, kind: NotificationKind.PERSPECTIVE_REQUESTED, objectType: 'proposal', objectId: 12, dueOn: '2026-07-13' };
    expect(eventKey(base)).toBe(eventKey({ ...base }));
    const variants = [{ userId: 8 }, { objectId: 13 }, { objectType: 'action' }, { dueOn: '2026-07-14' }, { dueOn: null }];
    const keys = new Set([eventKey(base), ...variants.map((v) => eventKey({ ...base, ...v }))]);
    expect(keys.size).toBe(variants.length + 1);
  });

  test('a revision (a meeting moved twice on one day) is part of the due part; without one the key is as before', () => {
    const base = { userId: 7, kind: NotificationKind.OVERLEG_MOVED, objectType: 'overleg', objectId: 3, dueOn: '2026-07-02' };
    expect(eventKey({ ...base, revision: null })).toBe(eventKey(base));
    expect(eventKey(base)).toBe('OVERLEG_MOVED:overleg:3:2026-07-02:7');
    expect(eventKey({ ...base, revision: 2 })).toBe('OVERLEG_MOVED:overleg:3:2026-07-02#2:7');
    expect(eventKey({ ...base, revision: 3 })).not.toBe(eventKey({ ...base, revision: 2 }));
  });

  test.each([
    // role, active, submitter?, asked?
    ['REGISSEUR', true, false, true],
    ['REGISSEUR', true, true, false],
    ['PROVIDER_REP', true, false, true],
    ['PROVIDER_REP', false, false, false],
    ['ANALYST', true, false, false],
    ['ADMIN', true, false, false],
  ])('a %s (active %s, submitter %s) is asked for a perspective: %s', (role, active, submitter, asked) => {
    const user = { id: 5, role, active };
    expect(perspectiveRecipients([user], submitter ? 5 : 99)).toEqual(asked ? [user] : []);
  });

  test.each([
    [1, 10, OutgoingMessageStatus.PENDING],
    [9, 10, OutgoingMessageStatus.PENDING],
    [10, 10, OutgoingMessageStatus.FAILED],
    [1, 1, OutgoingMessageStatus.FAILED],
  ])('after try %d of %d the message is %s', (attempts, max, status) => {
    expect(statusAfterFailure(attempts, max)).toBe(status);
  });

  test.each([
    [['1', '2', '2'], 5, [1, 2]],
    [[], 5, null],
    [['1', '2', '3'], 2, null],
    [['0'], 5, null],
    [['abc'], 5, null],
    [['1e3'], 5, null],
    [['99999999999999999'], 5, null],
  ])('ids %j (at most %d) read as %j', (raw, max, expected) => {
    expect(parseIds(raw, max)).toEqual(expected);
  });
});

describe('a rendered mail', () => {
  const mail = renderMail({
    recipientName: 'Anna <de> Vries',
    subject: 'Uw standpunt wordt gevraagd: "Buurt & zorg"',
    body: 'Er is een voorstel ingediend: "Buurt & zorg".',
    linkText: 'Bekijk het voorstel',
    link: 'https://regiekamer.example/voorstellen/UHJvcG9zYWw6MQ',
  });

  test('has the link in plain text and HTML, and escapes what it quotes', () => {
    expect(mail.text).toContain('Beste Anna <de> Vries,');
    expect(mail.text).toContain('Bekijk het voorstel: https://regiekamer.example/voorstellen/UHJvcG9zYWw6MQ');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('<a href="https://regiekamer.example/voorstellen/UHJvcG9zYWw6MQ">Bekijk het voorstel</a>');
    expect(mail.html).toContain('Beste Anna &lt;de&gt; Vries,');
    expect(mail.html).toContain('<title>Uw standpunt wordt gevraagd: &quot;Buurt &amp; zorg&quot;</title>');
    expect(mail.html).not.toContain('<de>');
  });

  test('escapes every character HTML gives a meaning', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('a reason quoted in a notice', () => {
  test.each([
    ['De uitgaven van maart ontbraken', 'De uitgaven van maart ontbraken.'],
    ['  Klopt dit?  ', 'Klopt dit?'],
    ['Al af.', 'Al af.'],
  ])('%p reads %p', (reason, text) => {
    expect(withFullStop(reason)).toBe(text);
  });
});
