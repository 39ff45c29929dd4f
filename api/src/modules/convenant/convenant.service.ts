import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { atVersion, ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { PageArgs } from '../../shared/pagination';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { MAX_BUDGET_CENTS } from '../../shared/bounds';
import { Checks } from '../../shared/validation';
import { Role } from '../user/user.entity';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { CONVENANT_COLUMNS, PARTY_COLUMNS, CONVENANTS } from './convenant.loaders';
import { ConvenantStatus, PartyKind, type Convenant, type ConvenantParty } from './convenant.entity';
import { TEXT_MAX } from '@regiekamer/texts';
import { first } from '../../shared/loader-utils';
import { RequestService } from '../../shared/request-service';
import { OVERLAP_MESSAGE } from './convenant.rules';

export interface ConvenantCreate {
  title: string;
  startsOn: string;
  endsOn: string;
  budgetCents: number;
  partyIds: string[];
}

const notFound = (field = 'id') => problem(ErrorCode.NOT_FOUND, 'No convenant with this id.', field);
const overlap = () => problem(ErrorCode.CONVENANT_OVERLAP, OVERLAP_MESSAGE, 'id');

/** Whether another convenant of the municipality is in force (signed by all) on a day of this one's period. */
async function overlapsInForce(tx: Queryable, c: Convenant): Promise<boolean> {
  const rows = await tx.query(
    `SELECT 1 FROM convenant WHERE municipality_id = $1 AND id <> $2 AND status = 'IN_FORCE' AND starts_on <= $4 AND ends_on >= $3`,
    [c.municipalityId, c.id, c.startsOn, c.endsOn],
  );
  return rows.length > 0;
}

async function providerActive(tx: Queryable, providerId: number): Promise<boolean> {
  const [row] = await tx.query<{ active: boolean }>(`SELECT active FROM provider WHERE id = $1`, [providerId]);
  return row?.active === true;
}

export class ConvenantService extends RequestService {
  private readonly idempotency = new IdempotencyService(this.db);

  /** Every role reads them all. */
  list(viewer: Viewer, args: PageArgs): Promise<ConnectionResult<Convenant>> {
    return CONVENANTS.connection(this.db, viewer.municipalityId, args);
  }

  async create(viewerOrNull: Viewer | null, input: ConvenantCreate): Promise<Outcome<Convenant>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.nonEmpty('input.title', input.title, TEXT_MAX.convenantTitle);
    checks.notBefore('input.endsOn', input.endsOn, input.startsOn, 'The end date must not be before the start date.');
    checks.cents('input.budgetCents', input.budgetCents, MAX_BUDGET_CENTS);
    const providerIds = input.partyIds.map((id) => decodeIdOf('Provider', id));
    if (input.partyIds.length === 0) checks.add('input.partyIds', 'A convenant needs at least one provider as party.');
    if (providerIds.some((id) => id === null)) checks.add('input.partyIds', 'Every party must be a provider id.');
    if (new Set(providerIds).size !== providerIds.length) checks.add('input.partyIds', 'A provider can be a party only once.');
    if (!checks.ok) return fail(...checks.problems);

    return this.db.transaction(async (tx) => {
      const ids = providerIds as number[];
      const found = await tx.query<{ id: number }>(`SELECT id FROM provider WHERE id = ANY($1) AND municipality_id = $2`, [
        ids,
        viewer.municipalityId,
      ]);
      if (found.length !== ids.length) {
        return fail<Convenant>(problem(ErrorCode.NOT_FOUND, 'One or more parties are not providers of this municipality.', 'input.partyIds'));
      }
      const convenant = first(
        await tx.query<Convenant>(
          `INSERT INTO convenant AS c (municipality_id, title, starts_on, ends_on, budget_cents) VALUES ($1, $2, $3, $4, $5)
         RETURNING ${CONVENANT_COLUMNS}`,
          [viewer.municipalityId, input.title.trim(), input.startsOn, input.endsOn, input.budgetCents],
        ),
        'one Convenant row',
      );
      await tx.query(
        `INSERT INTO convenant_party (municipality_id, convenant_id, kind, provider_id)
         SELECT $1::bigint, $2::bigint, 'MUNICIPALITY'::party_kind, NULL::bigint
         UNION ALL SELECT $1::bigint, $2::bigint, 'PROVIDER'::party_kind, unnest($3::bigint[])`,
        [viewer.municipalityId, convenant.id, ids],
      );
      return ok(convenant);
    });
  }

  async openForSigning(viewerOrNull: Viewer | null, globalId: string, version: number): Promise<Outcome<Convenant>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('Convenant', globalId);
    if (id === null) return fail(notFound());
    return this.db.transaction(async (tx) => {
      const locked = atVersion(await CONVENANTS.lock(tx, viewer.municipalityId, id), version, notFound());
      if (!locked.ok) return locked;
      const current = locked.value;
      if (current.status !== ConvenantStatus.DRAFT) {
        return fail<Convenant>(
          problem(ErrorCode.INVALID_STATE, `Only a DRAFT convenant can be opened for signing; this one is ${current.status}.`, 'id'),
        );
      }
      if (await overlapsInForce(tx, current)) return fail<Convenant>(overlap());
      const [updated] = await tx.query<Convenant>(
        `UPDATE convenant c SET status = 'OPEN_FOR_SIGNING', opened_for_signing_on = $3, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${CONVENANT_COLUMNS}`,
        [id, version, this.clock.today()],
      );
      if (!updated) return fail<Convenant>(staleVersion(current.version));
      // In this transaction: the parties are told exactly when the convenant is open.
      await tx.query(`SELECT app_raise_event('convenant_signing_opened', $1)`, [id]);
      return ok(updated);
    });
  }

  /**
   * A representative signs for their own provider, the regisseur for the municipality.
   * The convenant row is locked, so the last two signatures cannot both miss that they complete it.
   */
  async sign(viewerOrNull: Viewer | null, globalId: string, idempotencyKey?: string | null): Promise<Outcome<Convenant>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP);
    const id = decodeIdOf('Convenant', globalId);
    if (id === null) return fail(notFound());
    return this.idempotency.once({
      viewer,
      key: idempotencyKey,
      operation: 'convenantSign',
      input: { id: globalId },
      remember: (c) => ({ convenantId: c.id }),
      replay: async (r: { convenantId: number }) => {
        const row = await CONVENANTS.find(this.db, viewer.municipalityId, r.convenantId);
        return row ? ok(row) : fail<Convenant>(notFound());
      },
      write: (tx) => this.signIn(tx, viewer, id),
    });
  }

  private async signIn(tx: Queryable, viewer: Viewer, id: number): Promise<Outcome<Convenant>> {
    const current = await CONVENANTS.lock(tx, viewer.municipalityId, id);
    if (!current) return fail<Convenant>(notFound());
    const parties = await tx.query<ConvenantParty>(`SELECT ${PARTY_COLUMNS} FROM convenant_party p WHERE p.convenant_id = $1`, [id]);
    const party =
      viewer.role === Role.REGISSEUR
        ? parties.find((p) => p.kind === PartyKind.MUNICIPALITY)
        : parties.find((p) => p.kind === PartyKind.PROVIDER && p.providerId === viewer.providerId);
    if (!party) throw new ForbiddenError('Your organisation is not a party to this convenant.');
    if (party.signedAt !== null) {
      return fail<Convenant>(problem(ErrorCode.ALREADY_SIGNED, 'Your organisation has already signed this convenant.', 'id'));
    }
    if (current.status !== ConvenantStatus.OPEN_FOR_SIGNING) {
      return fail<Convenant>(problem(ErrorCode.INVALID_STATE, `The convenant is ${current.status}, not open for signing.`, 'id'));
    }
    const allSigned = parties.every((p) => p.id === party.id || p.signedAt !== null);
    if (viewer.providerId !== null && !(await providerActive(tx, viewer.providerId))) {
      return fail<Convenant>(problem(ErrorCode.INVALID_STATE, 'Your organisation is deactivated and cannot sign.', 'id'));
    }
    // The last signature brings it into force: not over the days another convenant is in force (the database guards too).
    if (allSigned && (await overlapsInForce(tx, current))) return fail<Convenant>(overlap());
    await tx.query(`UPDATE convenant_party SET signed_at = $2, signed_by_user_id = $3 WHERE id = $1 AND signed_at IS NULL`, [
      party.id,
      this.clock.now(),
      viewer.userId,
    ]);
    const updated = first(
      await tx.query<Convenant>(
        `UPDATE convenant c SET version = version + 1, updated_at = now(), status = CASE WHEN $2 THEN 'IN_FORCE'::convenant_status ELSE status END
        WHERE id = $1 RETURNING ${CONVENANT_COLUMNS}`,
        [id, allSigned],
      ),
      'one Convenant row',
    );
    return ok(updated);
  }
}
