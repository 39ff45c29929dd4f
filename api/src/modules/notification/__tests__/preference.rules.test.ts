import { NOTIFICATION_KIND_TEXTS } from '@regiekamer/texts';
import { NotificationKind } from '../notification.entity';
import { NotificationDeliveryMode as Mode } from '../preference.entity';
import { renderDigest } from '../digest.mail';
import { renderMail } from '../notification.mail';
import {
  deliveryFor,
  digestSelection,
  effectiveMode,
  FIXED_KINDS,
  hasUnsubscribe,
  isOneClickBody,
  listedKinds,
  preferenceProblems,
  PREFERENCES_MAX,
  unsubscribeHeaders,
} from '../preference.rules';

const K = NotificationKind;
/** A security kind, as the sign-in notices will add one: the rules take the set as a parameter. */
const SECURITY: ReadonlySet<NotificationKind> = new Set([K.ACTION_OVERDUE]);

describe('what a mode does with a new notification (the in-app one is always made)', () => {
  test.each([
    [Mode.IMMEDIATE, { mailNow: true, keepForDigest: false }],
    [Mode.DIGEST, { mailNow: false, keepForDigest: true }],
    [Mode.OFF, { mailNow: false, keepForDigest: false }],
  ])('%s', (mode, delivery) => {
    expect(deliveryFor(mode)).toEqual(delivery);
  });
});

describe('the mode that applies', () => {
  test.each([
    [K.ACTION_ASSIGNED, undefined, new Set<NotificationKind>(), Mode.IMMEDIATE], // no choice: the default
    [K.ACTION_ASSIGNED, Mode.DIGEST, new Set<NotificationKind>(), Mode.DIGEST],
    [K.ACTION_ASSIGNED, Mode.OFF, new Set<NotificationKind>(), Mode.OFF],
    [K.ACTION_OVERDUE, Mode.OFF, SECURITY, Mode.IMMEDIATE], // a security message: at once, whatever is stored
    [K.ACTION_OVERDUE, Mode.DIGEST, SECURITY, Mode.IMMEDIATE],
    [K.DAILY_DIGEST, Mode.OFF, new Set<NotificationKind>(), Mode.IMMEDIATE], // the digest itself is no choice
  ])('%s stored %s', (kind, stored, fixed, mode) => {
    expect(effectiveMode(kind, stored, fixed)).toBe(mode);
  });
});

describe('the kinds on the preferences page', () => {
  test.each([
    // role, how many, one listed, one not (every role has the three security messages)
    ['REGISSEUR', 15, K.CONVENANT_AMENDMENT_PROPOSED, K.QUARTER_REOPENED],
    ['PROVIDER_REP', 18, K.QUARTER_REOPENED, K.ATTENTION_DIGEST],
    ['ADMIN', 6, K.ACTION_ASSIGNED, K.PERSPECTIVE_REQUESTED],
    ['ANALYST', 3, K.PASSWORD_RESET, K.ACTION_ASSIGNED],
  ])('%s: the kinds sent to the role, never the digest itself', (role, count, listed, notListed) => {
    const kinds = listedKinds(role);
    expect(kinds).toHaveLength(count);
    expect(kinds).toContain(listed);
    expect(kinds).not.toContain(notListed);
    expect(kinds).not.toContain(K.DAILY_DIGEST);
    expect(kinds).toEqual(Object.values(K).filter((k) => kinds.includes(k)));
  });
});

describe('the Dutch name of every kind', () => {
  it('is in the catalogue for each kind and for no other', () => {
    expect(Object.keys(NOTIFICATION_KIND_TEXTS).sort()).toEqual(Object.values(K).sort());
    expect(Object.values(NOTIFICATION_KIND_TEXTS).every((t) => t.length > 0)).toBe(true);
  });
});

describe('which mails carry a one-click unsubscribe address', () => {
  test.each([
    [K.PERSPECTIVE_REQUESTED, new Set<NotificationKind>(), true],
    [K.OVERLEG_CANCELLED, new Set<NotificationKind>(), true],
    [K.ACTION_OVERDUE, SECURITY, false], // a security message
    [K.DAILY_DIGEST, new Set<NotificationKind>(), false], // the digest links to the preferences page instead
  ])('%s', (kind, fixed, expected) => {
    expect(hasUnsubscribe(kind, fixed)).toBe(expected);
  });

  it('says so in both headers of RFC 2369 and RFC 8058', () => {
    expect(unsubscribeHeaders('https://r.test/afmelden/abc')).toEqual({
      'List-Unsubscribe': '<https://r.test/afmelden/abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });
});

describe('an update of preferences', () => {
  const none = new Set<NotificationKind>();
  test.each([
    ['one valid change', [{ kind: K.ACTION_ASSIGNED, mode: Mode.OFF }], none, []],
    [
      'a security kind',
      [
        { kind: K.ACTION_ASSIGNED, mode: Mode.OFF },
        { kind: K.ACTION_OVERDUE, mode: Mode.OFF },
      ],
      SECURITY,
      ['input.preferences.1.kind'],
    ],
    ['the digest itself', [{ kind: K.DAILY_DIGEST, mode: Mode.OFF }], none, ['input.preferences.0.kind']],
    [
      'a kind twice',
      [
        { kind: K.ACTION_ASSIGNED, mode: Mode.OFF },
        { kind: K.ACTION_ASSIGNED, mode: Mode.DIGEST },
      ],
      none,
      ['input.preferences.1.kind'],
    ],
    ['none at all', [], none, ['input.preferences']],
  ])('%s', (_name, changes, fixed, fields) => {
    expect(preferenceProblems(changes, fixed).map((p) => p.field)).toEqual(fields);
  });

  it('takes at most one change per kind', () => {
    const many = Array.from({ length: PREFERENCES_MAX + 1 }, () => ({ kind: K.ACTION_ASSIGNED, mode: Mode.OFF }));
    expect(preferenceProblems(many).map((p) => p.field)).toEqual(['input.preferences']);
  });
});

describe('the one-click POST body (RFC 8058)', () => {
  test.each([
    ['List-Unsubscribe=One-Click', true],
    ['a=b&List-Unsubscribe=One-Click', true],
    ['--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n', true],
    ['--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Clicks\r\n--b--\r\n', false],
    ['List-Unsubscribe=Yes', false],
    ['', false],
    [{}, false],
    [null, false],
    [{ 'List-Unsubscribe': 'One-Click' }, true],
  ])('%j', (body, expected) => {
    expect(isOneClickBody(body)).toBe(expected);
  });
});

describe('what the digest lists', () => {
  it('lists what was kept unless its kind is now OFF, and is done with all of it', () => {
    const kept = [
      { id: 1, kind: K.ACTION_ASSIGNED },
      { id: 2, kind: K.FUNDING_PROPOSED },
      { id: 3, kind: K.OVERLEG_MOVED },
    ];
    const stored = new Map([
      [K.ACTION_ASSIGNED, Mode.DIGEST],
      [K.FUNDING_PROPOSED, Mode.OFF],
    ]);
    // OVERLEG_MOVED has no row now: IMMEDIATE, chosen after it was kept; it was not mailed, so the digest has it.
    expect(digestSelection(kept, stored, 'PROVIDER_REP')).toEqual({ listed: [kept[0], kept[2]], done: [1, 2, 3] });
  });

  test.each([
    // role now, listed ids: ACTION_ASSIGNED is for REGISSEUR, PROVIDER_REP and ADMIN; FUNDING_PROPOSED for PROVIDER_REP
    ['PROVIDER_REP', [1, 2]],
    ['ADMIN', [1]],
    ['ANALYST', []],
  ])('a role that no longer gets a kind (now %s) does not get it in the digest either', (role, listed) => {
    const kept = [
      { id: 1, kind: K.ACTION_ASSIGNED },
      { id: 2, kind: K.FUNDING_PROPOSED },
    ];
    const result = digestSelection(kept, new Map(), role);
    expect(result.listed.map((n) => n.id)).toEqual(listed);
    expect(result.done).toEqual([1, 2]);
  });
});

describe('the mails', () => {
  it('tell how to unsubscribe in the footer, in text and HTML, when there is an address', () => {
    const mail = renderMail({
      recipientName: 'An',
      subject: 'S',
      body: 'B',
      linkText: 'Bekijk',
      link: 'https://r.test/x',
      unsubscribe: { url: 'https://r.test/afmelden/t', preferencesUrl: 'https://r.test/meldingen/instellingen' },
    });
    expect(mail.text).toContain('Meld u af via https://r.test/afmelden/t');
    expect(mail.text).toContain('https://r.test/meldingen/instellingen');
    expect(mail.html).toContain('<a href="https://r.test/afmelden/t">Afmelden voor deze soort melding</a>');
    const plain = renderMail({ recipientName: 'An', subject: 'S', body: 'B', linkText: 'Bekijk', link: 'https://r.test/x' });
    expect(plain.text).not.toContain('afmelden');
  });

  it('the digest lists each notification with its own link, its due date, and links to the preferences', () => {
    const mail = renderDigest({
      recipientName: 'An',
      on: '2026-06-16',
      items: [
        { title: 'Actie <1>', body: 'Doe iets', link: 'https://r.test/acties', dueOn: '2026-06-20' },
        { title: 'Overleg', body: 'Verplaatst', link: 'https://r.test/overleg/2', dueOn: null },
      ],
      preferencesUrl: 'https://r.test/meldingen/instellingen',
    });
    expect(mail.subject).toBe('Uw meldingen van 16 juni 2026');
    expect(mail.text).toContain('Er zijn 2 nieuwe meldingen');
    expect(mail.text).toContain('- Actie <1> (uiterlijk 20 juni 2026)');
    expect(mail.text).toContain('Bekijken: https://r.test/overleg/2');
    expect(mail.html).toContain('<a href="https://r.test/acties">Bekijken: Actie &lt;1&gt;</a>');
    expect(mail.html).toContain('<a href="https://r.test/meldingen/instellingen">Meldingsinstellingen wijzigen</a>');
    expect(mail.html).toContain('<html lang="nl">');
  });
});

describe('the security messages of mailed links', () => {
  test.each([K.INVITATION, K.LOGIN_LINK, K.PASSWORD_RESET])('%s: fixed, always at once whatever is stored, without unsubscribe', (kind) => {
    expect(FIXED_KINDS.has(kind)).toBe(true);
    expect(effectiveMode(kind, Mode.OFF)).toBe(Mode.IMMEDIATE);
    expect(hasUnsubscribe(kind)).toBe(false);
  });
});
