import { ProductCategory } from '../arrangement/arrangement.entity';
import { nestedDifferences, shareAgreeing, SURVEY_QUESTIONS, suppressCells, type HiddenReason, type SuppressionCell } from './survey.rules';
import type { SurveyQuestion } from './survey.types';

/** A row of app_survey_tally: the counts of one provider, category and question (1-based). */
export interface TallyRow {
  providerId: number;
  productCategory: ProductCategory;
  question: number;
  responses: number;
  answered: number;
  agreeing: number;
}

interface Counts {
  responses: number;
  answered: number[];
  agreeing: number[];
}

export interface QuestionFigure {
  question: SurveyQuestion;
  answered: number | null;
  shareAgreeing: number | null;
  hidden: HiddenReason | null;
}

export interface Cell {
  providerId: number | null;
  productCategory: ProductCategory | null;
  responses: number | null;
  hidden: HiddenReason | null;
  questions: QuestionFigure[];
}

export interface Suppression {
  providerId: number | null;
  productCategory: ProductCategory | null;
  total: boolean;
  question: SurveyQuestion | null;
  reason: HiddenReason;
}

export interface ComputedResults {
  total: Cell;
  byProvider: Cell[];
  byCategory: Cell[];
  suppressed: Suppression[];
}

const empty = (): Counts => ({ responses: 0, answered: SURVEY_QUESTIONS.map(() => 0), agreeing: SURVEY_QUESTIONS.map(() => 0) });

/** Adds the tally rows up per key; `responses` comes once per (provider, category), on its first question's row. */
function sum(rows: readonly TallyRow[], keyOf: (r: TallyRow) => string): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const r of rows) {
    const key = keyOf(r);
    const c = out.get(key) ?? empty();
    if (r.question === 1) c.responses += r.responses;
    c.answered[r.question - 1] = (c.answered[r.question - 1] ?? 0) + r.answered;
    c.agreeing[r.question - 1] = (c.agreeing[r.question - 1] ?? 0) + r.agreeing;
    out.set(key, c);
  }
  return out;
}

/** The hidden cells of one dimension, whole and per question, and whether its total must go. */
interface DimensionPattern {
  cells: Map<string, HiddenReason>;
  questions: Map<string, HiddenReason>[];
  marginHidden: boolean;
  questionMarginHidden: boolean[];
}

function pattern(
  counts: Map<string, Counts>,
  threshold: number,
  extra: (n: (c: Counts) => number, question: number | null) => ReadonlySet<string>,
): DimensionPattern {
  const cellsOf = (n: (c: Counts) => number): SuppressionCell[] => [...counts].map(([key, c]) => ({ key, n: n(c) }));
  const whole = suppressCells(
    cellsOf((c) => c.responses),
    threshold,
    extra((c) => c.responses, null),
  );
  const questions = SURVEY_QUESTIONS.map((_, i) => {
    const n = (c: Counts) => c.answered[i] ?? 0;
    // A cell hidden whole is hidden for each question too, and counts among the hidden cells there.
    return suppressCells(cellsOf(n), threshold, new Set([...whole.hidden.keys(), ...extra(n, i)]));
  });
  return {
    cells: whole.hidden,
    questions: questions.map((q) => q.hidden),
    marginHidden: whole.marginHidden,
    questionMarginHidden: questions.map((q) => q.marginHidden),
  };
}

function cellOf(
  c: Counts,
  where: { providerId: number | null; productCategory: ProductCategory | null },
  hidden: HiddenReason | null,
  questionHidden: (i: number) => HiddenReason | null,
): Cell {
  return {
    ...where,
    responses: hidden ? null : c.responses,
    hidden,
    questions: SURVEY_QUESTIONS.map((question, i) => {
      const h = hidden ?? questionHidden(i);
      const answered = c.answered[i] ?? 0;
      return { question, answered: h ? null : answered, shareAgreeing: h ? null : shareAgreeing(c.agreeing[i] ?? 0, answered), hidden: h };
    }),
  };
}

/**
 * The results of a year from the tally: per provider, per category and in total, with the cells below the threshold
 * hidden, the secondary cells that protect them against the total, and the category cells that a provider cell would
 * give away by difference (docs/disclosure-control.md, "The client experience survey").
 */
export function computeResults(unordered: readonly TallyRow[], threshold: number): ComputedResults {
  // In a fixed order (provider, category): the cells, the tie-breaks and `suppressed` come out the same every time.
  const rows = [...unordered].sort(
    (a, b) => a.providerId - b.providerId || a.productCategory.localeCompare(b.productCategory) || a.question - b.question,
  );
  const byProvider = sum(rows, (r) => String(r.providerId));
  const byCategory = sum(rows, (r) => r.productCategory);
  const categoryOf = new Map(rows.map((r) => [r.productCategory as string, r.productCategory]));
  const cross = sum(rows, (r) => `${r.providerId}|${r.productCategory}`);
  const crossCells = (n: (c: Counts) => number) =>
    [...cross].map(([key, c]) => {
      const [provider = '', category = ''] = key.split('|');
      return { provider, category, n: n(c) };
    });
  const cellsOf = (m: Map<string, Counts>, n: (c: Counts) => number) => [...m].map(([key, c]) => ({ key, n: n(c) }));
  const providers = pattern(byProvider, threshold, () => new Set());
  // Only a shown provider cell can be subtracted from a category.
  const shownProviders = (n: (c: Counts) => number, question: number | null) => {
    const hidden = question === null ? providers.cells : new Set([...providers.cells.keys(), ...(providers.questions[question]?.keys() ?? [])]);
    return cellsOf(byProvider, n).filter((c) => !hidden.has(c.key));
  };
  const categories = pattern(byCategory, threshold, (n, question) =>
    nestedDifferences(shownProviders(n, question), cellsOf(byCategory, n), crossCells(n), threshold),
  );
  const all = sum(rows, () => 'total').get('total') ?? empty();
  const totalHidden: HiddenReason | null =
    providers.marginHidden || categories.marginHidden ? (all.responses > 0 && all.responses < threshold ? 'BELOW_THRESHOLD' : 'MARGIN') : null;
  const total = cellOf(all, { providerId: null, productCategory: null }, totalHidden, (i) =>
    providers.questionMarginHidden[i] || categories.questionMarginHidden[i]
      ? (all.answered[i] ?? 0) < threshold
        ? 'BELOW_THRESHOLD'
        : 'MARGIN'
      : null,
  );
  const providerCells = [...byProvider].map(([key, c]) =>
    cellOf(c, { providerId: Number(key), productCategory: null }, providers.cells.get(key) ?? null, (i) => providers.questions[i]?.get(key) ?? null),
  );
  const categoryCells = [...byCategory].map(([key, c]) =>
    cellOf(
      c,
      { providerId: null, productCategory: categoryOf.get(key) ?? null },
      categories.cells.get(key) ?? null,
      (i) => categories.questions[i]?.get(key) ?? null,
    ),
  );
  return {
    total: { ...total },
    byProvider: providerCells,
    byCategory: categoryCells,
    suppressed: suppressionsOf([total, ...providerCells, ...categoryCells]),
  };
}

/** Every hidden figure, named: a whole cell once, otherwise each hidden question of a shown cell. */
function suppressionsOf(cells: readonly Cell[]): Suppression[] {
  const out: Suppression[] = [];
  for (const c of cells) {
    const where = { providerId: c.providerId, productCategory: c.productCategory, total: c.providerId === null && c.productCategory === null };
    if (c.hidden) out.push({ ...where, question: null, reason: c.hidden });
    else for (const q of c.questions) if (q.hidden) out.push({ ...where, question: q.question, reason: q.hidden });
  }
  return out;
}
