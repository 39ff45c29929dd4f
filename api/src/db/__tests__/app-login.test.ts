import { appLoginUrl, derivedAppPassword, scramVerifier, sessionProblem } from '../app-login';

describe('the application role login', () => {
  it('on a shared database, every process with the same JWT_SECRET derives the same printable password', () => {
    const secret = 'a-jwt-secret-shared-by-every-replica-of-the-api';
    expect(derivedAppPassword(secret)).toBe(derivedAppPassword(secret));
    expect(derivedAppPassword(secret)).not.toBe(derivedAppPassword(`${secret}!`));
    expect(derivedAppPassword(secret)).toMatch(/^[\x21-\x7e]{40,}$/);
  });

  it('replaces only user and password of the owner URL', () => {
    expect(appLoginUrl('postgres://owner:secret@db.example:5433/regiekamer?sslmode=require', 'p@ss/w%rd')).toBe(
      'postgres://regiekamer_app:p%40ss%2Fw%25rd@db.example:5433/regiekamer?sslmode=require',
    );
  });

  const fine = { sessionUser: 'regiekamer_app', superuser: false, bypassRls: false, canBecomePrivileged: false, ownsTables: false };
  it.each([
    [fine, null],
    [{ ...fine, sessionUser: 'postgres', superuser: true }, /superuser postgres/],
    [{ ...fine, bypassRls: true }, /bypasses row-level security/],
    [{ ...fine, canBecomePrivileged: true }, /SET ROLE/],
    [{ ...fine, ownsTables: true }, /owns the tables/],
    [undefined, /not found/],
  ])('session %j: %s', (facts, expected) => {
    const problem = sessionProblem(facts);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('scramVerifier', () => {
  // RFC 7677's example: password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 iterations, whose StoredKey is known.
  // That PostgreSQL accepts the whole verifier is shown by every start that gives the role its login (failures.test.ts).
  it('has the StoredKey of the RFC 7677 example, in the form PostgreSQL stores', () => {
    const verifier = scramVerifier('pencil', Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64'));
    expect(verifier).toMatch(/^SCRAM-SHA-256\$4096:W22ZaJ0SNY7soEsUEjb6gQ==\$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:[A-Za-z0-9+/]{43}=$/);
  });

  it.each(['with space', 'ünïcode', ''])('refuses %j', (password) => {
    expect(() => scramVerifier(password)).toThrow(/printable ASCII/);
  });
});
