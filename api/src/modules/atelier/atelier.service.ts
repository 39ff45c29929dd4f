import { isUniqueViolation } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { atVersion, ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { Checks } from '../../shared/validation';
import { OpgaveStatus } from '../opgave/opgave.entity';
import { Role } from '../user/user.entity';
import { AtelierMeetingKind, type Atelier } from './atelier.entity';
import { DEFAULT_HOURS_NORM, hoursNormProblem, isConcluded, loggedHoursProblem } from './atelier.rules';
import { ATELIER_COLUMNS, ATELIERS } from './atelier.loaders';
import { TEXT_MAX } from '@regiekamer/texts';
import { first } from '../../shared/loader-utils';
import { RequestService } from '../../shared/request-service';

export interface AtelierPlan {
  opgaveId: string;
  title: string;
  hoursNorm?: number | null;
}

export interface MeetingRecord {
  atelierId: string;
  kind: AtelierMeetingKind;
  heldOn: string;
  participantCount?: number | null;
  notes?: string | null;
}

export interface HoursLog {
  atelierId: string;
  workedOn: string;
  hours: number;
  note?: string | null;
}

export interface AtelierConclude {
  outcome: string;
  followUpDecision: string;
}

const notFound = (field: string) => problem(ErrorCode.NOT_FOUND, 'No atelier with this id.', field);
const concluded = (field: string) => problem(ErrorCode.INVALID_STATE, 'This atelier has been concluded.', field);

/**
 * AanTafel! ateliers of chosen opgaven. The regisseur plans them and records meetings, hours and the outcome (in
 * practice on behalf of the procesbegeleider); every role reads them.
 */
export class AtelierService extends RequestService {
  async plan(viewerOrNull: Viewer | null, input: AtelierPlan): Promise<Outcome<Atelier>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.nonEmpty('input.title', input.title, TEXT_MAX.atelierTitle);
    const normProblem = input.hoursNorm === undefined || input.hoursNorm === null ? null : hoursNormProblem(input.hoursNorm);
    if (normProblem !== null) checks.add('input.hoursNorm', normProblem);
    const opgaveId = decodeIdOf('Opgave', input.opgaveId);
    if (opgaveId === null) checks.add('input.opgaveId', 'No opgave with this id.', ErrorCode.NOT_FOUND);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const [opgave] = await tx.query<{ status: OpgaveStatus }>(`SELECT status FROM opgave WHERE id = $1 AND municipality_id = $2`, [
        opgaveId,
        viewer.municipalityId,
      ]);
      if (!opgave) return fail<Atelier>(problem(ErrorCode.NOT_FOUND, 'No opgave with this id.', 'input.opgaveId'));
      // Ateliers work on an opgave that was chosen; a collected, completed or dropped one has none.
      if (opgave.status !== OpgaveStatus.SELECTED && opgave.status !== OpgaveStatus.IN_PROGRESS) {
        return fail<Atelier>(problem(ErrorCode.INVALID_STATE, `Ateliers are for selected opgaven; this one is ${opgave.status}.`, 'input.opgaveId'));
      }
      const row = first(
        await tx.query<Atelier>(
          `INSERT INTO atelier AS a (municipality_id, opgave_id, title, hours_norm) VALUES ($1, $2, $3, $4) RETURNING ${ATELIER_COLUMNS}`,
          [viewer.municipalityId, opgaveId, input.title.trim(), input.hoursNorm ?? DEFAULT_HOURS_NORM],
        ),
        'one Atelier row',
      );
      return ok(row);
    });
  }

  /** One design meeting per atelier; dialogue meetings follow it (it prepares them). */
  async recordMeeting(viewerOrNull: Viewer | null, input: MeetingRecord): Promise<Outcome<Atelier>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.notAfter('input.heldOn', input.heldOn, this.clock.today(), 'Record a meeting once it has been held.');
    checks.nonNegativeInt('input.participantCount', input.participantCount);
    checks.maxLength('input.notes', input.notes, TEXT_MAX.atelierMeetingNotes);
    const id = decodeIdOf('Atelier', input.atelierId);
    if (id === null) checks.add('input.atelierId', 'No atelier with this id.', ErrorCode.NOT_FOUND);
    // A missing id has added a problem above; the test on it is what tells the compiler it is set below.
    if (id === null || !checks.ok) return fail(...checks.problems);
    try {
      return await this.db.transaction(async (tx) => {
        const atelier = await ATELIERS.lock(tx, viewer.municipalityId, id);
        if (!atelier) return fail<Atelier>(notFound('input.atelierId'));
        if (isConcluded(atelier)) return fail<Atelier>(concluded('input.atelierId'));
        if (input.kind === AtelierMeetingKind.DIALOGUE) {
          const [design] = await tx.query<{ heldOn: string }>(
            `SELECT held_on AS "heldOn" FROM atelier_meeting WHERE atelier_id = $1 AND kind = 'DESIGN'`,
            [atelier.id],
          );
          if (!design || design.heldOn > input.heldOn) {
            return fail<Atelier>(problem(ErrorCode.INVALID_STATE, 'A dialogue meeting follows the design meeting that prepares it.', 'input.kind'));
          }
        }
        await tx.query(
          `INSERT INTO atelier_meeting (municipality_id, atelier_id, kind, held_on, participant_count, notes) VALUES ($1, $2, $3, $4, $5, $6)`,
          [viewer.municipalityId, atelier.id, input.kind, input.heldOn, input.participantCount ?? null, (input.notes ?? '').trim() || null],
        );
        return ok(atelier);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'atelier_meeting_design_key')) {
        return fail(problem(ErrorCode.DUPLICATE, 'This atelier already has its design meeting.', 'input.kind'));
      }
      throw error;
    }
  }

  async logHours(viewerOrNull: Viewer | null, input: HoursLog): Promise<Outcome<Atelier>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.notAfter('input.workedOn', input.workedOn, this.clock.today(), 'Hours are logged once worked.');
    const hoursProblem = loggedHoursProblem(input.hours);
    if (hoursProblem !== null) checks.add('input.hours', hoursProblem);
    checks.maxLength('input.note', input.note, TEXT_MAX.atelierHoursNote);
    const id = decodeIdOf('Atelier', input.atelierId);
    if (id === null) checks.add('input.atelierId', 'No atelier with this id.', ErrorCode.NOT_FOUND);
    // A missing id has added a problem above; the test on it is what tells the compiler it is set below.
    if (id === null || !checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const atelier = await ATELIERS.lock(tx, viewer.municipalityId, id);
      if (!atelier) return fail<Atelier>(notFound('input.atelierId'));
      if (isConcluded(atelier)) return fail<Atelier>(concluded('input.atelierId'));
      await tx.query(
        `INSERT INTO atelier_hours (municipality_id, atelier_id, worked_on, hours, note, logged_by_user_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [viewer.municipalityId, atelier.id, input.workedOn, input.hours, (input.note ?? '').trim() || null, viewer.userId],
      );
      return ok(atelier);
    });
  }

  /** The atelier ends in an outcome and a decision about what follows; only after at least one dialogue. */
  async conclude(viewerOrNull: Viewer | null, globalId: string, version: number, input: AtelierConclude): Promise<Outcome<Atelier>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('Atelier', globalId);
    if (id === null) return fail(notFound('id'));
    const checks = new Checks();
    checks.nonEmpty('input.outcome', input.outcome, TEXT_MAX.atelierOutcome);
    checks.nonEmpty('input.followUpDecision', input.followUpDecision, TEXT_MAX.atelierFollowUpDecision);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const locked = atVersion(await ATELIERS.lock(tx, viewer.municipalityId, id), version, notFound('id'));
      if (!locked.ok) return locked;
      const atelier = locked.value;
      if (isConcluded(atelier)) return fail<Atelier>(concluded('id'));
      const [{ count } = { count: 0 }] = await tx.query<{ count: number }>(
        `SELECT count(*) AS count FROM atelier_meeting WHERE atelier_id = $1 AND kind = 'DIALOGUE'`,
        [atelier.id],
      );
      if (count === 0) return fail<Atelier>(problem(ErrorCode.INVALID_STATE, 'An atelier concludes after at least one dialogue meeting.', 'id'));
      const [row] = await tx.query<Atelier>(
        `UPDATE atelier a SET outcome = $3, follow_up_decision = $4, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${ATELIER_COLUMNS}`,
        [atelier.id, version, input.outcome.trim(), input.followUpDecision.trim()],
      );
      return row ? ok(row) : fail<Atelier>(staleVersion(version + 1));
    });
  }
}
