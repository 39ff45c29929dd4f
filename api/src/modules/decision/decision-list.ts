import { Args, ArgsType, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import type { RequestDb } from '../../db/request-db';
import { requireViewer, type Viewer } from '../../shared/auth/viewer';
import { InputError } from '../../shared/errors/input-error';
import { PageArgsType } from '../../shared/graphql/args';
import { ConnectionType, type ConnectionResult } from '../../shared/graphql/connection';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgs } from '../../shared/pagination';
import { ClientCouncilVerdict } from '../proposal/proposal.entity';
import { Decision, DecisionKind, DecisionOutcome } from './decision.entity';
import { DECISION_COLUMNS } from './decision.loaders';
import { decodeListCursor, encodeListCursor, type ListPosition } from './decision-list.rules';

@InputType('DecisionListFilter', { description: 'Every condition given must hold.' })
export class DecisionListFilter {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Decided on or after this day.' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Decided on or before this day.' })
  to?: string | null;

  @Field(() => DecisionOutcome, { nullable: true })
  outcome?: DecisionOutcome | null;

  @Field(() => DecisionKind, { nullable: true })
  kind?: DecisionKind | null;

  @Field(() => ClientCouncilVerdict, { nullable: true, description: "The client council's verdict on the decided proposal." })
  councilVerdict?: ClientCouncilVerdict | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only proposals the client council has checked; false: only those it has not (yet).' })
  councilChecked?: boolean | null;
}

@ArgsType()
export class DecisionListArgs extends PageArgsType {
  @Field(() => DecisionListFilter, { nullable: true })
  filter?: DecisionListFilter | null;
}

export const DecisionConnection = ConnectionType('Decision', Decision);

/** The filter's conditions over `decision d` left-joined with its proposal `p`, with parameters from $2. */
export const DECISION_FILTER_WHERE = `d.municipality_id = $1 AND ($2::date IS NULL OR d.decided_on >= $2) AND ($3::date IS NULL OR d.decided_on <= $3)
  AND ($4::decision_outcome IS NULL OR d.outcome = $4) AND ($5::decision_kind IS NULL OR d.kind = $5)
  AND ($6::client_council_verdict IS NULL OR p.council_verdict = $6) AND ($7::boolean IS NULL OR (p.council_verdict IS NOT NULL) = $7)`;

/** The filter as parameters $2–$7; a period that ends before it starts is bad input. */
export function decisionFilterParams(filter: DecisionListFilter | null | undefined): unknown[] {
  const f = filter ?? {};
  if (f.from != null && f.to != null && f.to < f.from) throw new InputError('"to" must not be before "from".', 'filter.to');
  return [f.from ?? null, f.to ?? null, f.outcome ?? null, f.kind ?? null, f.councilVerdict ?? null, f.councilChecked ?? null];
}

/** Decisions in the order of the besluitenlijst: by the day decided, then as recorded, after `after`, at most `limit`. */
export async function decisionListPage(
  db: RequestDb,
  viewer: Viewer,
  filter: DecisionListFilter | null | undefined,
  after: ListPosition | null,
  limit: number,
): Promise<Decision[]> {
  return db.query<Decision>(
    `SELECT ${DECISION_COLUMNS} FROM decision d LEFT JOIN proposal p ON p.decision_id = d.id
      WHERE ${DECISION_FILTER_WHERE} AND ($8::date IS NULL OR (d.decided_on, d.id) > ($8, $9::bigint))
      ORDER BY d.decided_on, d.id LIMIT $10`,
    [viewer.municipalityId, ...decisionFilterParams(filter), after?.decidedOn ?? null, after?.id ?? null, limit],
  );
}

export class DecisionListService {
  constructor(private readonly db: RequestDb) {}

  async list(viewer: Viewer, filter: DecisionListFilter | null | undefined, page: PageArgs): Promise<ConnectionResult<Decision>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw new InputError(`"first" must be a whole number from 0 to ${MAX_PAGE_SIZE}.`, 'first');
    }
    const after = page.after == null ? null : decodeListCursor(page.after);
    const params = decisionFilterParams(filter);
    const rows = await decisionListPage(this.db, viewer, filter, after, first + 1);
    const edges = rows.slice(0, first).map((d) => ({ node: d, cursor: encodeListCursor({ decidedOn: d.decidedOn, id: d.id }) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: () =>
        this.db.count(`SELECT count(*)::int AS count FROM decision d LEFT JOIN proposal p ON p.decision_id = d.id WHERE ${DECISION_FILTER_WHERE}`, [
          viewer.municipalityId,
          ...params,
        ]),
    };
  }
}

@Resolver()
export class DecisionListResolver {
  @Query(() => DecisionConnection, {
    description:
      'The besluitenlijst: every decision, by the day it was taken, with its outcome, minority position and (for a proposal) the client council’s check; filterable. Also as CSV: GET /export/decisions.csv.',
  })
  async decisionList(@Args(() => DecisionListArgs) args: DecisionListArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Decision>> {
    return ctx.services.decisionList.list(requireViewer(ctx.viewer), args.filter, args);
  }
}
