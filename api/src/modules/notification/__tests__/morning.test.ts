import type pg from 'pg';
import { silentLogger } from '../../../shared/logger';
import { runMorning, type MorningSource } from '../morning';
import type { WorkerDeps } from '../outbox';

const deps: WorkerDeps = {
  pool: {} as pg.Pool,
  mailer: null,
  mailFrom: 'regiekamer@gemeente.example',
  publicUrl: 'http://localhost',
  maxAttempts: 3,
  logger: silentLogger,
};

describe('runMorning', () => {
  it('runs every source in order for the date, and a failing one does not keep the next from running', async () => {
    const ran: string[] = [];
    const sources: MorningSource[] = [
      { name: 'a', run: (_d, on) => Promise.resolve(void ran.push(`a ${on}`)) },
      { name: 'b', run: () => Promise.reject(new Error('b is down')) },
      { name: 'c', run: (_d, on) => Promise.resolve(void ran.push(`c ${on}`)) },
    ];
    await expect(runMorning(deps, '2026-03-29', sources)).rejects.toThrow('b is down');
    expect(ran).toEqual(['a 2026-03-29', 'c 2026-03-29']);
  });

  it('resolves when every source does', async () => {
    const ran: string[] = [];
    await runMorning(deps, '2026-10-25', [{ name: 'a', run: (_d, on) => Promise.resolve(void ran.push(on)) }]);
    expect(ran).toEqual(['2026-10-25']);
  });
});
