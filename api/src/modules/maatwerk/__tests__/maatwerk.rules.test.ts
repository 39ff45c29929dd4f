import { cellKey, Measure, perturbCount, perturbMagnitude } from '../../monitor/disclosure.rules';
import { MaatwerkProvision } from '../maatwerk.entity';
import {
  maatwerkFigures,
  maatwerkOfLine,
  maatwerkTemplate,
  MESSAGE_COST,
  MESSAGE_FUTURE,
  MESSAGE_MONTH,
  MESSAGE_PROVISION,
  MESSAGE_TWICE,
  MESSAGE_WHOLE,
  monthsOf,
  parseCost,
  parseMaatwerkCsv,
  parseMonth,
  parseWhole,
  planImport,
  provisionOf,
} from '../maatwerk.rules';

const line = (n: number, cells: Record<string, string>) => ({ line: n, cells });
const NOW = '2026-06-01';

describe('cells', () => {
  it.each([
    ['2026-01', '2026-01-01'],
    ['2026-1', '2026-01-01'],
    ['2025-12', '2025-12-01'],
    [' 2025-12 ', '2025-12-01'],
    ['2026-13', null],
    ['2026-00', null],
    ['01-2026', null],
    ['2026-01-01', null],
    ['januari 2026', null],
    ['1999-12', null],
  ])('month %j is %j', (text, month) => {
    expect(parseMonth(text)).toBe(month);
  });

  it.each([
    ['0', 0],
    ['42', 42],
    ['1000000', 1000000],
    ['1000001', null],
    ['-1', null],
    ['2,5', null],
    ['1.200', null],
    ['', null],
  ])('whole number %j is %j', (text, n) => {
    expect(parseWhole(text)).toBe(n);
  });

  it.each([
    ['61.250,00', 6125000],
    ['61250.5', 6125050],
    ['€ 1250', 125000],
    ['0', 0],
    ['-5,00', null],
    ['1.250', null],
    ['12,345', null],
    ['100000000,01', null],
  ])('cost %j is %j cents', (text, cents) => {
    expect(parseCost(text)).toBe(cents);
  });

  it.each([
    ['begeleiding_individueel', MaatwerkProvision.BEGELEIDING_INDIVIDUEEL],
    ['Begeleiding groep', MaatwerkProvision.BEGELEIDING_GROEP],
    ['KORTDUREND-VERBLIJF', MaatwerkProvision.KORTDUREND_VERBLIJF],
    ['hulpmiddelen_en_wonen', MaatwerkProvision.HULPMIDDELEN_EN_WONEN],
    ['begeleiding', null],
    ['jeugdhulp', null],
  ])('provision %j is %j', (text, provision) => {
    expect(provisionOf(text)).toBe(provision);
  });
});

describe('lines', () => {
  it('reads a complete line, the new clients optional', () => {
    expect(
      maatwerkOfLine(line(2, { maand: '2026-01', voorziening: 'dagbesteding', clienten: '12', kosten: '9.000,00', nieuwe_clienten: '' }), NOW),
    ).toEqual({
      row: { month: '2026-01-01', provision: MaatwerkProvision.DAGBESTEDING, clients: 12, costCents: 900000, newClients: null },
      problems: [],
    });
  });

  it('names every column that is wrong', () => {
    const { row, problems } = maatwerkOfLine(
      line(3, { maand: '2026-13', voorziening: 'jeugdhulp', clienten: '-2', kosten: '1.250', nieuwe_clienten: 'drie' }),
      NOW,
    );
    expect(row).toBeNull();
    expect(problems).toEqual([
      { column: 'maand', code: 'INVALID_INPUT', message: MESSAGE_MONTH },
      { column: 'voorziening', code: 'INVALID_INPUT', message: MESSAGE_PROVISION },
      { column: 'clienten', code: 'INVALID_INPUT', message: MESSAGE_WHOLE },
      { column: 'kosten', code: 'INVALID_INPUT', message: MESSAGE_COST },
      { column: 'nieuwe_clienten', code: 'INVALID_INPUT', message: MESSAGE_WHOLE },
    ]);
  });

  it.each([
    ['2026-06', []],
    ['2026-07', [{ column: 'maand', code: 'INVALID_INPUT', message: MESSAGE_FUTURE }]],
  ])('month %j in June 2026: %j', (maand, problems) => {
    expect(maatwerkOfLine(line(2, { maand, voorziening: 'overig', clienten: '1', kosten: '1' }), NOW).problems).toEqual(problems);
  });

  it('refuses an empty required cell', () => {
    expect(maatwerkOfLine(line(2, { maand: '2026-01', voorziening: 'overig', clienten: '', kosten: '0' }), NOW).problems).toEqual([
      { column: 'clienten', code: 'INVALID_INPUT', message: 'Must not be empty.' },
    ]);
  });
});

describe('the file', () => {
  it('is read by the import parser: semicolons or commas, BOM, Dutch headers', () => {
    const semi = parseMaatwerkCsv('\uFEFFmaand;voorziening;clienten;kosten\r\n2026-01;vervoer;3;450,00\r\n');
    const comma = parseMaatwerkCsv('maand,voorziening,clienten,kosten,nieuwe_clienten\n2026-01,vervoer,3,450.00,1\n');
    expect(semi).toEqual({ ok: true, lines: [line(2, { maand: '2026-01', voorziening: 'vervoer', clienten: '3', kosten: '450,00' })] });
    expect(comma.ok && comma.lines[0]?.cells.kosten).toBe('450.00');
  });

  it.each([
    ['maand;voorziening;kosten\n2026-01;vervoer;1', 'The column "clienten" is missing.'],
    ['maand;voorziening;clienten;kosten;jaar\n2026-01;vervoer;1;1;2026', 'Unknown column "jaar".'],
    ['maand;voorziening;clienten;kosten\n', 'The file has no lines below its header.'],
  ])('refuses a file with the wrong columns or no lines: %j', (text, message) => {
    expect(parseMaatwerkCsv(text)).toMatchObject({ ok: false, problem: { message } });
  });

  it('has a template with a BOM, semicolons and an example line', () => {
    expect(maatwerkTemplate()).toBe('\uFEFFmaand;voorziening;clienten;kosten;nieuwe_clienten\r\n2026-01;begeleiding_individueel;42;61.250,00;3\r\n');
  });
});

describe('planning an import', () => {
  const rowCells = (maand: string, voorziening: string, clienten = '1') => ({ maand, voorziening, clienten, kosten: '10' });
  it.each([
    {
      name: 'a new month is created, a stored month replaced',
      lines: [line(2, rowCells('2026-01', 'vervoer')), line(3, rowCells('2025-12', 'vervoer'))],
      stored: ['2025-12-01'],
      results: ['CREATE', 'REPLACE'],
      months: ['2025-12-01', '2026-01-01'],
    },
    {
      name: 'the same month and provision twice: the second is refused',
      lines: [line(2, rowCells('2026-01', 'vervoer')), line(3, rowCells('2026-1', 'Vervoer', '2'))],
      stored: [],
      results: ['CREATE', 'REFUSED'],
      months: ['2026-01-01'],
    },
    {
      name: 'a broken line is refused, the others still planned',
      lines: [line(2, rowCells('2026-02', 'overig')), line(3, rowCells('2026-02', 'jeugdhulp'))],
      stored: [],
      results: ['CREATE', 'REFUSED'],
      months: ['2026-02-01'],
    },
  ])('$name', ({ lines, stored, results, months }) => {
    const plan = planImport(lines, new Set(stored), NOW);
    expect(plan.outcomes.map((o) => o.result)).toEqual(results);
    expect(monthsOf(plan.rows)).toEqual(months);
  });

  it('names the provision column of a repeated line', () => {
    const plan = planImport(
      [
        line(2, { maand: '2026-01', voorziening: 'vervoer', clienten: '1', kosten: '1' }),
        line(3, { maand: '2026-01', voorziening: 'vervoer', clienten: '1', kosten: '1' }),
      ],
      new Set(),
      NOW,
    );
    expect(plan.outcomes[1]?.problems).toEqual([{ column: 'voorziening', code: 'DUPLICATE', message: MESSAGE_TWICE }]);
  });
});

describe('what a bucket publishes', () => {
  const sums = { monthsLoaded: 3, clientSum: 100, costCents: 3_000_000, newClients: 7, keySum: 123456789 };
  it.each([
    { name: 'the average of the monthly counts, rounded', s: sums, clients: 33 },
    { name: 'over the loaded months only', s: { ...sums, monthsLoaded: 2 }, clients: 50 },
    { name: 'no month loaded: zero', s: { ...sums, monthsLoaded: 0, clientSum: 0 }, clients: 0 },
  ])('the regisseur gets $name', ({ s, clients }) => {
    expect(maatwerkFigures(s, false)).toEqual({ clients, costCents: s.costCents, newClients: 7 });
  });

  it('an analyst gets the cell key method applied to the truth and the sum of the keys', () => {
    expect(maatwerkFigures(sums, true)).toEqual({
      clients: perturbCount(33, cellKey(123456789, Measure.ACTIVE)),
      costCents: perturbMagnitude(3_000_000, 33, cellKey(123456789, Measure.COST)),
      newClients: perturbCount(7, cellKey(123456789, Measure.NEW)),
    });
  });

  it('the same rows give the same noise; a zero stays zero; a small count is never published as zero', () => {
    expect(maatwerkFigures(sums, true)).toEqual(maatwerkFigures({ ...sums }, true));
    expect(maatwerkFigures({ monthsLoaded: 1, clientSum: 0, costCents: 0, newClients: 0, keySum: 5 }, true)).toEqual({
      clients: 0,
      costCents: 0,
      newClients: 0,
    });
    for (let k = 0; k < 50; k++)
      expect(maatwerkFigures({ monthsLoaded: 1, clientSum: 2, costCents: 100, newClients: null, keySum: k * 7919 }, true).clients).toBeGreaterThan(0);
  });
});
