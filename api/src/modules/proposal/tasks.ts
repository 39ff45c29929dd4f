import type { Queryable } from '../../db/database';
import type { Viewer } from '../../shared/auth/viewer';
import { toGlobalId, type NodeType } from '../../shared/graphql/global-id';
import { Role } from '../user/user.entity';
import { addDays } from '../../shared/local-date';
import { proposalSchedule } from './proposal.rules';
import { councilCheckDueOn, isAttendee, sideOf } from './voice.rules';

/** What may be asked of a participant; one entry per kind. */
export enum MyTaskKind {
  PERSPECTIVE = 'PERSPECTIVE',
  STANCE = 'STANCE',
  COUNCIL_CHECK = 'COUNCIL_CHECK',
  MINORITY_CONFIRM = 'MINORITY_CONFIRM',
  // BALLOT (a ballot in an open opgave selection round) joins here, with its source in TASK_SOURCES.
}

/** One thing asked of the viewer: what, about which subject, by when, and where in the web client it is done. */
export interface MyTaskRow {
  kind: MyTaskKind;
  subjectId: string;
  title: string;
  description: string;
  dueOn: string;
  overdue: boolean;
  link: string;
}

/** Who is asking: the viewer, whether they are in the kerngroep, and today. */
export interface TaskViewer {
  viewer: Viewer;
  inKerngroep: boolean;
  today: string;
}

/** One kind of task: reads what is asked of this viewer now (nothing, when the kind is not theirs). */
export type TaskSource = (db: Queryable, who: TaskViewer) => Promise<MyTaskRow[]>;

interface ProposalFacts {
  id: number;
  title: string;
  description: string;
  submittedOn: string;
  urgent: boolean;
  feedbackOn: string | null;
}

const FACTS = `p.id, p.title, p.description, p.submitted_on AS "submittedOn", p.urgent, p.feedback_on AS "feedbackOn"`;

/** The web client's screen for a task of this kind, on this subject. */
export const TASK_PATHS: Record<MyTaskKind, string> = {
  [MyTaskKind.PERSPECTIVE]: '/meedoen/perspectief',
  [MyTaskKind.STANCE]: '/meedoen/standpunt',
  [MyTaskKind.COUNCIL_CHECK]: '/meedoen/toets',
  [MyTaskKind.MINORITY_CONFIRM]: '/meedoen/minderheid',
};

/** The minority confirms its position within a week of the decision, before it is fed back to the residents. */
export const MINORITY_CONFIRM_DAYS = 7;

function task(kind: MyTaskKind, type: NodeType, p: ProposalFacts, dueOn: string, today: string): MyTaskRow {
  const subjectId = toGlobalId(type, p.id);
  return { kind, subjectId, title: p.title, description: p.description, dueOn, overdue: today > dueOn, link: `${TASK_PATHS[kind]}/${subjectId}` };
}

/** Perspectives due: proposals not decided yet on which the viewer's side has not spoken. */
const perspectivesDue: TaskSource = async (db, { viewer, inKerngroep, today }) => {
  const side = sideOf({ role: viewer.role, inKerngroep });
  if (side === null) return [];
  const rows = await db.query<ProposalFacts>(
    `SELECT ${FACTS} FROM proposal p WHERE p.municipality_id = $1 AND p.status = 'SUBMITTED'
        AND NOT EXISTS (SELECT 1 FROM proposal_perspective pp WHERE pp.proposal_id = p.id AND pp.perspective = $2) ORDER BY p.id`,
    [viewer.municipalityId, side],
  );
  return rows.map((p) => task(MyTaskKind.PERSPECTIVE, 'Proposal', p, proposalSchedule(p.submittedOn, p.urgent).perspectivesDueOn, today));
};

/** Stances to record: proposals not decided yet, which the viewer attends, without their stance. */
const stancesToRecord: TaskSource = async (db, { viewer, inKerngroep, today }) => {
  if (!isAttendee({ role: viewer.role, inKerngroep })) return [];
  const rows = await db.query<ProposalFacts>(
    `SELECT ${FACTS} FROM proposal p WHERE p.municipality_id = $1 AND p.status = 'SUBMITTED'
        AND NOT EXISTS (SELECT 1 FROM proposal_stance s WHERE s.proposal_id = p.id AND s.user_id = $2) ORDER BY p.id`,
    [viewer.municipalityId, viewer.userId],
  );
  return rows.map((p) => task(MyTaskKind.STANCE, 'Proposal', p, proposalSchedule(p.submittedOn, p.urgent).policyMeetingBy, today));
};

/** Council checks due: decisions fed back to the residents, for the members of the client council. */
const councilChecksDue: TaskSource = async (db, { viewer, today }) => {
  if (viewer.role !== Role.CLIENT_COUNCIL) return [];
  const rows = await db.query<ProposalFacts>(`SELECT ${FACTS} FROM proposal p WHERE p.municipality_id = $1 AND p.status = 'FED_BACK' ORDER BY p.id`, [
    viewer.municipalityId,
  ]);
  return rows.map((p) => task(MyTaskKind.COUNCIL_CHECK, 'Proposal', p, councilCheckDueOn(p.feedbackOn) ?? today, today));
};

/**
 * Minority positions to confirm: decisions on proposals whose drafted minority position nobody of the minority has
 * confirmed yet, where the viewer's own stance is on the losing side. The task shows the draft to confirm.
 */
const minorityToConfirm: TaskSource = async (db, { viewer, today }) => {
  const rows = await db.query<ProposalFacts & { decisionId: number; decidedOn: string; draft: string }>(
    `SELECT ${FACTS}, d.id AS "decisionId", d.decided_on AS "decidedOn", d.minority_position AS draft
       FROM proposal p JOIN decision d ON d.id = p.decision_id
      WHERE p.municipality_id = $1 AND d.minority_position IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM decision_minority_confirmation c WHERE c.decision_id = d.id)
        AND (SELECT s.position FROM proposal_stance s WHERE s.proposal_id = p.id AND s.user_id = $2 ORDER BY s.id DESC LIMIT 1)
            = CASE WHEN d.outcome = 'REJECTED' THEN 'AGREE'::stance_position ELSE 'DISAGREE'::stance_position END
      ORDER BY p.id`,
    [viewer.municipalityId, viewer.userId],
  );
  return rows.map((r) => ({
    ...task(MyTaskKind.MINORITY_CONFIRM, 'Decision', { ...r, id: r.decisionId, description: r.draft }, addDays(r.decidedOn, MINORITY_CONFIRM_DAYS), today),
  }));
};

/** Every kind of task; a new kind is one entry here (and one in MyTaskKind and TASK_PATHS). */
export const TASK_SOURCES: readonly TaskSource[] = [perspectivesDue, stancesToRecord, councilChecksDue, minorityToConfirm];
