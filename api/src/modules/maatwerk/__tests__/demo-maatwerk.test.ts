import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maatwerkHistory } from '../../../../../seeds/demo-maatwerk';
import { parseMaatwerkCsv, planImport } from '../maatwerk.rules';

const average = (rows: { clients: number }[]) => rows.reduce((s, r) => s + r.clients, 0) / rows.length;

describe('the demo maatwerk history', () => {
  const rows = maatwerkHistory('2026-11-29', '2024-11-01', 1);
  const of = (year: string, provision: string) => rows.filter((r) => r.month.startsWith(year) && r.provision === provision);

  it('runs from January four years back to the last whole month, every provision every month', () => {
    expect(rows[0]?.month).toBe('2022-01-01');
    expect(rows.at(-1)?.month).toBe('2026-10-01');
    expect(rows).toHaveLength(58 * 8);
  });

  it('declines begeleiding individueel and groep after the algemene voorziening starts; the other provisions stay', () => {
    for (const provision of ['BEGELEIDING_INDIVIDUEEL', 'BEGELEIDING_GROEP']) {
      expect(average(of('2026', provision))).toBeLessThan(0.5 * average(of('2023', provision)));
    }
    for (const provision of ['DAGBESTEDING', 'HUISHOUDELIJKE_ONDERSTEUNING', 'VERVOER']) {
      expect(average(of('2026', provision)) / average(of('2023', provision))).toBeGreaterThan(0.9);
    }
  });

  it('is deterministic and scales its counts', () => {
    expect(maatwerkHistory('2026-11-29', '2024-11-01', 1)).toEqual(rows);
    const ten = maatwerkHistory('2026-11-29', '2024-11-01', 10);
    expect(ten).toHaveLength(rows.length);
    expect(average(ten) / average(rows)).toBeGreaterThan(9);
  });

  it('has an example file (seeds/maatwerk-voorbeeld.csv) that imports without a refused line', () => {
    const parsed = parseMaatwerkCsv(readFileSync(join(__dirname, '../../../../../seeds/maatwerk-voorbeeld.csv'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const plan = planImport(parsed.lines, new Set(), '2026-11-01');
    expect(plan.outcomes.filter((o) => o.result !== 'CREATE')).toEqual([]);
    expect(plan.rows).toHaveLength(96);
  });
});
