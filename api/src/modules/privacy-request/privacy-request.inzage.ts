import { createHash } from 'node:crypto';
import { formatText, INZAGE_FIELD_TEXTS, INZAGE_ROLE_TEXTS, INZAGE_TEXTS, INZAGE_VALUE_TEXTS } from '@regiekamer/texts';
import { escapeHtml } from '../notification/notification.mail';

/**
 * The inzage document (AVG art. 15): everything held under one client key at one provider, as one printable HTML page
 * in plain Dutch. Pure: the service reads the data, this writes the page. The client key itself is not in it (the
 * regisseur, who hands it to the resident, never sees the key).
 */

type Value = string | number | boolean | null | readonly string[];
type Row = Readonly<Record<string, Value>>;

export interface InzageData {
  providerName: string;
  receivedOn: string;
  reference: string | null;
  dueOn: string;
  compiledAt: Date;
  noDataHeld: boolean;
  arrangements: Row[];
  reports: Row[];
  networkPlans: Row[];
  waiting: Row[];
  surveyCodes: Row[];
  importReferences: Row[];
  /** Changes to the rows above: when, by which role, which table, which operation, the names of the fields changed. */
  audit: { at: Date; role: string | null; tableName: string; operation: string; fields: string[] }[];
  /** Reads of the arrangements (NEN 7513): when, by which role, of which organisation. */
  access: { at: Date; role: string; organisation: string | null; arrangementId: number }[];
}

type TextKey = keyof typeof INZAGE_TEXTS;
type Column = readonly [key: string, heading: TextKey, kind?: 'date' | 'money' | 'value' | 'list' | 'bool'];

const ARRANGEMENT_COLUMNS: readonly Column[] = [
  ['id', 'colRecord'],
  ['productCategory', 'colProduct', 'value'],
  ['form', 'colForm', 'value'],
  ['status', 'colStatus', 'value'],
  ['requestedOn', 'colRequestedOn', 'date'],
  ['startsOn', 'colStartsOn', 'date'],
  ['endedOn', 'colEndedOn', 'date'],
  ['endReason', 'colEndReason', 'value'],
  ['goalAttainment', 'colGoalAttainment', 'value'],
  ['hoursPerWeek', 'colHours'],
  ['plannedCostCents', 'colPlannedCost', 'money'],
  ['realisedCostCents', 'colRealisedCost', 'money'],
  ['goals', 'colGoals', 'list'],
];
const REPORT_COLUMNS: readonly Column[] = [
  ['arrangementId', 'colArrangement'],
  ['periodStart', 'colPeriod', 'date'],
  ['periodEnd', 'colPeriod', 'date'],
  ['entry', 'colEntry', 'value'],
  ['hoursDelivered', 'colHoursDelivered'],
  ['costCents', 'colCost', 'money'],
  ['remarks', 'colRemarks'],
  ['correctionReason', 'colCorrectionReason'],
];
const NETWORK_PLAN_COLUMNS: readonly Column[] = [
  ['arrangementId', 'colArrangement'],
  ['conferenceHeldOn', 'colHeldOn', 'date'],
  ['participantsCount', 'colParticipants'],
  ['coordinator', 'colCoordinator'],
  ['planSummary', 'colSummary'],
  ['decisionsOfNetwork', 'colNetworkDecisions', 'list'],
  ['professionalRole', 'colProfessionalRole'],
];
const WAITING_COLUMNS: readonly Column[] = [
  ['arrangementId', 'colArrangement'],
  ['priority', 'colPriority', 'value'],
  ['note', 'colNote'],
];
const SURVEY_COLUMNS: readonly Column[] = [
  ['arrangementId', 'colArrangement'],
  ['issuedOn', 'colIssuedOn', 'date'],
  ['expiresOn', 'colExpiresOn', 'date'],
  ['used', 'colUsed', 'bool'],
];
const IMPORT_COLUMNS: readonly Column[] = [
  ['recordId', 'colRecord'],
  ['kind', 'colKind', 'value'],
  ['externalRef', 'colExternalRef'],
];

const TABLE_NAMES: Readonly<Record<string, TextKey>> = {
  arrangement: 'tableArrangement',
  arrangement_report: 'tableReport',
  arrangement_network_plan: 'tableNetworkPlan',
  waiting_list_entry: 'tableWaiting',
  survey_code: 'tableSurvey',
};
const OPERATIONS: Readonly<Record<string, TextKey>> = { INSERT: 'created', UPDATE: 'updated', DELETE: 'deleted' };

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const instantFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const moneyFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

export function formatDate(date: string): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

function cell(value: Value, kind: Column[2]): string {
  if (value === null || value === '') return '';
  if (kind === 'list' && Array.isArray(value)) return value.map(String).join('; ');
  if (kind === 'bool') return value ? INZAGE_TEXTS.yes : INZAGE_TEXTS.no;
  if (kind === 'date') return formatDate(String(value));
  if (kind === 'money') return moneyFormat.format(Number(value) / 100);
  if (kind === 'value') return INZAGE_VALUE_TEXTS[String(value)] ?? String(value);
  return typeof value === 'number' ? value.toLocaleString('nl-NL') : String(value);
}

function table(heading: string, columns: readonly Column[], rows: readonly Row[]): string {
  const body =
    rows.length === 0
      ? `<p>${escapeHtml(INZAGE_TEXTS.none)}</p>`
      : `<table><thead><tr>${columns.map(([, h]) => `<th scope="col">${escapeHtml(INZAGE_TEXTS[h])}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${columns.map(([k, , kind]) => `<td>${escapeHtml(cell(r[k] ?? null, kind))}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`;
  return `<section><h2>${escapeHtml(heading)}</h2>${body}</section>`;
}

/** The changed fields by their Dutch names, once each; columns with no name for a resident (ids, links) as "andere gegevens". */
export function fieldNames(fields: readonly string[]): string {
  const names = new Set(fields.map((f) => INZAGE_FIELD_TEXTS[f] ?? INZAGE_FIELD_TEXTS.other));
  return [...names].join(', ');
}

function roleText(role: string | null): string {
  const known: Readonly<Record<string, string | undefined>> = INZAGE_ROLE_TEXTS;
  return (role === null ? undefined : known[role]) ?? INZAGE_ROLE_TEXTS.SYSTEM;
}

const STYLE =
  'body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}' +
  'table{border-collapse:collapse;width:100%;margin-bottom:1rem}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}' +
  'dt{font-weight:bold}@media print{body{margin:0}}';

/** The page's one inline style, allowed by its hash: the page runs no script and loads nothing. */
export const INZAGE_CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export function renderInzage(d: InzageData): string {
  const t = (key: TextKey, values: Record<string, string> = {}) => escapeHtml(formatText(INZAGE_TEXTS[key], values));
  const provider = { provider: d.providerName };
  const head = `<h1>${t('title', provider)}</h1><p>${t('intro', provider)}</p>
<section><h2>${t('requestHeading')}</h2><dl>
<dt>${t('receivedOn')}</dt><dd>${escapeHtml(formatDate(d.receivedOn))}</dd>
${d.reference ? `<dt>${t('reference')}</dt><dd>${escapeHtml(d.reference)}</dd>` : ''}
<dt>${t('dueOn')}</dt><dd>${escapeHtml(formatDate(d.dueOn))}</dd>
<dt>${t('compiledOn')}</dt><dd>${escapeHtml(instantFormat.format(d.compiledAt))}</dd>
</dl><p>${t('keyNote')}</p></section>`;
  const sections = d.noDataHeld
    ? `<p>${t('noData', provider)}</p>`
    : [
        table(INZAGE_TEXTS.arrangementsHeading, ARRANGEMENT_COLUMNS, d.arrangements),
        table(INZAGE_TEXTS.reportsHeading, REPORT_COLUMNS, d.reports),
        table(INZAGE_TEXTS.networkPlansHeading, NETWORK_PLAN_COLUMNS, d.networkPlans),
        table(INZAGE_TEXTS.waitingHeading, WAITING_COLUMNS, d.waiting),
        table(INZAGE_TEXTS.surveyHeading, SURVEY_COLUMNS, d.surveyCodes),
        table(INZAGE_TEXTS.importHeading, IMPORT_COLUMNS, d.importReferences),
        `<section><h2>${t('documentsHeading')}</h2><p>${t('documentsNone')}</p></section>`,
        table(
          INZAGE_TEXTS.auditHeading,
          [
            ['at', 'colAt'],
            ['who', 'colWho'],
            ['what', 'colWhat'],
            ['fields', 'colFields'],
          ],
          d.audit.map((a) => ({
            at: instantFormat.format(a.at),
            who: roleText(a.role),
            what: `${INZAGE_TEXTS[TABLE_NAMES[a.tableName] ?? 'tableArrangement']} ${INZAGE_TEXTS[OPERATIONS[a.operation] ?? 'updated']}`,
            fields: fieldNames(a.fields),
          })),
        ),
        table(
          INZAGE_TEXTS.accessHeading,
          [
            ['at', 'colAt'],
            ['who', 'colWho'],
            ['arrangementId', 'colArrangement'],
          ],
          d.access.map((a) => ({
            at: instantFormat.format(a.at),
            who: a.organisation ? `${roleText(a.role)} (${a.organisation})` : roleText(a.role),
            arrangementId: a.arrangementId,
          })),
        ),
      ].join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${t('title', provider)}</title><style>${STYLE}</style></head>
<body><main>${head}
${sections}
<section><h2>${t('rightsHeading')}</h2><p>${t('rights')}</p></section>
</main></body></html>
`;
}
