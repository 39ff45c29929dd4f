import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { participantScope } from '../participant/participant.scope';
import { overlegKindsFor } from '../participant/participant.rules';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { MINUTES_ROLES, mayRecordMinutes } from './overleg-roles.rules';
import { atVersion, ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { PageWindow } from '../../shared/pagination';
import { Checks } from '../../shared/validation';
import type { MemberKind } from '../opgave/opgave.entity';
import { Role } from '../user/user.entity';
import { OverlegStatus, type Overleg, type OverlegKind, type OverlegParticipant } from './overleg.entity';
import { cancelProblem, invitesFor, isMove, timeOfDay, timesProblem, type Appointment } from './overleg.rules';
import type { Queryable } from '../../db/database';
import { OVERLEG_COLUMNS, OVERLEGGEN } from './overleg.loaders';
import { COUNT_MAX, TEXT_MAX } from '@regiekamer/texts';
import { first } from '../../shared/loader-utils';
import { RequestService } from '../../shared/request-service';

export interface ParticipantInput {
  name: string;
  kind: MemberKind;
  organisation?: string | null;
}

export interface OverlegCreate {
  kind: OverlegKind;
  title: string;
  heldOn: string;
  startsAt?: string | null;
  endsAt?: string | null;
  location?: string | null;
  participants?: ParticipantInput[] | null;
  agenda?: string[] | null;
}

export interface OverlegUpdate {
  kind?: OverlegKind | null;
  title?: string | null;
  heldOn?: string | null;
  /** Left out: unchanged; null: no time any more (a whole-day entry). */
  startsAt?: string | null;
  endsAt?: string | null;
  location?: string | null;
  participants?: ParticipantInput[] | null;
}

const MAX_PARTICIPANTS = COUNT_MAX.overlegParticipants;
const MAX_AGENDA_ITEMS = COUNT_MAX.agendaItems;
const notFound = (field = 'id') => problem(ErrorCode.NOT_FOUND, 'No overleg with this id.', field);

function checkParticipants(checks: Checks, participants: ParticipantInput[] | null | undefined): void {
  if (!participants) return;
  if (participants.length > MAX_PARTICIPANTS) checks.add('input.participants', `At most ${MAX_PARTICIPANTS} participants.`);
  participants.forEach((p, i) => {
    checks.nonEmpty(`input.participants.${i}.name`, p.name, TEXT_MAX.overlegParticipantName);
    checks.nonEmpty(`input.participants.${i}.organisation`, p.organisation, TEXT_MAX.overlegParticipantOrganisation);
  });
}

const cancelledProblem = (field = 'id') => problem(ErrorCode.INVALID_STATE, 'This overleg is cancelled: it can no longer be changed.', field);

/** A time as given (left out, cleared, or set), merged with the one kept. */
const timeAfter = (given: string | null | undefined, kept: string | null): string | null =>
  given === undefined ? kept : given === null ? null : timeOfDay(given);

/** Tells the attendees, through the worker, in the transaction of the change (see notification/overleg.notices.ts). */
async function raise(tx: Queryable, event: 'overleg_scheduled' | 'overleg_moved' | 'overleg_cancelled', id: number): Promise<void> {
  await tx.query(`SELECT app_raise_event($1, $2)`, [event, id]);
}

/**
 * A participant's meetings: the kinds they see (null: staff, every kind), and any they chair or take the minutes of,
 * so that a kerngroep resident named minute-taker reaches that meeting's minutes.
 */
const VISIBLE_KINDS = (o: string, kinds: string, user: string) =>
  `${kinds}::overleg_kind[] IS NULL OR ${o}.kind = ANY(${kinds}) OR ${o}.chair_user_id = ${user} OR ${o}.minute_taker_user_id = ${user}`;

const cleanParticipants = (participants: ParticipantInput[]): OverlegParticipant[] =>
  participants.map((p) => ({ name: p.name.trim(), kind: p.kind, organisation: p.organisation?.trim() ?? null }));

/**
 * Meetings. The regisseur runs them (creates, changes, records minutes); provider representatives take part: they read
 * every overleg and add agenda items, recorded under their own name. Analysts and admins only read.
 */
export class OverlegService extends RequestService {
  /** Newest first: the meeting planned last is the one people look for. A participant sees only the kinds that concern them. */
  async page(viewer: Viewer, kind: OverlegKind | null, window: PageWindow): Promise<Overleg[]> {
    const kinds = await this.kindsFor(viewer);
    return this.db.query<Overleg>(
      `SELECT ${OVERLEG_COLUMNS} FROM overleg o WHERE o.municipality_id = $1 AND ($2::overleg_kind IS NULL OR o.kind = $2)
         AND ($3::bigint IS NULL OR o.id < $3) AND (${VISIBLE_KINDS('o', '$5', '$6')}) ORDER BY o.id DESC LIMIT $4`,
      [viewer.municipalityId, kind, window.afterId, window.limit + 1, kinds, viewer.userId],
    );
  }

  async count(viewer: Viewer, kind: OverlegKind | null): Promise<number> {
    const kinds = await this.kindsFor(viewer);
    return this.db.count(
      `SELECT count(*) AS count FROM overleg o WHERE o.municipality_id = $1 AND ($2::overleg_kind IS NULL OR o.kind = $2)
         AND (${VISIBLE_KINDS('o', '$3', '$4')})`,
      [viewer.municipalityId, kind, kinds, viewer.userId],
    );
  }

  /** The kinds of meeting a participant may see; null for staff, who see every kind. */
  async kindsFor(viewer: Viewer): Promise<OverlegKind[] | null> {
    const scope = await participantScope(this.db, viewer);
    return scope === null ? null : overlegKindsFor(viewer.role, scope);
  }

  async create(viewerOrNull: Viewer | null, input: OverlegCreate): Promise<Outcome<Overleg>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.nonEmpty('input.title', input.title, TEXT_MAX.overlegTitle);
    checks.nonEmpty('input.location', input.location, TEXT_MAX.overlegLocation);
    checkParticipants(checks, input.participants);
    const agenda = input.agenda ?? [];
    if (agenda.length > MAX_AGENDA_ITEMS) checks.add('input.agenda', `At most ${MAX_AGENDA_ITEMS} agenda items.`);
    agenda.forEach((item, i) => checks.nonEmpty(`input.agenda.${i}`, item, TEXT_MAX.agendaItem));
    const startsAt = timeAfter(input.startsAt, null);
    const endsAt = timeAfter(input.endsAt, null);
    const times = timesProblem(startsAt, endsAt);
    if (times !== null) checks.add('input.endsAt', times);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const row = first(
        await tx.query<Overleg>(
          `INSERT INTO overleg AS o (municipality_id, kind, title, held_on, starts_at, ends_at, location, participants)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) RETURNING ${OVERLEG_COLUMNS}`,
          [
            viewer.municipalityId,
            input.kind,
            input.title.trim(),
            input.heldOn,
            startsAt,
            endsAt,
            input.location?.trim() ?? null,
            JSON.stringify(cleanParticipants(input.participants ?? [])),
          ],
        ),
        'one Overleg row',
      );
      if (invitesFor(row.heldOn, this.clock.today())) await raise(tx, 'overleg_scheduled', row.id);
      if (agenda.length > 0) {
        await tx.query(
          `INSERT INTO overleg_agenda_item (municipality_id, overleg_id, position, title, added_by_user_id)
           SELECT $1, $2, a.position, a.title, $4 FROM unnest($3::text[]) WITH ORDINALITY AS a(title, position)`,
          [viewer.municipalityId, row.id, agenda.map((a) => a.trim()), viewer.userId],
        );
      }
      return ok(row);
    });
  }

  /** A change of date, time or place is a move: the invitation's sequence rises and the attendees are told. */
  async update(viewerOrNull: Viewer | null, globalId: string, version: number, input: OverlegUpdate): Promise<Outcome<Overleg>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const loaded = atVersion(await this.load(viewer, globalId), version, notFound());
    if (!loaded.ok) return loaded;
    const current = loaded.value;
    if (current.status === OverlegStatus.CANCELLED) return fail(cancelledProblem());
    const checks = new Checks();
    checks.nonEmpty('input.title', input.title, TEXT_MAX.overlegTitle);
    checks.nonEmpty('input.location', input.location, TEXT_MAX.overlegLocation);
    checkParticipants(checks, input.participants);
    const after: Appointment = {
      heldOn: input.heldOn ?? current.heldOn,
      startsAt: timeAfter(input.startsAt, current.startsAt),
      endsAt: timeAfter(input.endsAt, current.endsAt),
      location: input.location?.trim() ?? current.location,
    };
    const times = timesProblem(after.startsAt, after.endsAt);
    if (times !== null) checks.add('input.endsAt', times);
    if (!checks.ok) return fail(...checks.problems);
    const moved = isMove(current, after);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<Overleg>(
        `UPDATE overleg o SET kind = COALESCE($3, kind), title = COALESCE($4, title), held_on = $5, starts_at = $6, ends_at = $7,
           location = $8, participants = COALESCE($9::jsonb, participants), sequence = sequence + $10, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING ${OVERLEG_COLUMNS}`,
        [
          current.id,
          version,
          input.kind ?? null,
          input.title?.trim() ?? null,
          after.heldOn,
          after.startsAt,
          after.endsAt,
          after.location,
          input.participants ? JSON.stringify(cleanParticipants(input.participants)) : null,
          moved ? 1 : 0,
        ],
      );
      if (!row) return fail<Overleg>(staleVersion(version + 1));
      if (moved && invitesFor(row.heldOn, this.clock.today())) await raise(tx, 'overleg_moved', row.id);
      return ok(row);
    });
  }

  /** Called off, not deleted: the overleg stays (CANCELLED) and no longer changes; the attendees are told. */
  async cancel(viewerOrNull: Viewer | null, globalId: string, version: number): Promise<Outcome<Overleg>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const loaded = atVersion(await this.load(viewer, globalId), version, notFound());
    if (!loaded.ok) return loaded;
    const current = loaded.value;
    const refused = cancelProblem(current.status, current.minutes);
    if (refused !== null) return fail(refused);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<Overleg>(
        `UPDATE overleg o SET status = 'CANCELLED', sequence = sequence + 1, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 AND status = 'PLANNED' RETURNING ${OVERLEG_COLUMNS}`,
        [current.id, version],
      );
      if (!row) return fail<Overleg>(staleVersion(version + 1));
      if (invitesFor(row.heldOn, this.clock.today())) await raise(tx, 'overleg_cancelled', row.id);
      return ok(row);
    });
  }

  /** Minutes of a meeting that has not been held yet would be fiction: refused until its day. By the regisseur or the minute-taker. */
  async recordMinutes(viewerOrNull: Viewer | null, globalId: string, version: number, minutes: string): Promise<Outcome<Overleg>> {
    const viewer = requireRole(viewerOrNull, ...MINUTES_ROLES);
    const loaded = atVersion(await this.load(viewer, globalId), version, notFound());
    if (!loaded.ok) return loaded;
    const current = loaded.value;
    if (!mayRecordMinutes(viewer, current.minuteTakerUserId)) throw new ForbiddenError('Only the regisseur or the minute-taker records the minutes.');
    if (current.status === OverlegStatus.CANCELLED) return fail(cancelledProblem());
    if (current.heldOn > this.clock.today()) {
      return fail(problem(ErrorCode.INVALID_STATE, 'Minutes can be recorded once the meeting has been held.', 'id'));
    }
    const checks = new Checks();
    checks.nonEmpty('input.minutes', minutes, TEXT_MAX.minutes);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<Overleg>(
        `UPDATE overleg o SET minutes = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING ${OVERLEG_COLUMNS}`,
        [current.id, version, minutes.trim()],
      );
      return row ? ok(row) : fail<Overleg>(staleVersion(version + 1));
    });
  }

  /** Appends an item at the end of the agenda; refused once minutes are recorded (the meeting is over). */
  async addAgendaItem(viewerOrNull: Viewer | null, overlegGlobalId: string, title: string): Promise<Outcome<Overleg>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP);
    const id = decodeIdOf('Overleg', overlegGlobalId);
    const checks = new Checks();
    checks.nonEmpty('input.title', title, TEXT_MAX.agendaItem);
    if (!checks.ok) return fail(...checks.problems);
    if (id === null) return fail(notFound('input.overlegId'));
    return this.db.transaction(async (tx) => {
      // The row lock orders concurrent additions, so positions stay 1, 2, 3, ... without gaps or clashes.
      const overleg = await OVERLEGGEN.lock(tx, viewer.municipalityId, id);
      if (!overleg) return fail<Overleg>(notFound('input.overlegId'));
      if (overleg.status === OverlegStatus.CANCELLED) return fail<Overleg>(cancelledProblem('input.overlegId'));
      if (overleg.minutes !== null) {
        return fail<Overleg>(problem(ErrorCode.INVALID_STATE, 'This meeting has been held: its agenda is closed.', 'input.overlegId'));
      }
      const [{ count } = { count: 0 }] = await tx.query<{ count: number }>(
        `SELECT count(*) AS count FROM overleg_agenda_item WHERE overleg_id = $1`,
        [overleg.id],
      );
      if (count >= MAX_AGENDA_ITEMS) return fail<Overleg>(problem(ErrorCode.INVALID_STATE, 'The agenda is full.', 'input.overlegId'));
      await tx.query(
        `INSERT INTO overleg_agenda_item (municipality_id, overleg_id, position, title, added_by_user_id)
         SELECT $1, $2, COALESCE(max(position), 0) + 1, $3, $4 FROM overleg_agenda_item WHERE overleg_id = $2`,
        [viewer.municipalityId, overleg.id, title.trim(), viewer.userId],
      );
      return ok(overleg);
    });
  }

  private async load(viewer: Viewer, globalId: string): Promise<Overleg | null> {
    const id = decodeIdOf('Overleg', globalId);
    if (id === null) return null;
    return OVERLEGGEN.find(this.db, viewer.municipalityId, id);
  }
}
