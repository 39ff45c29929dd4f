import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { atVersion, ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { PageArgs } from '../../shared/pagination';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { Checks } from '../../shared/validation';
import { Role } from '../user/user.entity';
import type { ImprovementTrack } from './improvement-track.entity';
import { TRACK_COLUMNS, TRACKS } from './improvement-track.loaders';
import { COUNT_MAX, TEXT_MAX } from '@regiekamer/texts';
import { first } from '../../shared/loader-utils';
import { RequestService } from '../../shared/request-service';

export interface TrackStart {
  topic: string;
  startedOn: string;
}

export interface TrackAdvance {
  toStep: number;
  wishes?: string[] | null;
  goal?: string | null;
  actionPlan?: string | null;
}

export interface TrackEvaluate {
  evaluatedOn: string;
  findings: string;
}

const FINAL_STEP = 5;
const notFound = () => problem(ErrorCode.NOT_FOUND, 'No improvement track with this id.', 'id');

/** Which result finishes which step: leaving step 2 needs the wishes, step 3 the goal, step 4 the action plan. */
const RESULT_OF_STEP: Record<number, 'wishes' | 'goal' | 'actionPlan' | null> = { 1: null, 2: 'wishes', 3: 'goal', 4: 'actionPlan' };

/** 5-step tracks (Movisie). The regisseur runs them, one step at a time; every role reads. */
export class ImprovementTrackService extends RequestService {
  /** Every role reads them all. */
  list(viewer: Viewer, args: PageArgs): Promise<ConnectionResult<ImprovementTrack>> {
    return TRACKS.connection(this.db, viewer.municipalityId, args);
  }

  async start(viewerOrNull: Viewer | null, input: TrackStart): Promise<Outcome<ImprovementTrack>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.nonEmpty('input.topic', input.topic, TEXT_MAX.trackTopic);
    checks.notAfter('input.startedOn', input.startedOn, this.clock.today(), 'The start date must not be in the future.');
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const row = first(
        await tx.query<ImprovementTrack>(
          `INSERT INTO improvement_track AS t (municipality_id, topic, started_on) VALUES ($1, $2, $3) RETURNING ${TRACK_COLUMNS}`,
          [viewer.municipalityId, input.topic.trim(), input.startedOn],
        ),
        'one ImprovementTrack row',
      );
      return ok(row);
    });
  }

  /** One step forward, never skipping one, with the result of the step being finished. */
  async advance(viewerOrNull: Viewer | null, globalId: string, version: number, input: TrackAdvance): Promise<Outcome<ImprovementTrack>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const loaded = atVersion(await this.load(viewer, globalId), version, notFound());
    if (!loaded.ok) return loaded;
    const current = loaded.value;
    if (current.step >= FINAL_STEP) {
      return fail(problem(ErrorCode.INVALID_TRANSITION, 'Step 5 is the last: test the results with evaluations.', 'input.toStep'));
    }
    if (input.toStep !== current.step + 1) {
      return fail(
        problem(
          ErrorCode.INVALID_TRANSITION,
          `From step ${current.step} the next step is ${current.step + 1}: steps are not skipped.`,
          'input.toStep',
        ),
      );
    }
    const needed = RESULT_OF_STEP[current.step] ?? null;
    const checks = new Checks();
    for (const field of ['wishes', 'goal', 'actionPlan'] as const) {
      const given = input[field] !== undefined && input[field] !== null;
      if (given && field !== needed) checks.add(`input.${field}`, `Not part of finishing step ${current.step}.`);
      if (!given && field === needed)
        checks.add(`input.${field}`, `Finishing step ${current.step} needs the ${field === 'actionPlan' ? 'action plan' : field}.`);
    }
    if (needed === 'wishes' && input.wishes) {
      if (input.wishes.length === 0) checks.add('input.wishes', 'Collect at least one wish or idea.');
      if (input.wishes.length > COUNT_MAX.trackWishes) checks.add('input.wishes', `At most ${COUNT_MAX.trackWishes} wishes.`);
      input.wishes.forEach((w, i) => checks.nonEmpty(`input.wishes.${i}`, w, TEXT_MAX.trackWish));
    }
    checks.nonEmpty('input.goal', input.goal, TEXT_MAX.trackGoal);
    checks.nonEmpty('input.actionPlan', input.actionPlan, TEXT_MAX.trackActionPlan);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<ImprovementTrack>(
        `UPDATE improvement_track t SET step = step + 1, wishes = COALESCE($3, wishes), goal = COALESCE($4, goal),
           action_plan = COALESCE($5, action_plan), version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING ${TRACK_COLUMNS}`,
        [current.id, version, input.wishes ? input.wishes.map((w) => w.trim()) : null, input.goal?.trim() ?? null, input.actionPlan?.trim() ?? null],
      );
      return row ? ok(row) : fail<ImprovementTrack>(staleVersion(version + 1));
    });
  }

  /** Step 5 tests the results regularly: dated evaluations, as many as needed. */
  async evaluate(viewerOrNull: Viewer | null, globalId: string, input: TrackEvaluate): Promise<Outcome<ImprovementTrack>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const current = await this.load(viewer, globalId);
    if (!current) return fail(notFound());
    if (current.step !== FINAL_STEP) {
      return fail(problem(ErrorCode.INVALID_STATE, `Results are tested in step 5; this track is in step ${current.step}.`, 'id'));
    }
    const checks = new Checks();
    checks.nonEmpty('input.findings', input.findings, TEXT_MAX.trackFindings);
    checks.notBefore('input.evaluatedOn', input.evaluatedOn, current.startedOn, 'An evaluation cannot precede the start of the track.');
    checks.notAfter('input.evaluatedOn', input.evaluatedOn, this.clock.today(), 'The evaluation date must not be in the future.');
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO improvement_track_evaluation (municipality_id, improvement_track_id, evaluated_on, findings, recorded_by_user_id)
         VALUES ($1, $2, $3, $4, $5)`,
        [viewer.municipalityId, current.id, input.evaluatedOn, input.findings.trim(), viewer.userId],
      );
      return ok(current);
    });
  }

  private async load(viewer: Viewer, globalId: string): Promise<ImprovementTrack | null> {
    const id = decodeIdOf('ImprovementTrack', globalId);
    if (id === null) return null;
    return TRACKS.find(this.db, viewer.municipalityId, id);
  }
}
