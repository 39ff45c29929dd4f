import { OUTCOME_INDICATOR_TEXTS } from '@regiekamer/texts';
import type { AttentionQuery } from '../../gql/graphql';
import { formatDate, formatPercent } from '../../lib/format';

/** `2026-05-31` → `mei 2026` (nl-NL, whatever the browser's language). */
const MONTH_LONG = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthOf = (date: string) => MONTH_LONG.format(new Date(`${date}T00:00:00Z`));

export type AttentionItem = AttentionQuery['attention'][number];

const STEP: Record<string, string> = {
  PERSPECTIVES: 'de standpunten zijn te laat',
  POLICY_MEETING: 'het besluit in het beleidsoverleg is te laat',
  FEEDBACK: 'de terugkoppeling aan bewoners is te laat',
};
const BUDGET: Record<string, string> = {
  BUDGET_EXCEEDED: 'het budget is op',
  BUDGET_NEARLY_USED: 'het budget is bijna op',
  BUDGET_AHEAD_OF_PACE: 'de uitgaven lopen voor op het jaar',
};
export const SEVERITY_LABELS: Record<string, string> = { URGENT: 'Dringend', WARNING: 'Let op', INFO: 'Ter info' };

/** An outcome figure or threshold: a percentage for the rates, days over the norm for the medians. */
function outcomeValue(reason: string, v: number | null): string {
  if (reason.endsWith('_RATE')) return formatPercent(v);
  const days = Math.round(v ?? 0);
  return `${String(days)} ${days === 1 ? 'dag' : 'dagen'} boven de norm`;
}

const late = (i: AttentionItem) => (i.daysLate ? ` (${i.daysLate} ${i.daysLate === 1 ? 'dag' : 'dagen'} te laat)` : '');

/** What the item is about, in one Dutch sentence for the list. */
export function attentionText(i: AttentionItem): string {
  switch (i.kind) {
    case 'PROPOSAL_OVERDUE':
      return `Voorstel “${i.title}”: ${STEP[i.reason] ?? 'een stap is te laat'}${late(i)}`;
    case 'CONVENANT_UNSIGNED':
      return `${i.title}: ${i.provider ? i.provider.name : 'de gemeente'} heeft nog niet getekend${i.dueOn ? ` (ingang ${formatDate(i.dueOn)})` : ''}`;
    case 'ACTION_OVERDUE':
      return `Actie “${i.title}”: moest klaar zijn op ${formatDate(i.dueOn)}${late(i)}`;
    case 'BUDGET_USE':
      return `${i.provider ? `Jaarplan ${i.title}` : i.title}: ${BUDGET[i.reason] ?? 'let op het budget'} (${formatPercent(i.ratio)} gebruikt)`;
    case 'REPORTS_MISSING':
      return `${i.title}: ${i.count ?? 0} ${i.count === 1 ? 'lopend arrangement' : 'lopende arrangementen'} zonder rapportage over ${i.dueOn ? monthOf(i.dueOn) : 'vorige maand'}`;
    case 'COUNCIL_CHECK_OVERDUE':
      return `Voorstel “${i.title}”: de toets van de cliëntenraad is te laat${late(i)}`;
    case 'WAITING_OVER_NORM':
      return `${i.title}: ${i.count ?? 0} ${i.count === 1 ? 'aanvraag wacht' : 'aanvragen wachten'} langer dan de wachtnorm${late(i)}`;
    case 'OUTCOME_THRESHOLD_CROSSED':
      return `${i.title}: ${(OUTCOME_INDICATOR_TEXTS as Record<string, string | undefined>)[i.reason] ?? i.reason} is ${outcomeValue(i.reason, i.figure)}, boven de drempel van ${outcomeValue(i.reason, i.threshold)} (laatste twaalf maanden, ${String(i.count ?? 0)} ${i.count === 1 ? 'geval' : 'gevallen'})`;
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
