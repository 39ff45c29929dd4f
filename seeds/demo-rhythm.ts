/**
 * The rhythm of decision-making in the demo: overleggen three months back and two ahead, proposals in every stage of
 * the six-week cycle with their perspectives and decisions, and the actions of the meetings. Written straight into the
 * tables, in the states and versions the services would leave (a decided proposal at version 2, minutes at version 2,
 * ...), without raising notification events: the demo starts with a history, not with a burst of mail about it.
 */
import type { Queryable } from '../api/src/db/database';
import { ProposalStatus } from '../api/src/modules/proposal/proposal.entity';
import { overdueSteps, proposalSchedule } from '../api/src/modules/proposal/proposal.rules';
import { planActions, planProposals } from './demo-rhythm.cycle';
import { planMeetings } from './demo-rhythm.meetings';
import { anchors, at, type Cast, type ProposalPlan, type RhythmPlan } from './demo-rhythm.plan';

export interface RhythmSummary {
  overleggen: number;
  proposals: number;
  actions: number;
}

export function planRhythm(today: string, cast: Cast): RhythmPlan {
  const a = anchors(today);
  const proposals = planProposals(a, cast);
  // Inserted in the order they were planned: the overleg list shows the meeting planned last first.
  const meetings = planMeetings(a, cast, proposals).sort((x, y) => (x.plannedOn + x.heldOn).localeCompare(y.plannedOn + y.heldOn));
  return { meetings, proposals, actions: planActions(a, cast, meetings) };
}

/** The status the service leaves after the steps taken, and the version it has by then (one per step after submitting). */
export function proposalState(p: ProposalPlan): { status: `${ProposalStatus}`; version: number } {
  if (p.council) return { status: 'CLOSED', version: 4 };
  if (p.feedback) return { status: 'FED_BACK', version: 3 };
  if (p.decision) return { status: 'DECIDED', version: 2 };
  return { status: 'SUBMITTED', version: 1 };
}

/**
 * What the plan must satisfy whatever today is, by the API's own rules: each proposal is late exactly when the demo
 * means it to be, a decision lies in its beleidsoverleg window, feedback follows the decision within the cycle, and
 * nothing recorded lies in the future. Returns the problems found (none for a good plan).
 */
export function planProblems(plan: RhythmPlan, today: string): string[] {
  const problems: string[] = [];
  const meetingOn = new Map(plan.meetings.map((m) => [m.key, m.heldOn]));
  for (const p of plan.proposals) {
    const { status } = proposalState(p);
    const sides = new Set(p.perspectives.map((v) => v.side)).size;
    const late = overdueSteps({ status: ProposalStatus[status], submittedOn: p.submittedOn, urgent: p.urgent }, sides, today).length > 0;
    if (late !== p.overdue) problems.push(`${p.key}: overdue is ${String(late)}, meant ${String(p.overdue)}`);
    const s = proposalSchedule(p.submittedOn, p.urgent);
    const recorded = [p.submittedOn, ...p.perspectives.map((v) => v.recordedOn), p.decision?.decidedOn, p.feedback?.on, p.council?.on];
    if (recorded.some((d) => d !== undefined && d >= today)) problems.push(`${p.key}: something recorded today or later`);
    if (p.perspectives.some((v) => v.recordedOn < p.submittedOn)) problems.push(`${p.key}: a perspective before the submission`);
    if ((p.stances ?? []).some((v) => v.recordedOn < p.submittedOn || v.recordedOn >= today)) problems.push(`${p.key}: a stance outside its time`);
    if (p.decision) {
      const d = p.decision.decidedOn;
      if (meetingOn.get(p.decision.meeting) !== d) problems.push(`${p.key}: decided elsewhere than at ${p.decision.meeting}`);
      if (d < s.policyMeetingFrom || d > s.policyMeetingBy) problems.push(`${p.key}: decided outside the beleidsoverleg window`);
      if (p.perspectives.some((v) => v.recordedOn > d)) problems.push(`${p.key}: a perspective after the decision`);
    }
    if (p.feedback && (p.feedback.on < (p.decision?.decidedOn ?? '') || p.feedback.on > s.decisionFeedbackBy)) {
      problems.push(`${p.key}: feedback outside week 6`);
    }
  }
  for (const m of plan.meetings) if (m.minutes !== null && m.heldOn >= today) problems.push(`${m.key}: minutes before the meeting`);
  for (const x of plan.actions) {
    if (x.closedOn !== null && (x.closedOn < x.createdOn || x.closedOn >= today)) problems.push(`${x.title}: closed outside its life`);
  }
  return problems;
}

/** Seeds the rhythm into a municipality that has its users, providers and opgaven. */
export async function seedRhythm(db: Queryable, municipalityId: number, today: string): Promise<RhythmSummary> {
  const cast = await loadCast(db, municipalityId);
  const plan = planRhythm(today, cast);
  const problems = planProblems(plan, today);
  if (problems.length > 0) throw new Error(`the demo rhythm does not hold on ${today}: ${problems.join('; ')}`);
  const meetingIds = await insertMeetings(db, municipalityId, plan);
  const decisionIds = await insertProposals(db, municipalityId, plan, meetingIds);
  await insertActions(db, municipalityId, plan, meetingIds, decisionIds);
  return { overleggen: plan.meetings.length, proposals: plan.proposals.length, actions: plan.actions.length };
}

async function loadCast(db: Queryable, municipalityId: number): Promise<Cast> {
  const users = await db.query<{ id: number; name: string; role: string; provider: string | null }>(
    `SELECT u.id, u.name, u.role, p.name AS provider FROM app_user u LEFT JOIN provider p ON p.id = u.provider_id
      WHERE u.municipality_id = $1 ORDER BY u.provider_id NULLS FIRST, u.id`,
    [municipalityId],
  );
  const [municipality] = await db.query<{ name: string }>(`SELECT name FROM municipality WHERE id = $1`, [municipalityId]);
  const coaches = await db.query<{ name: string }>(`SELECT procesbegeleider AS name FROM opgaveteam WHERE municipality_id = $1 ORDER BY id`, [
    municipalityId,
  ]);
  const one = (role: string) => {
    const u = users.find((x) => x.role === role);
    if (!u) throw new Error(`the demo rhythm needs a ${role}`);
    return { id: u.id, name: u.name };
  };
  return {
    municipality: municipality?.name ?? 'Gemeente',
    regisseur: one('REGISSEUR'),
    analyst: one('ANALYST'),
    reps: users.flatMap((u) => (u.role === 'PROVIDER_REP' && u.provider !== null ? [{ id: u.id, name: u.name, provider: u.provider }] : [])),
    coaches: coaches.map((c) => c.name),
    council: users.filter((x) => x.role === 'CLIENT_COUNCIL').map((u) => ({ id: u.id, name: u.name }))[0] ?? null,
  };
}

/** Identity values follow the insert order (ORDER BY ord), so ids sorted ascending line up with the rows given. */
function inOrder<T>(rows: readonly { id: number }[], items: readonly T[]): [T, number][] {
  if (rows.length !== items.length) throw new Error(`inserted ${rows.length} of ${items.length} rows`);
  const ids = rows.map((r) => r.id).sort((x, y) => x - y);
  return items.map((item, i) => [item, ids[i] ?? 0]);
}

/** The meetings in plan order (ids follow it), then their agendas; returns the id of each meeting by key. */
async function insertMeetings(db: Queryable, municipalityId: number, plan: RhythmPlan): Promise<Map<string, number>> {
  const m = plan.meetings;
  const rows = await db.query<{ id: number }>(
    `INSERT INTO overleg (municipality_id, version, kind, title, held_on, location, participants, minutes, created_at, updated_at)
     SELECT $1, CASE WHEN t.minutes IS NULL THEN 1 ELSE 2 END, t.kind, t.title, t.held_on, t.location, t.participants, t.minutes, t.created_at, t.updated_at
       FROM unnest($2::overleg_kind[], $3::text[], $4::date[], $5::text[], $6::jsonb[], $7::text[], $8::timestamptz[], $9::timestamptz[])
            WITH ORDINALITY AS t(kind, title, held_on, location, participants, minutes, created_at, updated_at, ord)
      ORDER BY t.ord
     RETURNING id`,
    [
      municipalityId,
      m.map((x) => x.kind),
      m.map((x) => x.title),
      m.map((x) => x.heldOn),
      m.map((x) => x.location),
      m.map((x) => JSON.stringify(x.participants)),
      m.map((x) => x.minutes),
      m.map((x) => at(x.plannedOn)),
      // Minutes are written on the evening of the meeting.
      m.map((x) => (x.minutes === null ? at(x.plannedOn) : at(x.heldOn, 19))),
    ],
  );
  const ids = new Map(inOrder(rows, m).map(([x, id]) => [x.key, id]));
  const agenda = m.flatMap((x) => x.agenda.map((item, i) => ({ overleg: ids.get(x.key), position: i + 1, ...item, createdOn: x.plannedOn })));
  await db.query(
    `INSERT INTO overleg_agenda_item (municipality_id, overleg_id, position, title, added_by_user_id, created_at)
     SELECT $1, t.* FROM unnest($2::bigint[], $3::int[], $4::text[], $5::bigint[], $6::timestamptz[]) AS t`,
    [
      municipalityId,
      agenda.map((x) => x.overleg),
      agenda.map((x) => x.position),
      agenda.map((x) => x.title),
      agenda.map((x) => x.addedBy),
      agenda.map((x) => at(x.createdOn, 9)),
    ],
  );
  return ids;
}

/** Decisions first (a proposal names its decision), then the proposals, then their perspectives; returns decision ids by proposal. */
async function insertProposals(db: Queryable, municipalityId: number, plan: RhythmPlan, meetings: Map<string, number>): Promise<Map<string, number>> {
  const decided = plan.proposals.flatMap((p) => (p.decision ? [{ key: p.key, ...p.decision }] : []));
  const decisionRows = await db.query<{ id: number }>(
    `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text, votes_for, votes_against, votes_abstain, minority_position, responsible, overleg_id, created_at)
     SELECT $1, 'PROPOSAL', t.decided_on, t.outcome, t.text, t.votes_for, t.votes_against, t.votes_abstain, t.minority, t.responsible, t.overleg_id, t.created_at
       FROM unnest($2::date[], $3::decision_outcome[], $4::text[], $5::int[], $6::int[], $7::int[], $8::text[], $9::text[], $10::bigint[], $11::timestamptz[])
            WITH ORDINALITY AS t(decided_on, outcome, text, votes_for, votes_against, votes_abstain, minority, responsible, overleg_id, created_at, ord)
      ORDER BY t.ord
     RETURNING id`,
    [
      municipalityId,
      decided.map((d) => d.decidedOn),
      decided.map((d) => d.outcome),
      decided.map((d) => d.text),
      decided.map((d) => d.votes[0]),
      decided.map((d) => d.votes[1]),
      decided.map((d) => d.votes[2]),
      decided.map((d) => d.minorityPosition),
      decided.map((d) => d.responsible),
      decided.map((d) => meetings.get(d.meeting) ?? null),
      decided.map((d) => at(d.decidedOn, 19)),
    ],
  );
  const decisionIds = new Map(inOrder(decisionRows, decided).map(([d, id]) => [d.key, id]));
  const ps = plan.proposals;
  const lastChange = (p: ProposalPlan) => p.council?.on ?? p.feedback?.on ?? p.decision?.decidedOn ?? p.submittedOn;
  const proposalRows = await db.query<{ id: number }>(
    `INSERT INTO proposal (municipality_id, version, title, description, submitted_on, urgent, status, decision_id, feedback_on, feedback_summary,
                           council_checked_on, council_verdict, council_remarks, submitted_by_user_id, created_at, updated_at)
     SELECT $1, t.version, t.title, t.description, t.submitted_on, t.urgent, t.status, t.decision_id, t.feedback_on, t.feedback_summary,
            t.council_on, t.verdict, t.remarks, t.submitted_by, t.created_at, t.updated_at
       FROM unnest($2::int[], $3::text[], $4::text[], $5::date[], $6::boolean[], $7::proposal_status[], $8::bigint[], $9::date[], $10::text[],
                   $11::date[], $12::client_council_verdict[], $13::text[], $14::bigint[], $15::timestamptz[], $16::timestamptz[])
            WITH ORDINALITY AS t(version, title, description, submitted_on, urgent, status, decision_id, feedback_on, feedback_summary,
                                 council_on, verdict, remarks, submitted_by, created_at, updated_at, ord)
      ORDER BY t.ord
     RETURNING id`,
    [
      municipalityId,
      ps.map((p) => proposalState(p).version),
      ps.map((p) => p.title),
      ps.map((p) => p.description),
      ps.map((p) => p.submittedOn),
      ps.map((p) => p.urgent),
      ps.map((p) => proposalState(p).status),
      ps.map((p) => decisionIds.get(p.key) ?? null),
      ps.map((p) => p.feedback?.on ?? null),
      ps.map((p) => p.feedback?.summary ?? null),
      ps.map((p) => p.council?.on ?? null),
      ps.map((p) => p.council?.verdict ?? null),
      ps.map((p) => p.council?.remarks ?? null),
      ps.map((p) => p.submittedBy),
      ps.map((p) => at(p.submittedOn)),
      ps.map((p) => at(lastChange(p), 19)),
    ],
  );
  await insertPerspectives(db, municipalityId, inOrder(proposalRows, ps));
  await insertStances(db, municipalityId, inOrder(proposalRows, ps));
  return decisionIds;
}

async function insertStances(db: Queryable, municipalityId: number, proposals: readonly [ProposalPlan, number][]): Promise<void> {
  const all = proposals.flatMap(([p, id]) => (p.stances ?? []).map((s) => ({ ...s, proposalId: id })));
  await db.query(
    `INSERT INTO proposal_stance (municipality_id, proposal_id, user_id, position, reason, recorded_at)
     SELECT $1, t.* FROM unnest($2::bigint[], $3::bigint[], $4::stance_position[], $5::text[], $6::timestamptz[]) AS t`,
    [
      municipalityId,
      all.map((s) => s.proposalId),
      all.map((s) => s.userId),
      all.map((s) => s.position),
      all.map((s) => s.reason),
      all.map((s) => at(s.recordedOn, 16)),
    ],
  );
}

async function insertPerspectives(db: Queryable, municipalityId: number, proposals: readonly [ProposalPlan, number][]): Promise<void> {
  const all = proposals
    .flatMap(([p, id]) => p.perspectives.map((v) => ({ ...v, proposalId: id })))
    .sort((x, y) => x.recordedOn.localeCompare(y.recordedOn));
  await db.query(
    `INSERT INTO proposal_perspective (municipality_id, proposal_id, perspective, position, advice, consulted_constituency, recorded_by_user_id, recorded_at)
     SELECT $1, t.* FROM unnest($2::bigint[], $3::perspective[], $4::text[], $5::text[], $6::boolean[], $7::bigint[], $8::timestamptz[]) AS t`,
    [
      municipalityId,
      all.map((v) => v.proposalId),
      all.map((v) => v.side),
      all.map((v) => v.position),
      all.map((v) => v.advice),
      all.map((v) => v.consulted),
      all.map((v) => v.recordedBy),
      all.map((v) => at(v.recordedOn, 15)),
    ],
  );
}

async function insertActions(
  db: Queryable,
  municipalityId: number,
  plan: RhythmPlan,
  meetings: Map<string, number>,
  decisions: Map<string, number>,
): Promise<void> {
  const xs = plan.actions;
  const source = (x: (typeof xs)[number]) =>
    'meeting' in x.source
      ? { overleg: meetings.get(x.source.meeting) ?? null, decision: null }
      : { overleg: null, decision: decisions.get(x.source.decisionOf) ?? null };
  await db.query(
    `INSERT INTO action_item (municipality_id, version, title, owner_user_id, owner_name, due_on, status, closed_on, source_kind, overleg_id, decision_id, created_at, updated_at)
     SELECT $1, CASE WHEN t.status = 'OPEN' THEN 1 ELSE 2 END, t.title, t.owner_user_id, t.owner_name, t.due_on, t.status, t.closed_on,
            CASE WHEN t.overleg_id IS NULL THEN 'DECISION' ELSE 'OVERLEG' END::action_source_kind, t.overleg_id, t.decision_id, t.created_at,
            COALESCE(t.closed_at, t.created_at)
       FROM unnest($2::text[], $3::bigint[], $4::text[], $5::date[], $6::action_status[], $7::date[], $8::bigint[], $9::bigint[], $10::timestamptz[], $11::timestamptz[])
            WITH ORDINALITY AS t(title, owner_user_id, owner_name, due_on, status, closed_on, overleg_id, decision_id, created_at, closed_at, ord)
      ORDER BY t.ord`,
    [
      municipalityId,
      xs.map((x) => x.title),
      xs.map((x) => x.ownerUserId),
      xs.map((x) => x.ownerName),
      xs.map((x) => x.dueOn),
      xs.map((x) => x.status),
      xs.map((x) => x.closedOn),
      xs.map((x) => source(x).overleg),
      xs.map((x) => source(x).decision),
      xs.map((x) => at(x.createdOn, 19)),
      xs.map((x) => (x.closedOn === null ? null : at(x.closedOn, 10))),
    ],
  );
}
