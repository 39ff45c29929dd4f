import {
  CODE_ALPHABET,
  codeExpiresOn,
  hashSurveyCode,
  issueProblem,
  maskText,
  monthsBefore,
  nestedDifferences,
  newSurveyCode,
  normaliseSurveyCode,
  scoresOf,
  shareAgreeing,
  suppressCells,
  surveyCodeState,
  type IssueFacts,
} from '../survey.rules';
import { computeResults, type TallyRow } from '../survey.results';

describe('survey codes: format and check', () => {
  it('draws ten characters of the alphabet without look-alikes, grouped five and five', () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[01IO]/);
    const code = newSurveyCode(Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 31]));
    expect(code).toBe('23456-789AZ');
    for (let i = 0; i < 50; i++) expect(newSurveyCode()).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
  });
  it.each([
    ['23456-789AZ', '23456789AZ'],
    ['23456789az', '23456789AZ'],
    [' 23456 789az ', '23456789AZ'],
    ['23456-789A', null],
    ['23456-789AZZ', null],
    ['O3456-789AZ', null],
    ['13456-789AZ', null],
    ['', null],
  ])('%p is %p', (raw, normalised) => {
    expect(normaliseSurveyCode(raw)).toBe(normalised);
  });
  it('keeps a hash, the same for the same code in any spelling', () => {
    expect(hashSurveyCode('23456789AZ').equals(hashSurveyCode(normaliseSurveyCode('23456-789az') ?? ''))).toBe(true);
    expect(hashSurveyCode('23456789AZ')).toHaveLength(32);
  });
});

describe('survey codes: expiry after 60 days', () => {
  it('expires 60 days after issuing', () => {
    expect(codeExpiresOn('2026-01-01')).toBe('2026-03-02');
  });
  it.each([
    [null, '2026-01-10', 'UNKNOWN'],
    [{ used: false, expiresOn: '2026-03-02' }, '2026-03-01', 'VALID'],
    [{ used: false, expiresOn: '2026-03-02' }, '2026-03-02', 'EXPIRED'],
    [{ used: true, expiresOn: '2026-03-02' }, '2026-01-10', 'USED'],
    [{ used: true, expiresOn: '2026-03-02' }, '2026-04-10', 'USED'],
  ] as const)('%p on %s: %s', (code, today, state) => {
    expect(surveyCodeState(code, today)).toBe(state);
  });
});

describe('survey codes: one per arrangement per 12 months, one after its end', () => {
  const facts = (f: Partial<IssueFacts>): IssueFacts => ({ status: 'ACTIVE', endedOn: null, issuedOn: [], ...f });
  it.each([
    ['never issued, running', facts({}), null],
    ['issued 13 months ago, running', facts({ issuedOn: ['2025-05-14'] }), null],
    ['issued exactly 12 months ago, running', facts({ issuedOn: ['2025-06-15'] }), null],
    ['issued 11 months ago, running', facts({ issuedOn: ['2025-07-15'] }), 'DUPLICATE'],
    ['issued 11 months ago, paused', facts({ status: 'PAUSED', issuedOn: ['2025-07-15'] }), 'DUPLICATE'],
    ['not started', facts({ status: 'REQUESTED' }), 'INVALID_STATE'],
    ['ended, issued while running', facts({ status: 'ENDED', endedOn: '2026-06-01', issuedOn: ['2026-05-01'] }), null],
    ['ended, issued on the day it ended', facts({ status: 'ENDED', endedOn: '2026-06-01', issuedOn: ['2026-06-01'] }), 'DUPLICATE'],
    ['ended, issued after', facts({ status: 'ENDED', endedOn: '2026-06-01', issuedOn: ['2026-06-10'] }), 'DUPLICATE'],
  ] as const)('%s', (_, f, code) => {
    expect(issueProblem(f, '2026-06-15')?.code ?? null).toBe(code);
  });
  it.each([
    ['2026-06-15', 12, '2025-06-15'],
    ['2024-02-29', 12, '2023-02-28'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2026-01-15', 1, '2025-12-15'],
  ])('%s minus %i months: %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });
});

describe('answers', () => {
  it('puts scores in question order, 0 where not answered or "weet ik niet"', () => {
    expect(
      scoresOf(
        [
          { question: 'QUALITY_OF_LIFE', answer: 'STRONGLY_AGREE' },
          { question: 'KNEW_WHERE_TO_GO', answer: 'STRONGLY_DISAGREE' },
          { question: 'QUALITY_GOOD', answer: 'DONT_KNOW' },
        ],
        null,
      ),
    ).toEqual({ scores: [1, 0, 0, 0, 0, 0, 0, 5] });
  });
  it('needs at least one answer (an open answer alone will do)', () => {
    expect(scoresOf([{ question: 'QUALITY_GOOD', answer: 'DONT_KNOW' }], '  ')).toEqual({ problems: [expect.objectContaining({ field: 'input.answers' })] });
    expect(scoresOf([], 'Fijn geholpen')).toEqual({ scores: [0, 0, 0, 0, 0, 0, 0, 0] });
  });
  it('refuses a question answered twice and a too long open answer, naming the field', () => {
    const twice = scoresOf(
      [
        { question: 'QUALITY_GOOD', answer: 'AGREE' },
        { question: 'QUALITY_GOOD', answer: 'NEUTRAL' },
      ],
      'x'.repeat(2001),
    );
    expect('problems' in twice && twice.problems.map((p) => p.field)).toEqual(['input.answers', 'input.openAnswer']);
  });
  it.each([
    [0, 0, null],
    [3, 4, 0.75],
    [0, 10, 0],
  ])('%i agreeing of %i answered: %p', (agreeing, answered, share) => {
    expect(shareAgreeing(agreeing, answered)).toBe(share);
  });
});

describe('suppression: below 10 hidden, and the total cannot give a hidden cell away', () => {
  const cells = (...ns: number[]) => ns.map((n, i) => ({ key: String.fromCharCode(65 + i), n }));
  const hidden = (r: ReturnType<typeof suppressCells>) => Object.fromEntries(r.hidden);
  it('hides nothing when every cell has 10 or more', () => {
    expect(suppressCells(cells(10, 25, 12), 10)).toEqual({ hidden: new Map(), marginHidden: false });
  });
  it('one small cell: the next-smallest is hidden too (secondary), so the total minus the rest gives two cells together', () => {
    const r = suppressCells(cells(4, 25, 12, 30), 10);
    expect(hidden(r)).toEqual({ A: 'BELOW_THRESHOLD', C: 'MARGIN' });
    expect(r.marginHidden).toBe(false);
  });
  it('two small cells that together stay below 10: one more is hidden', () => {
    const r = suppressCells(cells(3, 4, 12, 30), 10);
    expect(hidden(r)).toEqual({ A: 'BELOW_THRESHOLD', B: 'BELOW_THRESHOLD', C: 'MARGIN' });
  });
  it('two small cells of 10 or more together: no secondary cell needed', () => {
    expect(hidden(suppressCells(cells(6, 5, 12, 30), 10))).toEqual({ A: 'BELOW_THRESHOLD', B: 'BELOW_THRESHOLD' });
  });
  it('no cell left to hide: the total goes', () => {
    expect(suppressCells(cells(4, 30), 10).marginHidden).toBe(false);
    expect(suppressCells(cells(4), 10).marginHidden).toBe(true);
    expect(suppressCells(cells(4, 0, 3), 10).marginHidden).toBe(true);
  });
  it('cells without responses hide nothing and are not picked', () => {
    expect(hidden(suppressCells(cells(0, 4, 12, 0, 30), 10))).toEqual({ B: 'BELOW_THRESHOLD', C: 'MARGIN' });
  });
  it('ties are broken by key, so the same data hides the same cells', () => {
    expect(hidden(suppressCells(cells(4, 12, 12), 10))).toEqual({ A: 'BELOW_THRESHOLD', B: 'MARGIN' });
  });
  it('a forced cell counts as hidden (for its margin)', () => {
    expect(hidden(suppressCells(cells(15, 12, 30), 10, new Set(['A'])))).toEqual({ A: 'MARGIN', B: 'MARGIN' });
  });
  it('a category whose answers all come from one provider is hidden when the difference is below 10', () => {
    const providers = [
      { key: '1', n: 15 },
      { key: '2', n: 40 },
    ];
    const categories = [
      { key: 'DAGBESTEDING', n: 12 },
      { key: 'BEGELEIDING', n: 43 },
    ];
    const cross = [
      { provider: '1', category: 'DAGBESTEDING', n: 12 },
      { provider: '1', category: 'BEGELEIDING', n: 3 },
      { provider: '2', category: 'BEGELEIDING', n: 40 },
    ];
    // 15 - 12 = 3 answers of provider 1 outside DAGBESTEDING; 43 - 40 = 3 answers of BEGELEIDING outside provider 2.
    expect(nestedDifferences(providers, categories, cross, 10)).toEqual(new Set(['DAGBESTEDING', 'BEGELEIDING']));
    expect(nestedDifferences(providers, categories, cross.map((c) => ({ ...c })), 20)).toEqual(new Set(['DAGBESTEDING', 'BEGELEIDING']));
    expect(nestedDifferences([{ key: '1', n: 12 }], [{ key: 'DAGBESTEDING', n: 12 }], [cross[0]!], 10)).toEqual(new Set());
  });
});

describe('results from the tally', () => {
  // Provider 1: 12 responses (BEGELEIDING), provider 2: 4 (BEGELEIDING), provider 3: 20 (DAGBESTEDING).
  const tally = (providerId: number, productCategory: TallyRow['productCategory'], responses: number, answered: number, agreeing: number) =>
    [1, 2, 3, 4, 5, 6, 7, 8].map((question) => ({ providerId, productCategory, question, responses, answered, agreeing }));
  const rows = [...tally(1, 'BEGELEIDING' as never, 12, 10, 6), ...tally(2, 'BEGELEIDING' as never, 4, 4, 4), ...tally(3, 'DAGBESTEDING' as never, 20, 20, 15)];
  const r = computeResults(rows, 10);
  it('hides the small provider and the next-smallest, keeps the total', () => {
    expect(r.byProvider.map((c) => [c.providerId, c.responses, c.hidden])).toEqual([
      [1, null, 'MARGIN'],
      [2, null, 'BELOW_THRESHOLD'],
      [3, 20, null],
    ]);
    expect(r.total.responses).toBe(36);
    expect(r.total.questions[0]).toEqual({ question: 'KNEW_WHERE_TO_GO', answered: 34, shareAgreeing: 25 / 34, hidden: null });
  });
  it('categories: BEGELEIDING 16 (two hidden providers, nothing to subtract) and DAGBESTEDING 20', () => {
    expect(r.byCategory.map((c) => [c.productCategory, c.responses, c.hidden])).toEqual([
      ['BEGELEIDING', 16, null],
      // All of DAGBESTEDING is provider 3, and provider 3 is all DAGBESTEDING: the difference is 0, nothing to give away.
      ['DAGBESTEDING', 20, null],
    ]);
    expect(r.byCategory[0]?.questions[0]?.shareAgreeing).toBe(10 / 14);
  });
  it('names every hidden figure once', () => {
    expect(r.suppressed).toEqual([
      { providerId: 1, productCategory: null, total: false, question: null, reason: 'MARGIN' },
      { providerId: 2, productCategory: null, total: false, question: null, reason: 'BELOW_THRESHOLD' },
    ]);
  });
});

describe('masking an open answer', () => {
  it.each([
    ['Mevrouw Jansen van De Brug hielp mij goed', ['Jansen', 'De Brug'], 'Mevrouw [...] van [...] hielp mij goed'],
    ['jansen en JANSEN', ['Jansen'], '[...] en [...]'],
    ['Kosten (€ 5,-) waren te hoog', ['(€ 5,-)'], 'Kosten [...] waren te hoog'],
    ['Niets te maskeren', [], 'Niets te maskeren'],
  ])('%p masking %p', (text, phrases, masked) => {
    expect(maskText(text, phrases)).toEqual({ masked });
  });
  it('refuses a phrase that does not occur, so a typo does not leave a name standing', () => {
    expect(maskText('Mevrouw Jansen', ['Janssen'])).toEqual({ problems: [expect.objectContaining({ field: 'input.phrases' })] });
  });
});
