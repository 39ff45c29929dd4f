import 'reflect-metadata';
// The Node types a global id may name are the modules' (`fromGlobalId` refuses others): load the list.
import '../../modules';
import { calendarDateInAmsterdam, systemClock } from '../../clock';
import { decodeIdOf, fromGlobalId, toGlobalId } from '../graphql/global-id';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from '../pagination';
import { Checks } from '../validation';

describe('global ids', () => {
  it('round-trip and refuse anything else', () => {
    const id = toGlobalId('Arrangement', 42);
    expect(fromGlobalId(id)).toEqual({ type: 'Arrangement', id: 42 });
    expect(decodeIdOf('Arrangement', id)).toBe(42);
    expect(decodeIdOf('Provider', id)).toBeNull();
    for (const bad of [
      '',
      'x',
      Buffer.from('Arrangement:0').toString('base64url'),
      Buffer.from('Nope:1').toString('base64url'),
      Buffer.from('Arrangement:1 OR 1=1').toString('base64url'),
    ]) {
      expect(fromGlobalId(bad)).toBeNull();
    }
  });
});

describe('pages', () => {
  it('default to 20, cap at 100 and reject foreign cursors', () => {
    expect(pageWindow({})).toEqual({ limit: 20, afterId: null });
    expect(pageWindow({ first: 100, after: encodeCursor(7) })).toEqual({ limit: 100, afterId: 7 });
    expect(() => pageWindow({ first: 101 })).toThrow(/first/);
    expect(() => pageWindow({ first: -1 })).toThrow(/first/);
    expect(() => pageWindow({ after: toGlobalId('Provider', 1) })).toThrow(/after/);
    expect(decodeCursor('garbage')).toBeNull();
  });

  it('build a connection from limit + 1 rows', async () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const page = toConnection(rows, { limit: 2, afterId: null }, () => Promise.resolve(3));
    expect(page.edges.map((e) => e.node.id)).toEqual([1, 2]);
    const info = (p: typeof page.pageInfo) => [p.hasNextPage, p.hasPreviousPage, p.startCursor, p.endCursor];
    expect(info(page.pageInfo)).toEqual([true, false, encodeCursor(1), encodeCursor(2)]);
    expect(page.edges.map((e) => e.cursor)).toEqual([encodeCursor(1), encodeCursor(2)]);
    expect(await page.totalCount()).toBe(3);
    const last = toConnection(rows.slice(2), { limit: 2, afterId: 2 }, () => Promise.resolve(3));
    expect(info(last.pageInfo)).toEqual([false, true, encodeCursor(3), encodeCursor(3)]);
    expect(info(toConnection([], { limit: 2, afterId: 3 }, () => Promise.resolve(3)).pageInfo)).toEqual([false, true, null, null]);
  });
});

describe('field checks', () => {
  it('collect every problem with the path of its field', () => {
    const checks = new Checks();
    checks.nonEmpty('input.title', '  ');
    checks.nonNegativeInt('input.budgetCents', -5);
    checks.nonNegativeInt('input.other', 1.5);
    checks.notBefore('input.endsOn', '2026-01-01', '2026-02-01', 'before start');
    checks.intRange('input.rung', 6, 1, 5);
    checks.nonNegativeNumber('input.hours', 200, 168);
    expect(checks.problems.map((p) => p.field)).toEqual([
      'input.title',
      'input.budgetCents',
      'input.other',
      'input.endsOn',
      'input.rung',
      'input.hours',
    ]);
    expect(new Checks().ok).toBe(true);
  });
});

describe('calendar dates in Europe/Amsterdam', () => {
  it('are the Dutch date, not the UTC one', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1).
    expect(calendarDateInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // In summer time (UTC+2) 22:30 UTC is the next day too.
    expect(calendarDateInAmsterdam(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(calendarDateInAmsterdam(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it("the system clock's today turns at Amsterdam's midnight, though it formats once a minute", () => {
    jest.useFakeTimers();
    try {
      // One minute before midnight in Amsterdam (UTC+1), then midnight itself, then back: each call reads the time anew.
      for (const [at, today] of [
        ['2026-12-31T22:59:30Z', '2026-12-31'],
        ['2026-12-31T22:59:59Z', '2026-12-31'],
        ['2026-12-31T23:00:00Z', '2027-01-01'],
        ['2026-06-30T21:59:59Z', '2026-06-30'],
        ['2026-06-30T22:00:00Z', '2026-07-01'],
      ] as const) {
        jest.setSystemTime(new Date(at));
        expect(systemClock.today()).toBe(today);
      }
    } finally {
      jest.useRealTimers();
    }
  });
});
