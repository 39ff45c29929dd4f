import { requireRole, requireViewer, type Viewer } from '../../shared/auth/viewer';
import { InputError } from '../../shared/errors/input-error';
import { ErrorCode, fail, ok, problem, type Outcome, type Problem } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { yearBounds } from '../../shared/local-date';
import { Checks } from '../../shared/validation';
import { DecisionKind, DecisionOutcome, type Decision } from '../decision/decision.entity';
import { DECISION_COLUMNS } from '../decision/decision.loaders';
import { insertDecision, overlegExists } from '../decision/decision.service';
import { OpgaveStatus, type Opgave } from '../opgave/opgave.entity';
import { OPGAVE_COLUMNS } from '../opgave/opgave.loaders';
import { Role } from '../user/user.entity';
import type { PodiumEntry } from './participation.payloads';
import { losingOpgaven, minorityWisdomMissing, minorityWisdomText, rankBallots, selectionDecisionText, tiedForLastSeat } from './participation.rules';
import { COUNT_MAX, TEXT_MAX } from '@regiekamer/texts';
import { RequestService } from '../../shared/request-service';
import type { Queryable } from '../../db/database';

export const SELECTION_CODES = { TIE: 'TIE' } as const;

export interface OpgavenSelect {
  heldOn: string;
  overlegId?: string | null;
  seats: number;
  ballots: { opgaveId: string; votes: number }[];
  minorityWisdom?: { opgaveId: string; text: string }[] | null;
}

export interface SelectionResult {
  decision: Decision;
  opgaven: Opgave[];
}

const MAX_BALLOTS = COUNT_MAX.ballots;

interface SelectionRead {
  ballots: { id: number; votes: number; index: number }[];
  /** The minority's wisdom per opgave id. */
  wisdom: Map<number, string>;
  overlegId: number | null;
}

/** The vote as entered, checked and decoded: its ballots, the minority's wisdom per opgave and the overleg it was in. */
function readSelection(input: OpgavenSelect, today: string): Outcome<SelectionRead> {
  const checks = new Checks();
  checks.notAfter('input.heldOn', input.heldOn, today, 'The vote must not be in the future.');
  if (input.ballots.length === 0) checks.add('input.ballots', 'Vote on at least one opgave.');
  if (input.ballots.length > MAX_BALLOTS) checks.add('input.ballots', `At most ${MAX_BALLOTS} opgaven at once.`);
  checks.intRange('input.seats', input.seats, 1, Math.max(1, input.ballots.length));
  const read = input.ballots.map((b, i) => {
    const id = decodeIdOf('Opgave', b.opgaveId);
    if (id === null) checks.add(`input.ballots.${i}.opgaveId`, 'No opgave with this id.', ErrorCode.NOT_FOUND);
    else if (input.ballots.slice(0, i).some((x) => decodeIdOf('Opgave', x.opgaveId) === id)) {
      checks.add(`input.ballots.${i}.opgaveId`, 'This opgave is on the ballot twice.');
    }
    checks.nonNegativeInt(`input.ballots.${i}.votes`, b.votes);
    return { id, votes: b.votes, index: i };
  });
  const wisdom = new Map<number, string>();
  (input.minorityWisdom ?? []).forEach((w, i) => {
    const id = decodeIdOf('Opgave', w.opgaveId);
    checks.nonEmpty(`input.minorityWisdom.${i}.text`, w.text, TEXT_MAX.minorityWisdom);
    if (id === null || !read.some((b) => b.id === id))
      checks.add(`input.minorityWisdom.${i}.opgaveId`, 'The minority wisdom must be about an opgave on the ballot.');
    else if (wisdom.has(id)) checks.add(`input.minorityWisdom.${i}.opgaveId`, 'One text per opgave.');
    else wisdom.set(id, w.text.trim());
  });
  let overlegId: number | null = null;
  if (input.overlegId !== undefined && input.overlegId !== null) {
    overlegId = decodeIdOf('Overleg', input.overlegId);
    if (overlegId === null) checks.add('input.overlegId', 'No overleg with this id.', ErrorCode.NOT_FOUND);
  }
  if (!checks.ok) return fail(...checks.problems);
  // Every id decoded (an undecodable one is a problem above): the filter drops none, it tells the compiler so.
  const ballots = read.filter((b): b is SelectionRead['ballots'][number] => b.id !== null);
  return ok({ ballots, wisdom, overlegId });
}

/** The opgave of a ballot: every ballot's opgave was found before it is asked for, so a missing one is a fault. */
function opgaveOf(byId: ReadonlyMap<number, Opgave>, id: number): Opgave {
  const opgave = byId.get(id);
  if (!opgave) throw new Error(`opgave ${id} of the ballot is missing`);
  return opgave;
}

/** The refusal of a vote with a tie for the last seat, naming the tied opgaven; null without a tie. */
function tieProblem(tied: readonly { id: number; votes: number }[], titleOf: (id: number) => string): Problem | null {
  const votes = tied[0]?.votes;
  if (votes === undefined) return null;
  const titles = tied.map((b) => `"${titleOf(b.id)}"`);
  return problem(
    SELECTION_CODES.TIE,
    `A tie for the last seat: ${titles.join(', ')} each have ${votes} votes. Vote again between them or change the number of seats.`,
    'input.ballots',
  );
}

/**
 * Opgave selection by majority plus the minority's wisdom (Deep Democracy), and the yearly podium.
 * REGISSEUR records a selection; every role reads the podium.
 */
export class ParticipationService extends RequestService {
  /**
   * The `seats` opgaven with most votes become SELECTED, the rest stay COLLECTED. A tie at the cut is reported, never
   * broken silently: the meeting has to decide it (a new round, or a different number of seats).
   */
  async select(viewerOrNull: Viewer | null, input: OpgavenSelect): Promise<Outcome<SelectionResult>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const read = readSelection(input, this.clock.today());
    if (!read.ok) return read;
    const { ballots, wisdom, overlegId } = read.value;

    return this.db.transaction(async (tx) => {
      const rows = await tx.query<Opgave>(
        `SELECT ${OPGAVE_COLUMNS} FROM opgave o WHERE o.id = ANY($1) AND o.municipality_id = $2 ORDER BY o.id FOR UPDATE`,
        [ballots.map((b) => b.id), viewer.municipalityId],
      );
      const byId = new Map(rows.map((o) => [o.id, o]));
      const found = new Checks();
      for (const b of ballots) {
        const o = byId.get(b.id);
        if (!o) found.add(`input.ballots.${b.index}.opgaveId`, 'No opgave with this id.', ErrorCode.NOT_FOUND);
        else if (o.status !== OpgaveStatus.COLLECTED) {
          found.add(
            `input.ballots.${b.index}.opgaveId`,
            `Only collected opgaven are voted on; "${o.title}" is ${o.status}.`,
            ErrorCode.INVALID_STATE,
          );
        }
      }
      if (overlegId !== null && !(await overlegExists(tx, viewer.municipalityId, overlegId))) {
        found.add('input.overlegId', 'No overleg with this id.', ErrorCode.NOT_FOUND);
      }
      if (!found.ok) return fail<SelectionResult>(...found.problems);

      const ranked = rankBallots(ballots);
      const tie = tieProblem(tiedForLastSeat(ranked, input.seats), (id) => opgaveOf(byId, id).title);
      if (tie !== null) return fail<SelectionResult>(tie);
      if (minorityWisdomMissing(losingOpgaven(ranked, input.seats), wisdom)) {
        return fail<SelectionResult>(
          problem(ErrorCode.MINORITY_POSITION_REQUIRED, "Some opgaven got votes and lost: record the minority's wisdom.", 'input.minorityWisdom'),
        );
      }
      const chosen = ranked.slice(0, input.seats);
      const minority = minorityWisdomText(ranked.map((b) => ({ title: opgaveOf(byId, b.id).title, wisdom: wisdom.get(b.id) })));
      const decision = await insertDecision(tx, {
        municipalityId: viewer.municipalityId,
        kind: DecisionKind.OPGAVE_SELECTION,
        decidedOn: input.heldOn,
        outcome: DecisionOutcome.ADOPTED,
        text: selectionDecisionText(
          input.seats,
          ranked.length,
          chosen.map((b) => opgaveOf(byId, b.id).title),
        ),
        votesFor: null,
        votesAgainst: null,
        votesAbstain: null,
        minorityPosition: minority,
        responsible: null,
        overlegId,
      });
      await tx.query(
        `INSERT INTO opgave_selection (municipality_id, decision_id, opgave_id, votes, rank, selected, minority_wisdom)
         SELECT $1, $2, s.opgave_id, s.votes, s.rank, s.selected, s.wisdom
           FROM unnest($3::bigint[], $4::int[], $5::int[], $6::boolean[], $7::text[]) AS s(opgave_id, votes, rank, selected, wisdom)`,
        [
          viewer.municipalityId,
          decision.id,
          ranked.map((b) => b.id),
          ranked.map((b) => b.votes),
          ranked.map((b) => b.rank),
          ranked.map((_, i) => i < input.seats),
          ranked.map((b) => wisdom.get(b.id) ?? null),
        ],
      );
      const updated = await tx.query<Opgave>(
        `UPDATE opgave o SET status = 'SELECTED', version = version + 1, updated_at = now() WHERE o.id = ANY($1) RETURNING ${OPGAVE_COLUMNS}`,
        [chosen.map((b) => b.id)],
      );
      const after = new Map([...byId, ...updated.map((o) => [o.id, o] as const)]);
      return ok({ decision, opgaven: ranked.map((b) => opgaveOf(after, b.id)) });
    });
  }

  /** The yearly "results on the stage", of the viewer's municipality. */
  async podium(viewerOrNull: Viewer | null, year: number): Promise<PodiumEntry[]> {
    const viewer = requireViewer(viewerOrNull);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new InputError('"year" must be from 2000 to 2100.', 'year');
    return podiumEntries(this.db, viewer.municipalityId, year);
  }
}

/**
 * The yearly "results on the stage" as of that year: the opgaven that existed in it, with the status and rung they had
 * at its end (from their histories), and the decisions taken in it. Three statements, however many opgaven there are.
 * The public pages run the same statements as the public role, whose schema `published` has views of these tables with
 * published rows only.
 */
export async function podiumEntries(q: Queryable, municipalityId: number, year: number): Promise<PodiumEntry[]> {
  const { from, to } = yearBounds(year);
  const rows = await q.query<Opgave & { ateliersHeld: number; actionsDone: number; actionsOpen: number }>(
    `SELECT ${OPGAVE_COLUMNS},
       (SELECT count(*) FROM atelier a WHERE a.opgave_id = o.id
          AND EXISTS (SELECT 1 FROM atelier_meeting m WHERE m.atelier_id = a.id AND m.held_on BETWEEN $2 AND $3))::int AS "ateliersHeld",
       (SELECT count(*) FROM action_item ai JOIN atelier a ON a.id = ai.atelier_id
         WHERE a.opgave_id = o.id AND ai.status = 'DONE' AND ai.closed_on BETWEEN $2 AND $3)::int AS "actionsDone",
       (SELECT count(*) FROM action_item ai JOIN atelier a ON a.id = ai.atelier_id
         WHERE a.opgave_id = o.id AND ai.status = 'OPEN')::int AS "actionsOpen"
     FROM opgave o WHERE o.municipality_id = $1 AND (o.created_at AT TIME ZONE 'Europe/Amsterdam')::date <= $3 ORDER BY o.id`,
    [municipalityId, from, to],
  );
  const asOf = await q.query<{ id: number; status: OpgaveStatus | null; rung: number | null }>(
    `SELECT o.id,
       (SELECT s.status FROM opgave_status_change s WHERE s.opgave_id = o.id AND (s.changed_at AT TIME ZONE 'Europe/Amsterdam')::date <= $2
         ORDER BY s.changed_at DESC, s.id DESC LIMIT 1) AS status,
       (SELECT r.rung FROM opgave_rung_change r WHERE r.opgave_id = o.id AND (r.changed_at AT TIME ZONE 'Europe/Amsterdam')::date <= $2
         ORDER BY r.changed_at DESC, r.id DESC LIMIT 1) AS rung
     FROM opgave o WHERE o.municipality_id = $1 AND (o.created_at AT TIME ZONE 'Europe/Amsterdam')::date <= $2`,
    [municipalityId, to],
  );
  const atYearEnd = new Map(asOf.map((a) => [a.id, a]));
  const decisions = await q.query<Decision & { opgaveId: number }>(
    `SELECT s.opgave_id AS "opgaveId", ${DECISION_COLUMNS} FROM opgave_selection s JOIN decision d ON d.id = s.decision_id
      WHERE s.municipality_id = $1 AND d.decided_on BETWEEN $2 AND $3 ORDER BY d.decided_on, d.id`,
    [municipalityId, from, to],
  );
  const byOpgave = new Map<number, Decision[]>();
  for (const { opgaveId, ...d } of decisions) byOpgave.set(opgaveId, [...(byOpgave.get(opgaveId) ?? []), d]);
  return rows.map(({ ateliersHeld, actionsDone, actionsOpen, ...opgave }) => ({
    opgave,
    status: atYearEnd.get(opgave.id)?.status ?? opgave.status,
    ownershipRung: atYearEnd.get(opgave.id)?.rung ?? opgave.ownershipRung,
    ateliersHeld,
    actionsDone,
    actionsOpen,
    decisions: byOpgave.get(opgave.id) ?? [],
  }));
}
