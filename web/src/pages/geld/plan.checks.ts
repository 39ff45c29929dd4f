import { COUNT_MAX, formatText, PLAN_CHECKS_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import type { AnnualPlanInput } from '../../gql/graphql';
import { formatMoney } from '../../lib/format';
import { checkAmount, checkGoalValue, checkText, FormChecks, MAX_AMOUNT_CENTS } from './checks';

export interface GoalValues {
  title: string;
  indicator: string;
  target: string;
}
export interface LineValues {
  title: string;
  amount: string;
}
export interface PlanValues {
  year: string;
  providerId: string;
  goals: GoalValues[];
  lines: LineValues[];
}

/** The API's limits on a plan: 1 to 30 goals, 1 to 50 budget lines, titles up to 300 characters. */
export const MAX_GOALS = COUNT_MAX.planGoals;
export const MAX_LINES = COUNT_MAX.planBudgetLines;
export const TITLE_MAX = TEXT_MAX.planGoalTitle;

/** Field names of list rows: `goals.0.title` as the API names them, so its refusals land on the same field. */
export const MUNICIPALITY = 'GEMEENTE';

export function checkPlan(v: PlanValues, choosesProvider: boolean): { errors: FieldError[]; input: AnnualPlanInput | null } {
  const checks = new FormChecks();
  if (choosesProvider && !v.providerId) checks.add('providerId', T.chooseProvider);
  const year = Number(v.year);
  if (!/^\d{4}$/.test(v.year.trim()) || year < 2000 || year > 2100) checks.add('year', T.year);
  const goals = v.goals.map((g, i) => {
    checks.add(`goals.${i}.title`, checkText(g.title, TITLE_MAX, formatText(T.goalTitle, { n: String(i + 1) })));
    checks.add(`goals.${i}.indicator`, checkText(g.indicator, TITLE_MAX, formatText(T.goalIndicator, { n: String(i + 1) })));
    const target = checks.value(`goals.${i}.target`, checkGoalValue(g.target));
    return { title: g.title.trim(), indicator: g.indicator.trim(), target: target ?? 0 };
  });
  const budgetLines = v.lines.map((l, i) => {
    checks.add(`budgetLines.${i}.title`, checkText(l.title, TITLE_MAX, formatText(T.lineTitle, { n: String(i + 1) })));
    const cents = checks.value(`budgetLines.${i}.amountCents`, checkAmount(l.amount, { allowZero: true }));
    return { title: l.title.trim(), amountCents: cents ?? 0 };
  });
  if (checks.errors.length === 0 && budgetLines.reduce((s, l) => s + l.amountCents, 0) > MAX_AMOUNT_CENTS) {
    checks.add('budgetLines', formatText(T.linesTooHigh, { max: formatMoney(MAX_AMOUNT_CENTS) }));
  }
  if (checks.errors.length > 0) return { errors: checks.errors, input: null };
  return { errors: [], input: { year, providerId: v.providerId && v.providerId !== MUNICIPALITY ? v.providerId : null, goals, budgetLines } };
}
