import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { atVersion, ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { PageWindow } from '../../shared/pagination';
import { Checks } from '../../shared/validation';
import type { MemberKind } from '../opgave/opgave.entity';
import { Role } from '../user/user.entity';
import type { Overleg, OverlegKind, OverlegParticipant } from './overleg.entity';
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
  location?: string | null;
  participants?: ParticipantInput[] | null;
  agenda?: string[] | null;
}

export interface OverlegUpdate {
  kind?: OverlegKind | null;
  title?: string | null;
  heldOn?: string | null;
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

const cleanParticipants = (participants: ParticipantInput[]): OverlegParticipant[] =>
  participants.map((p) => ({ name: p.name.trim(), kind: p.kind, organisation: p.organisation?.trim() ?? null }));

/**
 * Meetings. The regisseur runs them (creates, changes, records minutes); provider representatives take part: they read
 * every overleg and add agenda items, recorded under their own name. Analysts and admins only read.
 */
export class OverlegService extends RequestService {
  /** Newest first: the meeting planned last is the one people look for. */
  async page(viewer: Viewer, kind: OverlegKind | null, window: PageWindow): Promise<Overleg[]> {
    return this.db.query<Overleg>(
      `SELECT ${OVERLEG_COLUMNS} FROM overleg o WHERE o.municipality_id = $1 AND ($2::overleg_kind IS NULL OR o.kind = $2)
         AND ($3::bigint IS NULL OR o.id < $3) ORDER BY o.id DESC LIMIT $4`,
      [viewer.municipalityId, kind, window.afterId, window.limit + 1],
    );
  }

  async count(viewer: Viewer, kind: OverlegKind | null): Promise<number> {
    return this.db.count(`SELECT count(*) AS count FROM overleg WHERE municipality_id = $1 AND ($2::overleg_kind IS NULL OR kind = $2)`, [
      viewer.municipalityId,
      kind,
    ]);
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
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const row = first(
        await tx.query<Overleg>(
          `INSERT INTO overleg AS o (municipality_id, kind, title, held_on, location, participants) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
         RETURNING ${OVERLEG_COLUMNS}`,
          [
            viewer.municipalityId,
            input.kind,
            input.title.trim(),
            input.heldOn,
            input.location?.trim() ?? null,
            JSON.stringify(cleanParticipants(input.participants ?? [])),
          ],
        ),
        'one Overleg row',
      );
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

  async update(viewerOrNull: Viewer | null, globalId: string, version: number, input: OverlegUpdate): Promise<Outcome<Overleg>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const loaded = atVersion(await this.load(viewer, globalId), version, notFound());
    if (!loaded.ok) return loaded;
    const current = loaded.value;
    const checks = new Checks();
    checks.nonEmpty('input.title', input.title, TEXT_MAX.overlegTitle);
    checks.nonEmpty('input.location', input.location, TEXT_MAX.overlegLocation);
    checkParticipants(checks, input.participants);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<Overleg>(
        `UPDATE overleg o SET kind = COALESCE($3, kind), title = COALESCE($4, title), held_on = COALESCE($5, held_on),
           location = COALESCE($6, location), participants = COALESCE($7::jsonb, participants), version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING ${OVERLEG_COLUMNS}`,
        [
          current.id,
          version,
          input.kind ?? null,
          input.title?.trim() ?? null,
          input.heldOn ?? null,
          input.location?.trim() ?? null,
          input.participants ? JSON.stringify(cleanParticipants(input.participants)) : null,
        ],
      );
      return row ? ok(row) : fail<Overleg>(staleVersion(version + 1));
    });
  }

  /** Minutes of a meeting that has not been held yet would be fiction: refused until its day. */
  async recordMinutes(viewerOrNull: Viewer | null, globalId: string, version: number, minutes: string): Promise<Outcome<Overleg>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const loaded = atVersion(await this.load(viewer, globalId), version, notFound());
    if (!loaded.ok) return loaded;
    const current = loaded.value;
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
