import {
  formatText,
  HOME_ATTENTION_BUDGET_TEXTS,
  HOME_ATTENTION_SEVERITY_TEXTS,
  HOME_ATTENTION_STEP_TEXTS,
  HOME_ATTENTION_TEXTS as T,
  OUTCOME_INDICATOR_TEXTS,
} from '@regiekamer/texts';
import type { AttentionQuery } from '../../gql/graphql';
import { formatDate, formatPercent } from '../../lib/format';

/** `2026-05-31` → `mei 2026` (nl-NL, whatever the browser's language). */
const MONTH_LONG = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthOf = (date: string) => MONTH_LONG.format(new Date(`${date}T00:00:00Z`));

export type AttentionItem = AttentionQuery['attention'][number];

const STEP: Record<string, string> = HOME_ATTENTION_STEP_TEXTS;
const BUDGET: Record<string, string> = HOME_ATTENTION_BUDGET_TEXTS;
export const SEVERITY_LABELS: Record<string, string> = HOME_ATTENTION_SEVERITY_TEXTS;

/** An outcome figure or threshold: a percentage for the rates, days over the norm for the medians. */
function outcomeValue(reason: string, v: number | null): string {
  if (reason.endsWith('_RATE')) return formatPercent(v);
  const days = Math.round(v ?? 0);
  return formatText(days === 1 ? T.daysOverNormOne : T.daysOverNormMany, { days: String(days) });
}

const late = (i: AttentionItem) => (i.daysLate ? formatText(i.daysLate === 1 ? T.lateOne : T.lateMany, { days: String(i.daysLate) }) : '');

/** What the item is about, in one Dutch sentence for the list. */
export function attentionText(i: AttentionItem): string {
  switch (i.kind) {
    case 'PROPOSAL_OVERDUE':
      return formatText(T.proposalOverdue, { title: i.title, step: STEP[i.reason] ?? T.stepLate, late: late(i) });
    case 'CONVENANT_UNSIGNED':
      return formatText(T.convenantUnsigned, {
        title: i.title,
        party: i.provider ? i.provider.name : T.municipality,
        startsOn: i.dueOn ? formatText(T.startsOn, { date: formatDate(i.dueOn) }) : '',
      });
    case 'ACTION_OVERDUE':
      return formatText(T.actionOverdue, { title: i.title, dueOn: formatDate(i.dueOn), late: late(i) });
    case 'BUDGET_USE':
      return formatText(T.budgetUse, {
        subject: i.provider ? formatText(T.annualPlan, { title: i.title }) : i.title,
        what: BUDGET[i.reason] ?? T.budgetAttention,
        percent: formatPercent(i.ratio),
      });
    case 'REPORTS_MISSING':
      return formatText(i.count === 1 ? T.reportsMissingOne : T.reportsMissingMany, {
        title: i.title,
        count: String(i.count ?? 0),
        month: i.dueOn ? monthOf(i.dueOn) : T.lastMonth,
      });
    case 'COUNCIL_CHECK_OVERDUE':
      return formatText(T.councilCheckOverdue, { title: i.title, late: late(i) });
    case 'WAITING_OVER_NORM':
      return formatText(i.count === 1 ? T.waitingOne : T.waitingMany, { title: i.title, count: String(i.count ?? 0), late: late(i) });
    case 'OUTCOME_THRESHOLD_CROSSED':
      return formatText(i.count === 1 ? T.outcomeOne : T.outcomeMany, {
        title: i.title,
        indicator: (OUTCOME_INDICATOR_TEXTS as Record<string, string | undefined>)[i.reason] ?? i.reason,
        figure: outcomeValue(i.reason, i.figure),
        threshold: outcomeValue(i.reason, i.threshold),
        count: String(i.count ?? 0),
      });
    default:
      return i.title;
  }
}

/** Where the item's object is shown; null when no page of this client shows it to this role (the text stands alone). */
export function attentionLink(i: AttentionItem, role: string): string | null {
  switch (i.kind) {
    case 'PROPOSAL_OVERDUE':
    case 'COUNCIL_CHECK_OVERDUE':
      return `/voorstellen/${i.subjectId}`;
    case 'CONVENANT_UNSIGNED':
      return '/convenant';
    case 'ACTION_OVERDUE':
      return '/acties?status=OPEN&telaat=ja';
    case 'REPORTS_MISSING':
      return role === 'PROVIDER_REP' ? '/arrangementen?status=ACTIVE' : `/aanbieders/${encodeURIComponent(i.subjectId)}`;
    case 'BUDGET_USE':
      if (role === 'PROVIDER_REP') return null;
      return i.provider ? `/aanbieders/${encodeURIComponent(i.provider.id)}` : '/overzicht';
    case 'WAITING_OVER_NORM':
      // The waiting list names clients one by one: the administrator has no page for it.
      return role === 'REGISSEUR' || role === 'PROVIDER_REP' ? '/wachtlijst' : null;
    case 'OUTCOME_THRESHOLD_CROSSED':
      return `/transformatie?aanbieder=${encodeURIComponent(i.subjectId)}`;
    default:
      return null;
  }
}
