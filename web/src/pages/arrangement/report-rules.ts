import type { FieldError } from '../../components/Form';
import type { ArrangementReportInput } from '../../gql/graphql';
import { checkHoursInPeriod, checkLength, checkNotFuture, present, readAmount, readNumber } from '../../lib/checks';
import { addDays, isLocalDate } from '../../lib/format';

export interface ReportValues {
  periodStart: string;
  periodEnd: string;
  hours: string;
  cost: string;
  remarks: string;
}

import { MAX_HOURS_PER_DAY, MAX_REPORT_CENTS, TEXT_MAX, REPORT_RULES_TEXTS as T } from '@regiekamer/texts';

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

/** Dates, signs and lengths checked in the form (the shared first-round checks), so every problem shows at once, in Dutch. */
export function parseReport(v: ReportValues, today: string): { errors: FieldError[]; input: ArrangementReportInput | null } {
  const errors: FieldError[] = [];
  if (!isLocalDate(v.periodStart)) errors.push({ field: 'periodStart', message: T.periodStartMissing });
  if (!isLocalDate(v.periodEnd)) errors.push({ field: 'periodEnd', message: T.periodEndMissing });
  else if (isLocalDate(v.periodStart) && v.periodEnd < v.periodStart) errors.push({ field: 'periodEnd', message: T.periodEndBeforeStart });
  else errors.push(...present(checkNotFuture('periodEnd', v.periodEnd, today, 'periodInFuture')));
  const { value: hours, error: hoursError } = readNumber('hoursDelivered', v.hours, {
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    hours: true,
    notANumber: T.hoursNotANumber,
  });
  if (hoursError) errors.push(hoursError);
  else if (hours !== null && isLocalDate(v.periodStart) && isLocalDate(v.periodEnd) && v.periodEnd >= v.periodStart) {
    const days = Math.round((Date.parse(v.periodEnd) - Date.parse(v.periodStart)) / 86_400_000) + 1;
    errors.push(...present(checkHoursInPeriod('hoursDelivered', hours, days, MAX_HOURS_PER_DAY)));
  }
  const { cents, error: costError } = readAmount('costCents', v.cost, MAX_REPORT_CENTS, T.costNotANumber);
  if (costError) errors.push(costError);
  errors.push(...present(checkLength('remarks', v.remarks.trim(), REMARKS_MAX, T.remarksTooLong)));
  if (errors.length > 0 || hours === null || cents === null) return { errors, input: null };
  const remarks = v.remarks.trim();
  return {
    errors,
    input: { periodStart: v.periodStart, periodEnd: v.periodEnd, hoursDelivered: hours, costCents: cents, remarks: remarks === '' ? null : remarks },
  };
}
