import { TEXT_MAX } from '@regiekamer/texts';
import type { RequestDb } from '../../db/request-db';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { MAX_REPORT_CENTS } from '../../shared/bounds';
import { Checks } from '../../shared/validation';
import { first } from '../../shared/loader-utils';
import { Role } from '../user/user.entity';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { ReportEntry, type Arrangement, type ArrangementReport } from './arrangement.entity';
import { ARRANGEMENT_COLUMNS, REPORT_COLUMNS, REPORTS } from './arrangement.loaders';
import { correctionProblem, reversalOf, type CorrectableReport } from './arrangement.rules';

export interface ReportCorrect {
  reason: string;
  /** The right values of the period; without them the report is only reversed. */
  hoursDelivered?: number | null;
  costCents?: number | null;
  remarks?: string | null;
}

export interface ReportCorrection {
  reversal: ArrangementReport;
  correction: ArrangementReport | null;
  arrangement: Arrangement;
}

const notFound = () => problem(ErrorCode.NOT_FOUND, 'No report with this id.', 'reportId');

/** Corrections of reports by counter-entries: the wrong report stays, a reversal and the right values are added. */
export class ReportCorrectionService {
  private readonly idempotency: IdempotencyService;

  constructor(private readonly db: RequestDb) {
    this.idempotency = new IdempotencyService(db);
  }

  async correct(
    viewerOrNull: Viewer | null,
    reportGlobalId: string,
    input: ReportCorrect,
    idempotencyKey?: string | null,
  ): Promise<Outcome<ReportCorrection>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const id = decodeIdOf('ArrangementReport', reportGlobalId);
    // Row security hides another provider's reports: such an id is as absent as one that does not exist.
    const report = id === null ? null : await REPORTS.find(this.db, viewer.municipalityId, id);
    if (!report) return fail(notFound());
    if (report.providerId !== viewer.providerId) throw new ForbiddenError("You cannot change another provider's arrangements.");
    const checks = inputChecks(report, input);
    if (!checks.ok) return fail(...checks.problems);
    const refused = correctionProblem(asCorrectable(report), await this.isCorrected(report.id));
    if (refused) return fail(refused);

    return this.idempotency.once({
      viewer,
      key: idempotencyKey,
      operation: 'arrangementReportCorrect',
      input: { reportGlobalId, ...input },
      remember: (v) => ({ reversalId: v.reversal.id, correctionId: v.correction?.id ?? null, arrangementId: v.arrangement.id }),
      replay: (r: { reversalId: number; correctionId: number | null; arrangementId: number }) => this.reload(viewer, r),
      write: async (tx) => {
        const insert = async (entry: CorrectableReport, remarks: string | null): Promise<ArrangementReport> =>
          first(
            await tx.query<ArrangementReport>(
              `INSERT INTO arrangement_report AS r (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents,
                 remarks, entry, corrects_report_id, correction_reason, created_by_user_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${REPORT_COLUMNS}`,
              [
                viewer.municipalityId,
                report.arrangementId,
                report.providerId,
                entry.periodStart,
                entry.periodEnd,
                entry.hoursDelivered,
                entry.costCents,
                remarks,
                entry.entry,
                report.id,
                input.reason.trim(),
                viewer.userId,
              ],
            ),
            'one ArrangementReport row',
          );
        const reversal = await insert(reversalOf(asCorrectable(report)), null);
        const values = correctedValues(report, input);
        const correction = values ? await insert(values, (input.remarks ?? '').trim() || null) : null;
        // The triggers have summed both into the arrangement's realised cost and report_summary.
        const arrangement = first(
          await tx.query<Arrangement>(`SELECT ${ARRANGEMENT_COLUMNS} FROM arrangement a WHERE a.id = $1`, [report.arrangementId]),
          'one Arrangement row',
        );
        return ok({ reversal, correction, arrangement });
      },
    });
  }

  private async isCorrected(reportId: number): Promise<boolean> {
    const rows = await this.db.query<{ id: number }>(`SELECT id FROM arrangement_report WHERE corrects_report_id = $1 LIMIT 1`, [reportId]);
    return rows.length > 0;
  }

  private async reload(
    viewer: Viewer,
    r: { reversalId: number; correctionId: number | null; arrangementId: number },
  ): Promise<Outcome<ReportCorrection>> {
    const reversal = await REPORTS.find(this.db, viewer.municipalityId, r.reversalId);
    const correction = r.correctionId === null ? null : await REPORTS.find(this.db, viewer.municipalityId, r.correctionId);
    const [arrangement] = await this.db.query<Arrangement>(`SELECT ${ARRANGEMENT_COLUMNS} FROM arrangement a WHERE a.id = $1`, [r.arrangementId]);
    if (!reversal || !arrangement) return fail(notFound());
    return ok({ reversal, correction, arrangement });
  }
}

function asCorrectable(r: ArrangementReport): CorrectableReport {
  return {
    entry: r.entry,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    hoursDelivered: r.hoursDelivered,
    costCents: r.costCents,
  };
}

function inputChecks(report: ArrangementReport, input: ReportCorrect): Checks {
  const checks = new Checks();
  checks.nonEmpty('input.reason', input.reason, TEXT_MAX.reportRemarks);
  checks.maxLength('input.remarks', input.remarks, TEXT_MAX.reportRemarks);
  const hasHours = input.hoursDelivered !== undefined && input.hoursDelivered !== null;
  const hasCost = input.costCents !== undefined && input.costCents !== null;
  if (hasHours !== hasCost) checks.add(hasHours ? 'input.costCents' : 'input.hoursDelivered', 'Give both the hours and the cost, or neither.');
  if (hasHours) checks.hoursInPeriod('input.hoursDelivered', input.hoursDelivered ?? 0, report.periodStart, report.periodEnd);
  if (hasCost) checks.cents('input.costCents', input.costCents, MAX_REPORT_CENTS);
  return checks;
}

/** The right values as a CORRECTION of the report's period, or null when only a reversal is asked. */
function correctedValues(report: ArrangementReport, input: ReportCorrect): CorrectableReport | null {
  if (input.hoursDelivered === undefined || input.hoursDelivered === null || input.costCents === undefined || input.costCents === null) return null;
  return {
    entry: ReportEntry.CORRECTION,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    hoursDelivered: input.hoursDelivered,
    costCents: input.costCents,
  };
}
