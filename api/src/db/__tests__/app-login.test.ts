import { appLoginUrl, sessionProblem } from '../app-login';

describe('the application role login', () => {
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
