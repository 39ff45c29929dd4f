import type { Clock } from '../../clock';
import type { Queryable } from '../../db/database';
import type { RequestDb } from '../../db/request-db';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { first } from '../../shared/loader-utils';
import type { LineProblem } from '../csv-import/csv-import.rules';
import type { MonitorService } from '../monitor/monitor.service';
import { SeriesInterval, type Figures } from '../monitor/monitor.types';
import { Role } from '../user/user.entity';
import type { MaatwerkProvision } from './maatwerk.entity';
import {
  maatwerkFigures,
  monthsOf,
  parseMaatwerkCsv,
  planImport,
  type MaatwerkFigures,
  type MaatwerkLineOutcome,
  type MaatwerkRow,
  type MaatwerkSums,
} from './maatwerk.rules';
import { LOADED_MONTHS_SQL, MAATWERK_SERIES_SQL } from './maatwerk.sql';
import { MaatwerkInterval } from './maatwerk.types';

/** The answer to a dry run or an import of a maatwerk file: per line, the counts, and the months it (re)places. */
export interface MaatwerkImportReport {
  readonly fileName: string;
  readonly dryRun: boolean;
  readonly imported: boolean;
  readonly created: number;
  readonly replaced: number;
  readonly refused: number;
  /** jjjj-mm of every month in the file; `replacedMonths` those that were stored before. */
  readonly months: readonly string[];
  readonly replacedMonths: readonly string[];
  readonly fileProblem: LineProblem | null;
  readonly lines: readonly MaatwerkLineOutcome[];
}

export interface MaatwerkBucketData {
  periodStart: string;
  periodEnd: string;
  monthsLoaded: number;
  maatwerk: MaatwerkFigures;
  byProvision: (MaatwerkFigures & { provision: MaatwerkProvision })[];
  algemeneVoorziening: Figures & { periodStart: string; periodEnd: string };
}

export interface LoadedMonth {
  month: string;
  rows: number;
  fileName: string;
  importedAt: Date;
  importedBy: string;
}

type SumsRow = MaatwerkSums & { periodStart: string; provision: MaatwerkProvision | null; allProvisions: number };

const yyyyMm = (date: string): string => date.slice(0, 7);

/**
 * The maatwerk figures of the municipality's own Wmo administration: the regisseur's CSV import (all or nothing; each
 * month in the file replaces that month) and the substitution curve beside the overview's series of the algemene
 * voorziening (the same numbers as `overview.series`, computed by MonitorService, never counted twice).
 */
export class MaatwerkService {
  constructor(
    private readonly db: RequestDb,
    private readonly monitor: MonitorService,
    private readonly clock: Clock,
  ) {}

  async importCsv(viewerOrNull: Viewer | null, fileName: string, text: string, dryRun: boolean): Promise<MaatwerkImportReport> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const base = { fileName, dryRun, imported: false, created: 0, replaced: 0, refused: 0, months: [], replacedMonths: [], lines: [] };
    const parsed = parseMaatwerkCsv(text);
    if (!parsed.ok) return { ...base, fileProblem: parsed.problem };
    return this.db.transaction(async (tx) => {
      // One import of a municipality at a time: the months read here are still the stored ones when they are replaced.
      await tx.query('SELECT pg_advisory_xact_lock(8310, $1::int)', [viewer.municipalityId]);
      const stored = await this.storedMonths(
        tx,
        viewer.municipalityId,
        parsed.lines.map((l) => l.cells.maand ?? ''),
      );
      const { outcomes, rows } = planImport(parsed.lines, stored, `${this.clock.today().slice(0, 7)}-01`);
      const count = (result: MaatwerkLineOutcome['result']) => outcomes.filter((o) => o.result === result).length;
      const months = monthsOf(rows);
      const report: MaatwerkImportReport = {
        ...base,
        fileProblem: null,
        created: count('CREATE'),
        replaced: count('REPLACE'),
        refused: count('REFUSED'),
        months: months.map(yyyyMm),
        replacedMonths: months.filter((m) => stored.has(m)).map(yyyyMm),
        lines: outcomes,
      };
      if (dryRun || report.refused > 0) return report;
      await this.replace(tx, viewer, fileName, months, rows);
      return { ...report, imported: true };
    });
  }

  /** The months of the file (as first days) that hold figures already. */
  private async storedMonths(tx: Queryable, municipalityId: number, cells: readonly string[]): Promise<Set<string>> {
    const candidates = cells
      .map((c) => /^(20\d\d)-(\d{1,2})$/.exec(c.trim()))
      .flatMap((m) => (m ? [`${m[1] ?? ''}-${(m[2] ?? '').padStart(2, '0')}-01`] : []));
    const rows = await tx.query<{ month: string }>(
      `SELECT DISTINCT month::text AS month FROM maatwerk_month WHERE municipality_id = $1 AND month::text = ANY($2::text[])`,
      [municipalityId, candidates],
    );
    return new Set(rows.map((r) => r.month));
  }

  /** Deletes every row of the file's months (the audit trail keeps them), then stores the file's rows with their import. */
  private async replace(tx: Queryable, viewer: Viewer, fileName: string, months: readonly string[], rows: readonly MaatwerkRow[]): Promise<void> {
    await tx.query(`DELETE FROM maatwerk_month WHERE municipality_id = $1 AND month = ANY($2::date[])`, [viewer.municipalityId, months]);
    const made = first(
      await tx.query<{ id: number }>(
        `INSERT INTO maatwerk_import (municipality_id, file_name, months, row_count, imported_by_user_id) VALUES ($1, $2, $3::date[], $4, $5) RETURNING id`,
        [viewer.municipalityId, fileName, months, rows.length, viewer.userId],
      ),
      'one maatwerk_import row',
    );
    await tx.query(
      `INSERT INTO maatwerk_month (municipality_id, month, provision, clients, cost_cents, new_clients, import_id)
       SELECT $1, m, p::maatwerk_provision, c, k, n, $7 FROM unnest($2::date[], $3::text[], $4::int[], $5::bigint[], $6::int[]) AS r(m, p, c, k, n)`,
      [
        viewer.municipalityId,
        rows.map((r) => r.month),
        rows.map((r) => r.provision),
        rows.map((r) => r.clients),
        rows.map((r) => r.costCents),
        rows.map((r) => r.newClients),
        made.id,
      ],
    );
  }

  /**
   * The curve per bucket: maatwerk per provision and in total, beside the algemene voorziening's series for the same
   * buckets (MonitorService.series: protected for analysts by the overview's rules). Four statements whatever the period.
   */
  async series(viewerOrNull: Viewer | null, period: { from: string; to: string }, interval: MaatwerkInterval): Promise<MaatwerkBucketData[]> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ANALYST);
    const scope = this.monitor.scope(viewer, period, null);
    const unit = { [MaatwerkInterval.MONTH]: 'month', [MaatwerkInterval.QUARTER]: 'quarter', [MaatwerkInterval.YEAR]: 'year' }[interval];
    const general = {
      [MaatwerkInterval.MONTH]: SeriesInterval.MONTH,
      [MaatwerkInterval.QUARTER]: SeriesInterval.QUARTER,
      [MaatwerkInterval.YEAR]: 'YEAR' as const,
    }[interval];
    const [overviewSeries, sums] = await Promise.all([
      this.monitor.series(scope, general),
      this.db.query<SumsRow>(MAATWERK_SERIES_SQL, [viewer.municipalityId, scope.from, scope.to, unit]),
    ]);
    const protectedView = scope.threshold !== null;
    return overviewSeries.map((g) => {
      const mine = sums.filter((s) => s.periodStart === g.periodStart);
      const total = mine.find((s) => s.allProvisions === 1);
      return {
        periodStart: g.periodStart,
        periodEnd: g.periodEnd,
        monthsLoaded: total?.monthsLoaded ?? 0,
        maatwerk: total ? maatwerkFigures(total, protectedView) : { clients: 0, costCents: 0, newClients: null },
        byProvision: mine.flatMap((s) =>
          s.allProvisions === 0 && s.provision !== null ? [{ ...maatwerkFigures(s, protectedView), provision: s.provision }] : [],
        ),
        algemeneVoorziening: g,
      };
    });
  }

  /** Which months are loaded, when and by whom: the regisseur's only (null for analysts); one statement. */
  async loadedMonths(viewerOrNull: Viewer | null): Promise<LoadedMonth[] | null> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ANALYST);
    if (viewer.role !== Role.REGISSEUR) return null;
    return this.db.query<LoadedMonth>(LOADED_MONTHS_SQL, [viewer.municipalityId]);
  }
}
