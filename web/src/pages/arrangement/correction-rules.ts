import { MAX_REPORT_CENTS, TEXT_MAX, CORRECTION_RULES_TEXTS as T } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import type { ArrangementReportCorrectInput } from '../../gql/graphql';
import { checkLength, present, readAmount, readNumber } from '../../lib/checks';

export interface CorrectionValues {
  reason: string;
  hours: string;
  cost: string;
  remarks: string;
}

export const EMPTY_CORRECTION: CorrectionValues = { reason: '', hours: '', cost: '', remarks: '' };

/** A report as the history shows it: what kind of entry, and whether it can still be corrected. */
export interface HistoryEntry {
  entry: 'REPORT' | 'REVERSAL' | 'CORRECTION';
  correctedBy: readonly { id: string }[];
}

/** A report or a correction that stands can be corrected, once; a reversal never. */
export function correctable(r: HistoryEntry): boolean {
  return r.entry !== 'REVERSAL' && r.correctedBy.length === 0;
}

/**
 * The form's first round of checks, in Dutch: a reason, and the right values both or neither (neither only reverses
 * the report). The server checks everything again, the hours per day of the period included.
 */
export function parseCorrection(v: CorrectionValues): { errors: FieldError[]; input: ArrangementReportCorrectInput | null } {
  const errors: FieldError[] = [];
  if (v.reason.trim() === '') errors.push({ field: 'reason', message: T.reasonMissing });
  errors.push(...present(checkLength('reason', v.reason.trim(), TEXT_MAX.reportRemarks, T.reasonTooLong)));
  errors.push(...present(checkLength('remarks', v.remarks.trim(), TEXT_MAX.reportRemarks, T.remarksTooLong)));
  const hoursGiven = v.hours.trim() !== '';
  const costGiven = v.cost.trim() !== '';
  if (hoursGiven !== costGiven) {
    errors.push({ field: hoursGiven ? 'costCents' : 'hoursDelivered', message: T.bothOrNeither });
  }
  let hours: number | null = null;
  let cents: number | null = null;
  if (hoursGiven && costGiven) {
    const h = readNumber('hoursDelivered', v.hours, {
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      hours: true,
      notANumber: T.hoursNotANumber,
    });
    if (h.error) errors.push(h.error);
    hours = h.value;
    const c = readAmount('costCents', v.cost, MAX_REPORT_CENTS, T.costNotANumber);
    if (c.error) errors.push(c.error);
    cents = c.cents;
  }
  if (errors.length > 0) return { errors, input: null };
  const remarks = v.remarks.trim();
  return {
    errors,
    input: { reason: v.reason.trim(), hoursDelivered: hours, costCents: cents, remarks: remarks === '' ? null : remarks },
  };
}
