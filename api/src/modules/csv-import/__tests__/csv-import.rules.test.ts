import { ImportKind } from '../csv-import.entity';
import {
  arrangementOfLine,
  columnOfField,
  parseCsv,
  parseDate,
  parseDecimal,
  parseEuros,
  referenceOf,
  reportOfLine,
  separatorOf,
  template,
} from '../csv-import.rules';

describe('cells', () => {
  it.each([
    ['06-01-2026', '2026-01-06'],
    ['6-1-2026', '2026-01-06'],
    ['2026-01-06', '2026-01-06'],
    ['31-02-2026', null],
    ['2026-13-01', null],
    ['06/01/2026', null],
    ['gisteren', null],
  ])('date %j is %j', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['10', 10],
    ['1.234,5', 1234.5],
    ['-1', -1],
    ['2,5,1', null],
    ['twee', null],
    ['', null],
  ])('number %j is %j', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each([
    ['1.250,00', 125000],
    ['1250', 125000],
    ['€ 12,5', 1250],
    ['12.34', 1234],
    ['0,01', 1],
    ['1.250', null],
    ['12,345', null],
    ['veel', null],
  ])('amount %j is %j cents', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  it.each([
    ['input.requestedOn', 'aanvraagdatum'],
    ['input.goals.2', 'doelen'],
    ['arrangementId', 'kenmerk_arrangement'],
    ['input.hoursDelivered', 'uren'],
    ['version', null],
    [null, null],
  ])('field %j is column %j', (field, column) => {
    expect(columnOfField(field)).toBe(column);
  });
});

describe('parseCsv', () => {
  const head = 'kenmerk;clientsleutel;productcategorie;vorm;aanvraagdatum;startdatum;uren_per_week;geplande_kosten';

  it('reads semicolon files with a BOM and comma files, numbering lines from the header as line 1', () => {
    const semi = parseCsv(
      ImportKind.ARRANGEMENTS,
      `\uFEFF${head}\r\nA-1;K-1;begeleiding;individueel;06-01-2026;;2,5;100\r\n\r\nA-2;K-2;dagbesteding;groep;2026-01-07;;1;50\r\n`,
    );
    expect(semi.ok && semi.lines.map((l) => [l.line, l.cells.kenmerk, l.cells.uren_per_week])).toEqual([
      [2, 'A-1', '2,5'],
      [4, 'A-2', '1'],
    ]);
    const comma = parseCsv(ImportKind.ARRANGEMENTS, `${head.replace(/;/g, ',')}\nA-1,K-1,begeleiding,individueel,06-01-2026,,"2,5",100\n`);
    expect(comma.ok && comma.lines[0]!.cells.uren_per_week).toBe('2,5');
    expect(separatorOf('a,b;c\n1')).toBe(';');
  });

  it.each([
    ['', 'The file is empty.'],
    [`${head};leeftijd\nA`, 'Unknown column "leeftijd".'],
    ['kenmerk;clientsleutel\nA;B', 'The column "productcategorie" is missing.'],
    [`${head}\n`, 'The file has no lines below its header.'],
    [`${head}\n"A;B`, 'The file is not valid CSV.'],
  ])('refuses the file %j: %s', (text, message) => {
    const parsed = parseCsv(ImportKind.ARRANGEMENTS, text);
    expect(parsed.ok ? null : parsed.problem.message).toBe(message);
  });
});

describe('lines as service inputs', () => {
  const cells = (c: Record<string, string>) => ({ line: 2, cells: c });

  it('reads an arrangement line, with Dutch names of the category and form and goals split on |', () => {
    const { input, problems } = arrangementOfLine(
      cells({
        clientsleutel: 'K-1',
        productcategorie: 'Groepsgerichte ondersteuning',
        vorm: 'gemengd',
        aanvraagdatum: '06-01-2026',
        startdatum: '',
        uren_per_week: '2,5',
        geplande_kosten: '1.250,00',
        doelen: 'Wonen| Werk |',
      }),
    );
    expect(problems).toEqual([]);
    expect(input).toEqual({
      clientKey: 'K-1',
      productCategory: 'GROEPSGERICHTE_ONDERSTEUNING',
      form: 'MIXED',
      requestedOn: '2026-01-06',
      startsOn: null,
      hoursPerWeek: 2.5,
      plannedCostCents: 125000,
      goals: ['Wonen', 'Werk'],
    });
  });

  it('names the column of every cell it cannot read', () => {
    const { input, problems } = arrangementOfLine(
      cells({ clientsleutel: '', productcategorie: 'zorg', vorm: 'groep', aanvraagdatum: '2026/01/06', uren_per_week: 'x', geplande_kosten: '1' }),
    );
    expect(input).toBeNull();
    expect(problems.map((p) => p.column)).toEqual(['clientsleutel', 'productcategorie', 'aanvraagdatum', 'uren_per_week']);
  });

  it('reads a report line', () => {
    expect(
      reportOfLine(cells({ kenmerk_arrangement: 'A-1', periode_start: '01-01-2026', periode_eind: '31-01-2026', uren: '10,5', kosten: '525' })),
    ).toEqual({
      arrangementRef: 'A-1',
      input: { periodStart: '2026-01-01', periodEnd: '2026-01-31', hoursDelivered: 10.5, costCents: 52500, remarks: null },
      problems: [],
    });
  });

  it('refuses an empty, too long or repeated kenmerk', () => {
    const seen = new Set<string>();
    expect(referenceOf(cells({ kenmerk: 'A' }), seen)).toEqual({ ref: 'A', problem: null });
    expect(referenceOf(cells({ kenmerk: 'A' }), seen).problem?.code).toBe('DUPLICATE');
    expect(referenceOf(cells({ kenmerk: '' }), seen).problem?.column).toBe('kenmerk');
    expect(referenceOf(cells({ kenmerk: 'x'.repeat(101) }), seen).problem?.message).toBe('Must be at most 100 characters.');
  });

  it('gives a template per kind that its own parser reads', () => {
    for (const kind of [ImportKind.ARRANGEMENTS, ImportKind.REPORTS]) {
      const parsed = parseCsv(kind, template(kind));
      expect(parsed.ok && parsed.lines).toHaveLength(1);
    }
  });
});
