import { Role } from '../../user/user.entity';
import {
  clearedSessionCookie,
  csrfAllowed,
  idleSeconds,
  mayEndSessionsOf,
  secondsLeft,
  sessionCookie,
  sessionExpiry,
  sessionSecretOf,
  shortenAddress,
  shortenUserAgent,
} from '../session.rules';

const SECRET = 'a'.repeat(43);

describe('sessionSecretOf', () => {
  it.each([
    [undefined, null],
    ['', null],
    [`rk_session=${SECRET}`, SECRET],
    [`theme=dark; rk_session=${SECRET}; other=1`, SECRET],
    [`rk_session_old=${SECRET}`, null],
    ['rk_session=short', null],
    [`rk_session=${SECRET}!`, null],
    ['rk_session=', null],
  ])('%p -> %p', (header, expected) => {
    expect(sessionSecretOf(header)).toBe(expected);
  });
});

describe('the cookie', () => {
  const end = new Date('2026-06-15T16:00:00Z');
  it.each([
    [false, `rk_session=${SECRET}; Path=/; Expires=Mon, 15 Jun 2026 16:00:00 GMT; HttpOnly; SameSite=Lax`],
    [true, `rk_session=${SECRET}; Path=/; Expires=Mon, 15 Jun 2026 16:00:00 GMT; HttpOnly; SameSite=Lax; Secure`],
  ])('secure %p', (secure, expected) => {
    expect(sessionCookie(SECRET, end, secure)).toBe(expected);
  });
  it('is removed with the same attributes', () => {
    expect(clearedSessionCookie(true)).toBe('rk_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax; Secure');
  });
});

describe('csrfAllowed', () => {
  const base = { preflightHeader: false, sessionHeader: false };
  it.each([
    ['GET', undefined, base, true],
    ['HEAD', undefined, base, true],
    ['POST', 'application/json', base, true],
    ['POST', 'application/json; charset=utf-8', base, true],
    ['POST', 'application/graphql-response+json', base, true],
    ['POST', 'text/plain', base, false],
    ['POST', 'TEXT/PLAIN; charset=utf-8', base, false],
    ['POST', 'application/x-www-form-urlencoded', base, false],
    ['POST', 'multipart/form-data; boundary=x', base, false],
    ['POST', undefined, base, false],
    ['POST', 'text/plain', { preflightHeader: true, sessionHeader: false }, true],
    ['POST', 'text/plain', { preflightHeader: false, sessionHeader: true }, true],
    ['DELETE', 'text/plain', base, false],
  ])('%s %p %p -> %p', (method, contentType, headers, expected) => {
    expect(csrfAllowed({ method, contentType, ...headers })).toBe(expected);
  });
});

describe('what is kept of the client', () => {
  it.each([
    ['192.168.10.77', '192.168.10.0'],
    ['::ffff:10.1.2.3', '10.1.2.0'],
    ['2001:db8:abcd:12::1', '2001:db8:abcd::'],
    ['2001:db8::1', '2001:db8::'],
    ['::1', '::'],
    ['not an address', null],
  ])('address %p -> %p', (address, expected) => {
    expect(shortenAddress(address)).toBe(expected);
  });
  it.each([
    [undefined, null],
    ['', null],
    ['Mozilla/5.0 (X11)', 'Mozilla/5.0 (X11)'],
    ['a\u0000b\nc', 'abc'],
    ['x'.repeat(300), 'x'.repeat(200)],
  ])('user agent %p -> %p', (agent, expected) => {
    expect(shortenUserAgent(agent)).toBe(expected);
  });
});

describe('times', () => {
  it('ends SESSION_MAX_HOURS after its start', () => {
    expect(sessionExpiry(new Date('2026-06-15T08:00:00Z'), 8)).toEqual(new Date('2026-06-15T16:00:00Z'));
  });
  it.each([
    [30, 1800],
    [1, 60],
  ])('idle %p minutes is %p seconds', (minutes, seconds) => {
    expect(idleSeconds(minutes)).toBe(seconds);
  });
  it.each([
    ['2026-06-15T08:02:00.900Z', 120],
    ['2026-06-15T07:59:00Z', 0],
  ])('seconds left until %p', (until, expected) => {
    expect(secondsLeft(new Date(until), new Date('2026-06-15T08:00:00Z'))).toBe(expected);
  });
});

describe('mayEndSessionsOf', () => {
  const admin = { userId: 1, role: Role.ADMIN };
  const regisseur = { userId: 2, role: Role.REGISSEUR };
  const analyst = { userId: 3, role: Role.ANALYST };
  it.each([
    [analyst, { id: 3, role: Role.ANALYST }, true],
    [analyst, { id: 2, role: Role.REGISSEUR }, false],
    [regisseur, { id: 3, role: Role.ANALYST }, true],
    [regisseur, { id: 1, role: Role.ADMIN }, false],
    [regisseur, { id: 2, role: Role.REGISSEUR }, true],
    [admin, { id: 1, role: Role.ADMIN }, true],
    [admin, { id: 9, role: Role.ADMIN }, true],
    [{ userId: 4, role: Role.PROVIDER_REP }, { id: 5, role: Role.PROVIDER_REP }, false],
  ])('%p may end the sessions of %p: %p', (viewer, target, expected) => {
    expect(mayEndSessionsOf(viewer, target)).toBe(expected);
  });
});
