import type { FieldError } from '../../components/Form';
import type { ArrangementReportInput } from '../../gql/graphql';
import { addDays, isLocalDate, parseDecimal, parseMoney } from '../../lib/format';

export interface ReportValues {
  periodStart: string;
  periodEnd: string;
  hours: string;
  cost: string;
  remarks: string;
}

import { TEXT_MAX } from '@regiekamer/texts';

/** The API's limit on a report's remarks, from the catalogue of limits the API reads too. */
export const REMARKS_MAX = TEXT_MAX.reportRemarks;

/**
 * The period a new report proposes: the last whole month (the API refuses a period that has not ended yet), from the
 * arrangement's start if it started within it; an arrangement that started this month proposes its start to today.
 */
export function defaultReportPeriod(today: string, startsOn: string | null | undefined): { start: string; end: string } {
  const thisMonth = `${today.slice(0, 8)}01`;
  const end = addDays(thisMonth, -1);
  const start = `${end.slice(0, 8)}01`;
  if (startsOn && startsOn > end) return { start: startsOn < today ? startsOn : today, end: today };
  return { start: startsOn && startsOn > start ? startsOn : start, end };
}

/** Dates, signs and lengths checked in the form, so that every problem shows at once and in Dutch. */
export function parseReport(v: ReportValues, today: string): { errors: FieldError[]; input: ArrangementReportInput | null } {
  const errors: FieldError[] = [];
  if (!isLocalDate(v.periodStart)) errors.push({ field: 'periodStart', message: 'Vul de eerste dag van de periode in.' });
  if (!isLocalDate(v.periodEnd)) errors.push({ field: 'periodEnd', message: 'Vul de laatste dag van de periode in.' });
  else if (isLocalDate(v.periodStart) && v.periodEnd < v.periodStart)
    errors.push({ field: 'periodEnd', message: 'De laatste dag mag niet voor de eerste dag liggen.' });
  else if (v.periodEnd > today) errors.push({ field: 'periodEnd', message: 'De periode mag niet in de toekomst liggen: kies vandaag of eerder.' });
  const hours = parseDecimal(v.hours);
  if (hours === null) errors.push({ field: 'hoursDelivered', message: 'Vul de geleverde uren in als getal, bijvoorbeeld 8,5.' });
  else if (hours < 0) errors.push({ field: 'hoursDelivered', message: 'De geleverde uren moeten 0 of meer zijn.' });
  const cents = parseMoney(v.cost);
  if (cents === null) errors.push({ field: 'costCents', message: 'Vul de kosten in euro in, bijvoorbeeld 412,50.' });
  else if (cents < 0) errors.push({ field: 'costCents', message: 'De kosten moeten 0 of meer zijn.' });
  if (v.remarks.trim().length > REMARKS_MAX)
    errors.push({ field: 'remarks', message: `Gebruik ten hoogste ${REMARKS_MAX.toLocaleString('nl-NL')} tekens (nu ${v.remarks.trim().length}).` });
  if (errors.length > 0 || hours === null || cents === null) return { errors, input: null };
  const remarks = v.remarks.trim();
  return {
    errors,
    input: { periodStart: v.periodStart, periodEnd: v.periodEnd, hoursDelivered: hours, costCents: cents, remarks: remarks === '' ? null : remarks },
  };
}
