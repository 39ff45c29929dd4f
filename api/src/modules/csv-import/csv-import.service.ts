import type { RequestDb } from '../../db/request-db';
import type { Queryable } from '../../db/database';
import { problemForViolation } from '../../db/constraint-problems';
import { isUniqueViolation } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ok, type Outcome } from '../../shared/errors/problems';
import { first } from '../../shared/loader-utils';
import { toGlobalId } from '../../shared/graphql/global-id';
import { Role } from '../user/user.entity';
import type { ArrangementService } from '../arrangement/arrangement.service';
import { ImportKind } from './csv-import.entity';
import { arrangementOfLine, columnOfField, parseCsv, referenceOf, reportOfLine, type CsvLine, type LineProblem } from './csv-import.rules';

export type LineResult = 'CREATE' | 'SKIP' | 'REFUSED';

/** What the import did, or would do, with one line. */
export interface LineOutcome {
  readonly line: number;
  readonly kenmerk: string | null;
  readonly result: LineResult;
  readonly problems: readonly LineProblem[];
}

/** The answer to a dry run or an import: per line, and the counts. `imported` only when the rows are stored. */
export interface ImportReport {
  readonly kind: ImportKind;
  readonly fileName: string;
  readonly dryRun: boolean;
  readonly imported: boolean;
  readonly created: number;
  readonly skipped: number;
  readonly refused: number;
  /** What is wrong with the file as a whole (then there are no lines). */
  readonly fileProblem: LineProblem | null;
  readonly lines: readonly LineOutcome[];
}

export const MESSAGE_SKIPPED = 'Imported before (same kenmerk): skipped.';
export const MESSAGE_NO_ARRANGEMENT = 'No arrangement of yours was imported with this kenmerk.';

/** A line that creates a row: the id of what it made, or the line's problems. */
type Created = { ok: true; value: number } | { ok: false; problems: readonly LineProblem[] };

/**
 * CSV import by a representative for their own provider. Every row is made by the same service functions as the
 * GraphQL mutations (so every rule applies, including those added later), each line in a savepoint, the whole file in
 * one transaction: a dry run, or a file with any refused line, is rolled back; otherwise it is committed with its record
 * (csv_import) and the kenmerk of every created row (import_reference), which makes a second import skip them.
 */
export class CsvImportService {
  constructor(
    private readonly db: RequestDb,
    private readonly arrangements: ArrangementService,
  ) {}

  async run(viewerOrNull: Viewer | null, kind: ImportKind, fileName: string, text: string, dryRun: boolean): Promise<ImportReport> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const base = { kind, fileName, dryRun, imported: false, created: 0, skipped: 0, refused: 0, lines: [] };
    const parsed = parseCsv(kind, text);
    if (!parsed.ok) return { ...base, fileProblem: parsed.problem };
    try {
      return await this.importLines(viewer, { ...base, fileProblem: null }, parsed.lines);
    } catch (error) {
      // The same file imported twice at the same moment: the second finds the kenmerken taken, and stores nothing.
      const taken = problemForViolation(error);
      if (taken === null || !isUniqueViolation(error, 'import_reference_key')) throw error;
      return { ...base, fileProblem: asLineProblem(taken) };
    }
  }

  private async importLines(viewer: Viewer, base: ImportReport, lines: readonly CsvLine[]): Promise<ImportReport> {
    const { kind, dryRun } = base;
    const outcome = await this.db.transaction(async (tx) => {
      const done = await this.lines(tx, viewer, kind, lines);
      const count = (result: LineResult) => done.lines.filter((l) => l.result === result).length;
      const report: ImportReport = { ...base, created: count('CREATE'), skipped: count('SKIP'), refused: count('REFUSED'), lines: done.lines };
      // A dry run, or a refused line: everything is rolled back (all or nothing).
      if (dryRun || report.refused > 0) return { ok: false as const, report };
      await this.record(tx, viewer, report, done.createdIds);
      return { ok: true as const, report: { ...report, imported: true } };
    });
    return outcome.report;
  }

  /** Each line in turn: refused, skipped (its kenmerk was imported before) or created through the service. */
  private async lines(tx: Queryable, viewer: Viewer, kind: ImportKind, lines: readonly CsvLine[]) {
    const known = await this.references(
      tx,
      viewer,
      kind,
      lines.map((l) => l.cells.kenmerk ?? ''),
    );
    const arrangementIds =
      kind === ImportKind.REPORTS
        ? await this.references(
            tx,
            viewer,
            ImportKind.ARRANGEMENTS,
            lines.map((l) => l.cells.kenmerk_arrangement ?? ''),
          )
        : new Map<string, number>();
    const seen = new Set<string>();
    const outcomes: LineOutcome[] = [];
    const createdIds = new Map<string, number>();
    for (const line of lines) {
      const { ref, problem } = referenceOf(line, seen);
      if (ref === null) {
        outcomes.push({ line: line.line, kenmerk: line.cells.kenmerk ?? null, result: 'REFUSED', problems: problem ? [problem] : [] });
      } else if (known.has(ref)) {
        outcomes.push({ line: line.line, kenmerk: ref, result: 'SKIP', problems: [] });
      } else {
        const made = await this.createLine(viewer, kind, line, arrangementIds);
        if (made.ok) createdIds.set(ref, made.value);
        outcomes.push({ line: line.line, kenmerk: ref, result: made.ok ? 'CREATE' : 'REFUSED', problems: made.ok ? [] : made.problems });
      }
    }
    return { lines: outcomes, createdIds };
  }

  /** One line, in its own savepoint: a refusal or an error of the database undoes that line only. */
  private async createLine(viewer: Viewer, kind: ImportKind, line: CsvLine, arrangementIds: ReadonlyMap<string, number>): Promise<Created> {
    if (kind === ImportKind.ARRANGEMENTS) {
      const { input, problems } = arrangementOfLine(line);
      if (input === null) return { ok: false, problems };
      return this.guarded(async () => {
        const made = await this.arrangements.create(viewer, input);
        return made.ok ? ok(made.value.id) : made;
      });
    }
    const { arrangementRef, input, problems } = reportOfLine(line);
    if (input === null || arrangementRef === null) return { ok: false, problems };
    const arrangementId = arrangementIds.get(arrangementRef);
    if (arrangementId === undefined)
      return { ok: false, problems: [{ column: 'kenmerk_arrangement', code: 'NOT_FOUND', message: MESSAGE_NO_ARRANGEMENT }] };
    return this.guarded(async () => {
      const made = await this.arrangements.addReport(viewer, toGlobalId('Arrangement', arrangementId), input);
      return made.ok ? ok(made.value.report.id) : made;
    });
  }

  /** Runs a line's write in a savepoint; a constraint of the database that refuses it is that line's problem. */
  private async guarded(write: () => Promise<Outcome<number>>): Promise<Created> {
    try {
      const made = await this.db.transaction(write);
      return made.ok ? made : { ok: false, problems: made.problems.map(asLineProblem) };
    } catch (error) {
      const problem = problemForViolation(error);
      if (problem === null) throw error;
      return { ok: false, problems: [asLineProblem(problem)] };
    }
  }

  /** The kenmerken of this provider and kind that were imported before, with the id of their row. */
  private async references(tx: Queryable, viewer: Viewer, kind: ImportKind, refs: readonly string[]): Promise<Map<string, number>> {
    const rows = await tx.query<{ ref: string; id: number }>(
      `SELECT external_ref AS ref, record_id AS id FROM import_reference
        WHERE municipality_id = $1 AND provider_id = $2 AND kind = $3 AND external_ref = ANY($4)`,
      [viewer.municipalityId, viewer.providerId, kind, refs.filter((r) => r !== '')],
    );
    return new Map(rows.map((r) => [r.ref, r.id]));
  }

  /** The import itself (who, when, file, counts) and the kenmerk of each row it created. */
  private async record(tx: Queryable, viewer: Viewer, report: ImportReport, createdIds: ReadonlyMap<string, number>): Promise<void> {
    const row = first(
      await tx.query<{ id: number }>(
        `INSERT INTO csv_import (municipality_id, provider_id, kind, file_name, created_count, skipped_count, imported_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [viewer.municipalityId, viewer.providerId, report.kind, report.fileName, report.created, report.skipped, viewer.userId],
      ),
      'one csv_import row',
    );
    await tx.query(
      `INSERT INTO import_reference (municipality_id, provider_id, kind, external_ref, record_id, csv_import_id)
       SELECT $1, $2, $3, ref, id, $6 FROM unnest($4::text[], $5::bigint[]) AS r(ref, id)`,
      [viewer.municipalityId, viewer.providerId, report.kind, [...createdIds.keys()], [...createdIds.values()], row.id],
    );
  }
}

function asLineProblem(p: { code: string; field: string | null; message: string }): LineProblem {
  return { column: columnOfField(p.field), code: p.code, message: p.message };
}
