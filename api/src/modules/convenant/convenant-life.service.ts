import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { ErrorCode, fail, ok, problem, type Outcome, type Problem } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { first } from '../../shared/loader-utils';
import { RequestService } from '../../shared/request-service';
import { Checks } from '../../shared/validation';
import { MAX_BUDGET_CENTS } from '../../shared/bounds';
import { TEXT_MAX } from '@regiekamer/texts';
import { Role } from '../user/user.entity';
import { PartyKind, type Convenant, type ConvenantParty } from './convenant.entity';
import { ConvenantAmendmentStatus, type ConvenantAmendment, type ConvenantAmendmentParty } from './convenant-amendment.entity';
import { CONVENANT_COLUMNS, CONVENANTS, PARTY_COLUMNS } from './convenant.loaders';
import { AMENDMENT_COLUMNS, AMENDMENT_PARTY_COLUMNS } from './convenant-amendment.loaders';
import { amendmentProblems, currentProviderIds, endEarlyProblems, renewProblems } from './convenant.rules';

export interface AmendmentPropose {
  convenantId: string;
  budgetCents?: number | null;
  endsOn?: string | null;
  partiesJoining?: string[] | null;
  partiesLeaving?: string[] | null;
  reason: string;
}

export interface ConvenantEnd {
  convenantId: string;
  endsOn: string;
  reason: string;
}

export interface ConvenantRenew {
  convenantId: string;
  startsOn: string;
  endsOn: string;
  budgetCents: number;
  title: string;
}

const convenantNotFound = () => problem(ErrorCode.NOT_FOUND, 'No convenant with this id.', 'input.convenantId');
const amendmentNotFound = () => problem(ErrorCode.NOT_FOUND, 'No amendment with this id.', 'id');

/** Provider ids from global ids; null when one is not a provider id. */
function providerIds(ids: readonly string[] | null | undefined): number[] | null {
  const decoded = (ids ?? []).map((id) => decodeIdOf('Provider', id));
  return decoded.some((id) => id === null) ? null : (decoded as number[]);
}

/**
 * The convenant after it is signed: amendments signed by the parties they concern, an early end, and a renewal for
 * the next period. The convenant row is locked for each change, so two changes never miss each other.
 */
export class ConvenantLifeService extends RequestService {
  async propose(viewerOrNull: Viewer | null, input: AmendmentPropose): Promise<Outcome<ConvenantAmendment>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('Convenant', input.convenantId);
    if (id === null) return fail(convenantNotFound());
    const joining = providerIds(input.partiesJoining);
    const leaving = providerIds(input.partiesLeaving);
    if (joining === null) return fail(problem(ErrorCode.INVALID_INPUT, 'Every party must be a provider id.', 'input.partiesJoining'));
    if (leaving === null) return fail(problem(ErrorCode.INVALID_INPUT, 'Every party must be a provider id.', 'input.partiesLeaving'));
    return this.db.transaction(async (tx) => {
      const convenant = await CONVENANTS.lock(tx, viewer.municipalityId, id);
      if (!convenant) return fail<ConvenantAmendment>(convenantNotFound());
      const parties = await this.partiesOf(tx, id);
      const active = await tx.query<{ id: number }>(`SELECT id FROM provider WHERE municipality_id = $1 AND active`, [viewer.municipalityId]);
      const today = this.clock.today();
      const problems = amendmentProblems(
        convenant,
        parties,
        { ...input, joining, leaving },
        active.map((p) => p.id),
        today,
      );
      if (problems.length > 0) return fail<ConvenantAmendment>(...problems);
      if (await this.openAmendment(tx, id)) return fail<ConvenantAmendment>(openAlready());
      const amendment = first(
        await tx.query<ConvenantAmendment>(
          `INSERT INTO convenant_amendment AS a (municipality_id, convenant_id, reason, budget_cents, ends_on, previous_budget_cents, previous_ends_on, proposed_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${AMENDMENT_COLUMNS}`,
          [
            viewer.municipalityId,
            id,
            input.reason.trim(),
            input.budgetCents ?? null,
            input.endsOn ?? null,
            convenant.budgetCents,
            convenant.endsOn,
            viewer.userId,
          ],
        ),
        'one ConvenantAmendment row',
      );
      // The parties it concerns: the municipality, every provider party today (leaving ones too) and the joining ones.
      const current = currentProviderIds(parties);
      await tx.query(
        `INSERT INTO convenant_amendment_party (municipality_id, amendment_id, kind, provider_id, change)
         SELECT $1::bigint, $2::bigint, 'MUNICIPALITY'::party_kind, NULL::bigint, 'STAYS'::convenant_party_change
         UNION ALL SELECT $1::bigint, $2::bigint, 'PROVIDER'::party_kind, p, CASE WHEN p = ANY($4::bigint[]) THEN 'LEAVES' ELSE 'STAYS' END::convenant_party_change
           FROM unnest($3::bigint[]) AS p
         UNION ALL SELECT $1::bigint, $2::bigint, 'PROVIDER'::party_kind, p, 'JOINS'::convenant_party_change FROM unnest($5::bigint[]) AS p`,
        [viewer.municipalityId, amendment.id, current, leaving, joining],
      );
      // In this transaction: the parties are told exactly when there is something to sign.
      await tx.query(`SELECT app_raise_event('convenant_amendment_proposed', $1)`, [amendment.id]);
      return ok(amendment);
    });
  }

  /** A party signs an open amendment: the regisseur for the municipality, a representative for their provider. */
  async sign(viewerOrNull: Viewer | null, globalId: string): Promise<Outcome<ConvenantAmendment>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP);
    const id = decodeIdOf('ConvenantAmendment', globalId);
    if (id === null) return fail(amendmentNotFound());
    return this.db.transaction(async (tx) => {
      const amendment = await this.amendmentOf(tx, viewer, id);
      if (!amendment) return fail<ConvenantAmendment>(amendmentNotFound());
      // The convenant first, then the amendment: the same order as every other change of the convenant.
      const convenant = await CONVENANTS.lock(tx, viewer.municipalityId, amendment.convenantId);
      const locked = first(
        await tx.query<ConvenantAmendment>(`SELECT ${AMENDMENT_COLUMNS} FROM convenant_amendment a WHERE a.id = $1 FOR UPDATE`, [id]),
        'amendment',
      );
      const signers = await tx.query<ConvenantAmendmentParty>(
        `SELECT ${AMENDMENT_PARTY_COLUMNS} FROM convenant_amendment_party p WHERE p.amendment_id = $1`,
        [id],
      );
      const mine =
        viewer.role === Role.REGISSEUR
          ? signers.find((p) => p.kind === PartyKind.MUNICIPALITY)
          : signers.find((p) => p.kind === PartyKind.PROVIDER && p.providerId === viewer.providerId);
      if (!mine) throw new ForbiddenError('Your organisation is not a party to this amendment.');
      if (mine.signedAt !== null)
        return fail<ConvenantAmendment>(problem(ErrorCode.ALREADY_SIGNED, 'Your organisation has already signed this amendment.', 'id'));
      if (locked.status !== ConvenantAmendmentStatus.PROPOSED || !convenant) {
        return fail<ConvenantAmendment>(problem(ErrorCode.INVALID_STATE, `The amendment is ${locked.status}, not open for signing.`, 'id'));
      }
      const problems = await this.inactiveSigner(tx, viewer);
      if (problems.length > 0) return fail<ConvenantAmendment>(...problems);
      const now = this.clock.now();
      await tx.query(`UPDATE convenant_amendment_party SET signed_at = $2, signed_by_user_id = $3 WHERE id = $1 AND signed_at IS NULL`, [
        mine.id,
        now,
        viewer.userId,
      ]);
      const allSigned = signers.every((p) => p.id === mine.id || p.signedAt !== null);
      if (!allSigned) return ok(locked);
      return ok(await this.takeEffect(tx, locked, convenant));
    });
  }

  /** The regisseur takes back an amendment that is still waiting for signatures. */
  async withdraw(viewerOrNull: Viewer | null, globalId: string): Promise<Outcome<ConvenantAmendment>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('ConvenantAmendment', globalId);
    if (id === null) return fail(amendmentNotFound());
    return this.db.transaction(async (tx) => {
      const amendment = await this.amendmentOf(tx, viewer, id);
      if (!amendment) return fail<ConvenantAmendment>(amendmentNotFound());
      await CONVENANTS.lock(tx, viewer.municipalityId, amendment.convenantId);
      const [row] = await tx.query<ConvenantAmendment>(
        `UPDATE convenant_amendment a SET status = 'WITHDRAWN' WHERE a.id = $1 AND a.status = 'PROPOSED' RETURNING ${AMENDMENT_COLUMNS}`,
        [id],
      );
      return row
        ? ok(row)
        : fail<ConvenantAmendment>(problem(ErrorCode.INVALID_STATE, `The amendment is ${amendment.status}, not open for signing.`, 'id'));
    });
  }

  /** The regisseur ends a convenant in force early, with a reason; kept as a version of its own. */
  async end(viewerOrNull: Viewer | null, input: ConvenantEnd): Promise<Outcome<Convenant>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('Convenant', input.convenantId);
    if (id === null) return fail(convenantNotFound());
    return this.db.transaction(async (tx) => {
      const convenant = await CONVENANTS.lock(tx, viewer.municipalityId, id);
      if (!convenant) return fail<Convenant>(convenantNotFound());
      const today = this.clock.today();
      const problems = endEarlyProblems(convenant, input.endsOn, input.reason, today);
      if (problems.length > 0) return fail<Convenant>(...problems);
      if (await this.openAmendment(tx, id)) return fail<Convenant>(openAlready());
      await tx.query(
        `INSERT INTO convenant_amendment (municipality_id, convenant_id, kind, status, reason, ends_on, previous_budget_cents, previous_ends_on, proposed_by_user_id, effective_on)
         VALUES ($1, $2, 'EARLY_END', 'IN_EFFECT', $3, $4, $5, $6, $7, $8)`,
        [viewer.municipalityId, id, input.reason.trim(), input.endsOn, convenant.budgetCents, convenant.endsOn, viewer.userId, today],
      );
      return ok(
        first(
          await tx.query<Convenant>(
            `UPDATE convenant c SET ends_on = $2, end_reason = $3, version = version + 1, updated_at = now() WHERE id = $1 RETURNING ${CONVENANT_COLUMNS}`,
            [id, input.endsOn, input.reason.trim()],
          ),
          'one Convenant row',
        ),
      );
    });
  }

  /** A new DRAFT for the next period with this convenant's parties of today, unsigned. */
  async renew(viewerOrNull: Viewer | null, input: ConvenantRenew): Promise<Outcome<Convenant>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('Convenant', input.convenantId);
    if (id === null) return fail(convenantNotFound());
    const checks = new Checks();
    checks.nonEmpty('input.title', input.title, TEXT_MAX.convenantTitle);
    checks.notBefore('input.endsOn', input.endsOn, input.startsOn, 'The end date must not be before the start date.');
    checks.cents('input.budgetCents', input.budgetCents, MAX_BUDGET_CENTS);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const convenant = await CONVENANTS.lock(tx, viewer.municipalityId, id);
      if (!convenant) return fail<Convenant>(convenantNotFound());
      const problems = renewProblems(convenant, input);
      if (problems.length > 0) return fail<Convenant>(...problems);
      const parties = await this.partiesOf(tx, id);
      const next = first(
        await tx.query<Convenant>(
          `INSERT INTO convenant AS c (municipality_id, title, starts_on, ends_on, budget_cents, renewal_of_id) VALUES ($1, $2, $3, $4, $5, $6)
           RETURNING ${CONVENANT_COLUMNS}`,
          [viewer.municipalityId, input.title.trim(), input.startsOn, input.endsOn, input.budgetCents, id],
        ),
        'one Convenant row',
      );
      // Deactivated providers are not carried over: they can no longer sign.
      await tx.query(`INSERT INTO convenant_party (municipality_id, convenant_id, kind) VALUES ($1, $2, 'MUNICIPALITY')`, [
        viewer.municipalityId,
        next.id,
      ]);
      await tx.query(
        `INSERT INTO convenant_party (municipality_id, convenant_id, kind, provider_id)
         SELECT $1::bigint, $2::bigint, 'PROVIDER'::party_kind, p.id
           FROM unnest($3::bigint[]) WITH ORDINALITY AS u(id, n) JOIN provider p ON p.id = u.id AND p.active ORDER BY u.n`,
        [viewer.municipalityId, next.id, currentProviderIds(parties)],
      );
      return ok(next);
    });
  }

  /** Every party has signed: the convenant's values change, leaving parties leave and joining ones join, today. */
  private async takeEffect(tx: Queryable, amendment: ConvenantAmendment, convenant: Convenant): Promise<ConvenantAmendment> {
    const today = this.clock.today();
    await tx.query(
      `UPDATE convenant SET budget_cents = COALESCE($2, budget_cents), ends_on = COALESCE($3, ends_on), version = version + 1, updated_at = now() WHERE id = $1`,
      [convenant.id, amendment.budgetCents, amendment.endsOn],
    );
    await tx.query(
      `UPDATE convenant_party cp SET left_on = $3 FROM convenant_amendment_party ap
        WHERE ap.amendment_id = $2 AND ap.change = 'LEAVES' AND cp.convenant_id = $1 AND cp.provider_id = ap.provider_id`,
      [convenant.id, amendment.id, today],
    );
    await tx.query(
      `INSERT INTO convenant_party (municipality_id, convenant_id, kind, provider_id, signed_at, signed_by_user_id, joined_on)
       SELECT ap.municipality_id, $1, 'PROVIDER', ap.provider_id, ap.signed_at, ap.signed_by_user_id, $3
         FROM convenant_amendment_party ap WHERE ap.amendment_id = $2 AND ap.change = 'JOINS'`,
      [convenant.id, amendment.id, today],
    );
    return first(
      await tx.query<ConvenantAmendment>(
        `UPDATE convenant_amendment a SET status = 'IN_EFFECT', effective_on = $2 WHERE a.id = $1 RETURNING ${AMENDMENT_COLUMNS}`,
        [amendment.id, today],
      ),
      'one ConvenantAmendment row',
    );
  }

  /** A representative of a deactivated provider signs nothing (their access is ended too; this is the last line). */
  private async inactiveSigner(tx: Queryable, viewer: Viewer): Promise<Problem[]> {
    if (viewer.providerId === null) return [];
    const [row] = await tx.query<{ active: boolean }>(`SELECT active FROM provider WHERE id = $1`, [viewer.providerId]);
    return row?.active ? [] : [problem(ErrorCode.INVALID_STATE, 'Your organisation is deactivated and cannot sign.', 'id')];
  }

  private async amendmentOf(tx: Queryable, viewer: Viewer, id: number): Promise<ConvenantAmendment | null> {
    const [row] = await tx.query<ConvenantAmendment>(
      `SELECT ${AMENDMENT_COLUMNS} FROM convenant_amendment a WHERE a.id = $1 AND a.municipality_id = $2`,
      [id, viewer.municipalityId],
    );
    return row ?? null;
  }

  private async openAmendment(tx: Queryable, convenantId: number): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM convenant_amendment WHERE convenant_id = $1 AND status = 'PROPOSED'`, [convenantId]);
    return rows.length > 0;
  }

  private partiesOf(tx: Queryable, convenantId: number): Promise<ConvenantParty[]> {
    return tx.query<ConvenantParty>(`SELECT ${PARTY_COLUMNS} FROM convenant_party p WHERE p.convenant_id = $1 ORDER BY p.id`, [convenantId]);
  }
}

function openAlready(): Problem {
  return problem(
    ErrorCode.INVALID_STATE,
    'An amendment of this convenant is waiting for signatures: it is signed or withdrawn first.',
    'input.convenantId',
  );
}
