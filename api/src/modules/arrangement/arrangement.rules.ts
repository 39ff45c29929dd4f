import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import { ReportEntry } from './arrangement.entity';

/** A report's period and kind: what the rules of reports read. */
export interface ReportPeriod {
  periodStart: string;
  periodEnd: string;
}

/** A report as the rules of correction read it. */
export interface CorrectableReport extends ReportPeriod {
  entry: ReportEntry;
  hoursDelivered: number;
  costCents: number;
}

/**
 * Whether a new report of an arrangement may have this period, next to its reports (REPORT entries; counter-entries share
 * the period they correct and do not count): the same period again is DUPLICATE, any day in common PERIOD_OVERLAP, as the
 * exclusion constraint `arrangement_report_period_overlap` says too (the same cost would otherwise count twice).
 */
export function reportPeriodProblem(reports: readonly ReportPeriod[], period: ReportPeriod): Problem | null {
  const overlapping = reports.filter((r) => r.periodStart <= period.periodEnd && r.periodEnd >= period.periodStart);
  if (overlapping.length === 0) return null;
  if (overlapping.some((r) => r.periodStart === period.periodStart && r.periodEnd === period.periodEnd)) {
    return problem(ErrorCode.DUPLICATE, 'A report for exactly this period already exists.', 'input.periodStart');
  }
  const [o] = [...overlapping].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  return problem(
    ErrorCode.PERIOD_OVERLAP,
    `The period overlaps the report of ${o?.periodStart ?? ''} to ${o?.periodEnd ?? ''}.`,
    'input.periodStart',
  );
}

/**
 * Whether a report can be corrected: a REPORT or a CORRECTION (its right values can be wrong too), never a REVERSAL, and
 * each only once (`arrangement_report_correction_key` guards that too).
 */
export function correctionProblem(report: CorrectableReport, alreadyCorrected: boolean): Problem | null {
  if (report.entry === ReportEntry.REVERSAL) {
    return problem(ErrorCode.INVALID_STATE, 'A reversal cannot be corrected; correct the report it reverses.', 'reportId');
  }
  if (alreadyCorrected) return problem(ErrorCode.INVALID_STATE, 'This report has been corrected already.', 'reportId');
  return null;
}

/** The counter-entry of a report: its period, its hours and cost negated. */
export function reversalOf(report: CorrectableReport): CorrectableReport {
  return {
    entry: ReportEntry.REVERSAL,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    hoursDelivered: report.hoursDelivered === 0 ? 0 : -report.hoursDelivered,
    costCents: report.costCents === 0 ? 0 : -report.costCents,
  };
}
