import type { Actor, FinishHook, FinishWrite } from '../../../db/request-db';
import { noteArrangementReads } from '../access-log';

/** A request's connection as the access log uses it: who acts, its finish hooks, and the statements they ask to write. */
function fakeDb(role: string) {
  const hooks: FinishHook[] = [];
  const statements: FinishWrite[] = [];
  const actor: Actor = { userId: 7, role, providerId: role === 'PROVIDER_REP' ? 3 : null, municipalityId: 1, requestId: 'req-1' };
  const db = {
    actor,
    onFinish: (hook: FinishHook) => {
      hooks.push(hook);
    },
  };
  const finish = (): void => {
    for (const hook of hooks) {
      const write = hook();
      if (write !== null) statements.push(write);
    }
  };
  return { db, hooks, statements, finish };
}

/** NEN 7513: which reads of client records are logged, and what is written, when the request finishes. */
describe('access log (NEN 7513)', () => {
  it("writes a provider representative's reads once per record, when the request finishes", () => {
    const { db, hooks, statements, finish } = fakeDb('PROVIDER_REP');
    noteArrangementReads(db, [11, 12]);
    noteArrangementReads(db, [12, 13]);
    expect(hooks).toHaveLength(1);
    expect(statements).toHaveLength(0);
    finish();
    expect(statements).toHaveLength(1);
    expect(statements[0]!.text).toMatch(/^INSERT INTO access_log/);
    expect(statements[0]!.params).toEqual([1, 7, 'PROVIDER_REP', 3, 'req-1', [11, 12, 13]]);
  });

  it.each(['REGISSEUR', 'ANALYST', 'ADMIN'])("does not log the reads of a %s (not their own clients' records)", (role) => {
    const { db, hooks, statements, finish } = fakeDb(role);
    noteArrangementReads(db, [11]);
    finish();
    expect(hooks).toHaveLength(0);
    expect(statements).toHaveLength(0);
  });

  it('writes nothing when nothing was read', () => {
    const { db, statements, finish } = fakeDb('PROVIDER_REP');
    noteArrangementReads(db, []);
    finish();
    expect(statements).toHaveLength(0);
  });
});
