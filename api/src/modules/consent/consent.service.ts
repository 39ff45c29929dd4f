import type { Queryable } from '../../db/database';
import { isUniqueViolation } from '../../db/database';
import type { RequestDb } from '../../db/request-db';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ErrorCode, fail, ok, problem, type Outcome, type Problem } from '../../shared/errors/problems';
import { decodeIdOf, toGlobalId } from '../../shared/graphql/global-id';
import { PARTICIPANT_ROLES } from '../../shared/module';
import { Role } from '../user/user.entity';
import { ConsentSubjectKind, type ConsentChannel } from './consent.entity';
import {
  channelProblem,
  defaultChannel,
  giveProblem,
  memberSubjectProblem,
  PURPOSES_OF,
  purposeProblem,
  withdrawalEffect,
  withdrawProblem,
} from './consent.rules';
import type { ConsentGiveInput, ConsentRecord, ConsentSubject, ConsentSubjectInput, ConsentWithdrawInput } from './consent.types';

interface Row extends Omit<ConsentRecord, 'inForce'> {
  userId: number | null;
  memberId: number | null;
  submissionId: number | null;
}

/** A subject as the database holds it: its kind and row id. */
interface SubjectRef {
  kind: ConsentSubjectKind;
  rowId: number;
}

const COLUMNS = `c.id::text AS id, c.subject_kind AS "subjectKind", c.purpose, c.given_at AS "givenAt", c.given_channel AS "givenChannel",
  g.name AS "givenByName", c.withdrawn_at AS "withdrawnAt", c.withdrawn_channel AS "withdrawnChannel", w.name AS "withdrawnByName",
  c.user_id::int AS "userId", c.opgaveteam_member_id::int AS "memberId", c.opgave_submission_id::int AS "submissionId"
  FROM consent c LEFT JOIN app_user g ON g.id = c.given_by_user_id LEFT JOIN app_user w ON w.id = c.withdrawn_by_user_id`;
/** One municipality's people who can consent: more than this is not one screen's job. */
const SUBJECTS_MAX = 500;

const record = (row: Row): ConsentRecord => {
  const { userId: _u, memberId: _m, submissionId: _s, ...rest } = row;
  return { ...rest, inForce: row.withdrawnAt === null };
};

const NO_SUBJECT = problem(ErrorCode.NOT_FOUND, 'No person with this id to record consent for.', 'input.subject.id');
const NO_CONSENT = problem(ErrorCode.NOT_FOUND, 'No consent with this id.', 'input.id');

/**
 * Consent per purpose: a participant gives and withdraws their own in the client; the regisseur records what came on
 * paper or by phone for anyone in the municipality. Withdrawing consent to be contacted about a submission clears its
 * address; a withdrawn name leaves the public pages with the next published version (the migration's triggers).
 */
export class ConsentService {
  constructor(
    private readonly db: RequestDb,
    private readonly officerContact: string | null,
  ) {}

  /** PRIVACY_OFFICER_CONTACT, for the privacy statement: anyone may read it. */
  privacyOfficerContact(): string | null {
    return this.officerContact;
  }

  /** A participant's own consents, newest first, withdrawn ones included. */
  async mine(viewerOrNull: Viewer | null): Promise<ConsentRecord[]> {
    const viewer = requireRole(viewerOrNull, ...PARTICIPANT_ROLES);
    const rows = await this.db.query<Row>(
      `SELECT ${COLUMNS} WHERE c.user_id = $1 AND c.municipality_id = $2 AND c.subject_kind = 'PARTICIPANT' ORDER BY c.given_at DESC, c.id DESC`,
      [viewer.userId, viewer.municipalityId],
    );
    return rows.map(record);
  }

  /** The regisseur's list: participants, residents in a team without an account, and submissions with an address or a consent. */
  async subjects(viewerOrNull: Viewer | null): Promise<ConsentSubject[]> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const m = viewer.municipalityId;
    const [people, members, submissions, consents] = await Promise.all([
      this.db.query<{ id: number; name: string; context: string | null }>(
        `SELECT id::int AS id, name, NULL AS context FROM app_user WHERE municipality_id = $1 AND role::text = ANY($2::text[]) AND active
          ORDER BY name, id LIMIT ${SUBJECTS_MAX}`,
        [m, PARTICIPANT_ROLES],
      ),
      this.db.query<{ id: number; name: string; context: string | null }>(
        `SELECT om.id::int AS id, om.name, o.title AS context FROM opgaveteam_member om JOIN opgaveteam t ON t.id = om.opgaveteam_id
           JOIN opgave o ON o.id = t.opgave_id
          WHERE om.municipality_id = $1 AND om.kind = 'RESIDENT' AND om.user_id IS NULL ORDER BY om.name, om.id LIMIT ${SUBJECTS_MAX}`,
        [m],
      ),
      this.db.query<{ id: number; name: string; context: string | null }>(
        `SELECT s.id::int AS id, s.title AS name, s.contact_email AS context FROM opgave_submission s
          WHERE s.municipality_id = $1 AND (s.contact_email IS NOT NULL OR EXISTS (SELECT 1 FROM consent c WHERE c.opgave_submission_id = s.id))
          ORDER BY s.id DESC LIMIT ${SUBJECTS_MAX}`,
        [m],
      ),
      this.db.query<Row>(`SELECT ${COLUMNS} WHERE c.municipality_id = $1 ORDER BY c.given_at DESC, c.id DESC`, [m]),
    ]);
    const of = (kind: ConsentSubjectKind, rowId: number) =>
      consents
        .filter((c) => (kind === ConsentSubjectKind.PARTICIPANT ? c.userId : kind === ConsentSubjectKind.OPGAVETEAM_MEMBER ? c.memberId : c.submissionId) === rowId)
        .map(record);
    const subject = (kind: ConsentSubjectKind, id: (n: number) => string) => (r: { id: number; name: string; context: string | null }) => ({
      kind,
      id: id(r.id),
      name: r.name,
      context: r.context,
      purposes: [...PURPOSES_OF[kind]],
      consents: of(kind, r.id),
    });
    return [
      ...people.map(subject(ConsentSubjectKind.PARTICIPANT, (n) => toGlobalId('User', n))),
      ...members.map(subject(ConsentSubjectKind.OPGAVETEAM_MEMBER, String)),
      ...submissions.map(subject(ConsentSubjectKind.SUBMISSION, (n) => toGlobalId('OpgaveSubmission', n))),
    ];
  }

  async give(viewerOrNull: Viewer | null, input: ConsentGiveInput): Promise<Outcome<ConsentRecord>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, ...PARTICIPANT_ROLES);
    const channel: ConsentChannel = input.channel ?? defaultChannel(viewer.role, 'give');
    const own = viewer.role !== Role.REGISSEUR;
    if (own && input.subject !== undefined && input.subject !== null) {
      return fail(problem(ErrorCode.INVALID_INPUT, 'A participant records only their own consent: leave the subject out.', 'input.subject'));
    }
    if (!own && (input.subject === undefined || input.subject === null)) {
      return fail(problem(ErrorCode.INVALID_INPUT, 'Say whose consent this is.', 'input.subject'));
    }
    const ref: SubjectRef | null = own ? { kind: ConsentSubjectKind.PARTICIPANT, rowId: viewer.userId } : decodeSubject(input.subject as ConsentSubjectInput);
    const problems = [
      ref === null ? NO_SUBJECT : purposeProblem(ref.kind, input.purpose),
      channelProblem(viewer.role, channel),
    ].filter((p): p is Problem => p !== null);
    if (ref === null || problems.length > 0) return fail(...problems);
    try {
      return await this.db.transaction(async (tx) => {
        const subjectProblem = await this.subjectProblem(tx, viewer, ref);
        if (subjectProblem !== null) return fail<ConsentRecord>(subjectProblem);
        // Two recordings at once for the same subject are taken one after the other: the second finds the first.
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('consent:' || $1 || ':' || $2))`, [ref.kind, ref.rowId]);
        const [inForce] = await tx.query<{ id: string }>(
          `SELECT id::text AS id FROM consent WHERE ${subjectColumn(ref.kind)} = $1 AND purpose = $2 AND withdrawn_at IS NULL`,
          [ref.rowId, input.purpose],
        );
        const duplicate = giveProblem(inForce !== undefined);
        if (duplicate !== null) return fail<ConsentRecord>(duplicate);
        const [inserted] = await tx.query<{ id: number }>(
          `INSERT INTO consent (municipality_id, subject_kind, ${subjectColumn(ref.kind)}, purpose, given_channel, given_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::int AS id`,
          [viewer.municipalityId, ref.kind, ref.rowId, input.purpose, channel, viewer.userId],
        );
        return ok(await this.one(tx, inserted?.id ?? 0));
      });
    } catch (error) {
      if (isUniqueViolation(error)) return fail(giveProblem(true) as Problem);
      throw error;
    }
  }

  async withdraw(viewerOrNull: Viewer | null, input: ConsentWithdrawInput): Promise<Outcome<ConsentRecord>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, ...PARTICIPANT_ROLES);
    const channel: ConsentChannel = input.channel ?? defaultChannel(viewer.role, 'withdraw');
    const id = /^[1-9][0-9]{0,17}$/.test(input.id) ? Number(input.id) : null;
    if (id === null) return fail(NO_CONSENT);
    const wrongChannel = channelProblem(viewer.role, channel);
    if (wrongChannel !== null) return fail(wrongChannel);
    return this.db.transaction(async (tx) => {
      // Row security shows a participant only their own, the regisseur their municipality's.
      const [row] = await tx.query<Row>(`SELECT ${COLUMNS} WHERE c.id = $1 AND c.municipality_id = $2 FOR UPDATE OF c`, [id, viewer.municipalityId]);
      if (!row) return fail<ConsentRecord>(NO_CONSENT);
      const already = withdrawProblem(row.withdrawnAt);
      if (already !== null) return fail<ConsentRecord>(already);
      await tx.query(`UPDATE consent SET withdrawn_at = now(), withdrawn_channel = $2, withdrawn_by_user_id = $3 WHERE id = $1`, [id, channel, viewer.userId]);
      if (withdrawalEffect(row.subjectKind, row.purpose) === 'CLEAR_CONTACT_ADDRESS' && row.submissionId !== null) {
        await tx.query(`UPDATE opgave_submission SET contact_email = NULL WHERE id = $1 AND municipality_id = $2`, [row.submissionId, viewer.municipalityId]);
      }
      return ok(await this.one(tx, id));
    });
  }

  private async one(tx: Queryable, id: number): Promise<ConsentRecord> {
    const [row] = await tx.query<Row>(`SELECT ${COLUMNS} WHERE c.id = $1`, [id]);
    if (!row) throw new Error(`consent ${id} not readable after writing it`);
    return record(row);
  }

  /** Whether the subject exists in the viewer's municipality and can consent as this kind. */
  private async subjectProblem(tx: Queryable, viewer: Viewer, ref: SubjectRef): Promise<Problem | null> {
    if (ref.kind === ConsentSubjectKind.PARTICIPANT) {
      const [user] = await tx.query(`SELECT 1 FROM app_user WHERE id = $1 AND municipality_id = $2 AND active AND role::text = ANY($3::text[])`, [
        ref.rowId,
        viewer.municipalityId,
        PARTICIPANT_ROLES,
      ]);
      return user ? null : NO_SUBJECT;
    }
    if (ref.kind === ConsentSubjectKind.OPGAVETEAM_MEMBER) {
      const [member] = await tx.query<{ kind: string; userId: number | null }>(
        `SELECT kind::text AS kind, user_id::int AS "userId" FROM opgaveteam_member WHERE id = $1 AND municipality_id = $2`,
        [ref.rowId, viewer.municipalityId],
      );
      return member ? memberSubjectProblem(member) : NO_SUBJECT;
    }
    const [submission] = await tx.query(`SELECT 1 FROM opgave_submission WHERE id = $1 AND municipality_id = $2`, [ref.rowId, viewer.municipalityId]);
    return submission ? null : NO_SUBJECT;
  }
}

function subjectColumn(kind: ConsentSubjectKind): string {
  if (kind === ConsentSubjectKind.PARTICIPANT) return 'user_id';
  return kind === ConsentSubjectKind.OPGAVETEAM_MEMBER ? 'opgaveteam_member_id' : 'opgave_submission_id';
}

function decodeSubject(subject: ConsentSubjectInput): SubjectRef | null {
  const rowId =
    subject.kind === ConsentSubjectKind.PARTICIPANT
      ? decodeIdOf('User', subject.id)
      : subject.kind === ConsentSubjectKind.SUBMISSION
        ? decodeIdOf('OpgaveSubmission', subject.id)
        : /^[1-9][0-9]{0,17}$/.test(subject.id)
          ? Number(subject.id)
          : null;
  return rowId === null ? null : { kind: subject.kind, rowId };
}
