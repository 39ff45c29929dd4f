import { AUDIT_COLUMN_TEXTS, AUDIT_ITEM_FIELD_TEXTS, AUDIT_OPERATION_TEXTS, AUDIT_VALUE_TEXTS as T, formatText } from '@regiekamer/texts';
import {
  ACTION_STATUS_LABELS,
  ANNUAL_PLAN_STATUS_LABELS,
  ARRANGEMENT_FORM_LABELS,
  ARRANGEMENT_STATUS_LABELS,
  CONVENANT_STATUS_LABELS,
  DECISION_OUTCOME_LABELS,
  END_REASON_LABELS,
  FUNDING_STATUS_LABELS,
  GOAL_ATTAINMENT_LABELS,
  OPGAVE_STATUS_LABELS,
  OVERLEG_KIND_LABELS,
  OVERLEG_STATUS_LABELS,
  PRODUCT_CATEGORY_LABELS,
  PROPOSAL_STATUS_LABELS,
  PROVIDER_KIND_LABELS,
  QUARTER_VERDICT_LABELS,
  REVIEW_ATTENDEE_ROLE_LABELS,
} from '../../lib/labels';

/** Database columns of audited tables as the people who read the trail call them. Unknown columns show their own name. */
const COLUMN_LABELS: Record<string, string> = AUDIT_COLUMN_TEXTS;

/** Fields inside stored lists (budget lines, goals, attendees) as their readers call them. */
const ITEM_FIELD_LABELS: Record<string, string> = AUDIT_ITEM_FIELD_TEXTS;

/** Bookkeeping columns that change with every save and tell the reader nothing; references (`…_id`) are shown elsewhere on the page. */
export const HIDDEN_COLUMNS = new Set(['id', 'version', 'sequence', 'updated_at', 'created_at', 'record_key', 'search_vector']);
const hidden = (column: string) => HIDDEN_COLUMNS.has(column) || column.endsWith('_id') || column.endsWith('_tsv');

/** Enum values in Dutch, per column (and per table where the same column name means different things). */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  form: ARRANGEMENT_FORM_LABELS,
  product_category: PRODUCT_CATEGORY_LABELS,
  end_reason: END_REASON_LABELS,
  goal_attainment: GOAL_ATTAINMENT_LABELS,
  'arrangement.status': ARRANGEMENT_STATUS_LABELS,
  'proposal.status': PROPOSAL_STATUS_LABELS,
  'overleg.status': OVERLEG_STATUS_LABELS,
  'overleg.kind': OVERLEG_KIND_LABELS,
  'convenant.status': CONVENANT_STATUS_LABELS,
  'action_item.status': ACTION_STATUS_LABELS,
  'funding_agreement.status': FUNDING_STATUS_LABELS,
  'annual_plan.status': ANNUAL_PLAN_STATUS_LABELS,
  'opgave.status': OPGAVE_STATUS_LABELS,
  'decision.outcome': DECISION_OUTCOME_LABELS,
  'provider.kind': PROVIDER_KIND_LABELS,
  verdict: QUARTER_VERDICT_LABELS,
};

export function enumLabel(table: string, column: string, value: string): string | undefined {
  return (VALUE_LABELS[`${table}.${column}`] ?? VALUE_LABELS[column])?.[value.toUpperCase()];
}

export function columnLabel(column: string): string {
  return COLUMN_LABELS[column] ?? column.replace(/_id$/, '').replace(/_/g, ' ');
}

export const OPERATION_LABELS: Record<string, string> = AUDIT_OPERATION_TEXTS;

/** A stored value in words: money columns end in _cents, lists are joined, empty is a dash. */
export function valueText(
  table: string,
  column: string,
  value: unknown,
  formatMoney: (cents: number) => string,
  formatDate: (d: string) => string,
  formatNumber: (n: number) => string = String,
  formatDateTime: (instant: string) => string = String,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (column.endsWith('_cents') && typeof value === 'number') return formatMoney(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  // A time of day as PostgreSQL stores it (14:00:00): as the clock reads it.
  if (typeof value === 'string' && /^\d{2}:\d{2}:00$/.test(value)) return value.slice(0, 5);
  if (value === '[hidden]') return T.hidden;
  const enumText = typeof value === 'string' ? enumLabel(table, column, value) : undefined;
  if (enumText) return enumText;
  if (typeof value === 'boolean') return value ? T.yes : T.no;
  if (typeof value === 'number' || (typeof value === 'string' && /^-?\d+\.\d+$/.test(value))) return formatNumber(Number(value));
  // A moment (timestamptz as JSON): as the clock read it in the Netherlands.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value);
  if (Array.isArray(value)) return value.map((item) => (isRecord(item) ? itemText(item, formatMoney, formatNumber) : String(item))).join('; ');
  // What is left came from JSON: a plain string, or an object shown as JSON.
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One item of a stored list: its title or name, then its other fields ("Huur (bedrag € 1.200,00)"). */
function itemText(item: Record<string, unknown>, formatMoney: (cents: number) => string, formatNumber: (n: number) => string): string {
  const head = typeof item.title === 'string' ? item.title : typeof item.name === 'string' ? item.name : null;
  const rest = Object.entries(item)
    .filter(([key, v]) => key !== 'title' && key !== 'name' && v !== null && v !== '' && !key.endsWith('Id'))
    .map(([key, v]) => {
      const label = ITEM_FIELD_LABELS[key] ?? key;
      if (key.endsWith('Cents') && typeof v === 'number') return `${label} ${formatMoney(v)}`;
      // Goals are numbered from 1 where people read them, from 0 where they are stored.
      if (key === 'goalIndex' && typeof v === 'number') return formatText(T.goal, { n: String(v + 1) });
      if (key === 'role' && typeof v === 'string') return (REVIEW_ATTENDEE_ROLE_LABELS as Record<string, string | undefined>)[v] ?? v;
      if (typeof v === 'number') return `${label} ${formatNumber(v)}`;
      return typeof v === 'string' ? `${label} ${v}` : `${label} ${JSON.stringify(v)}`;
    });
  if (head === null) return rest.join(', ');
  return rest.length > 0 ? `${head} (${rest.join(', ')})` : head;
}

/** The columns whose value differs between the row before and after (all shown columns for a new row). */
export function changedColumns(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  return [...keys].filter((k) => !hidden(k) && JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]) && !(before === null && empty(after?.[k])));
}
