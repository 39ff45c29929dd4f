import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { mayKnowUser, nameShownTo } from '../user/user-visibility.rules';
import type { Context } from '../../context';
import type { ByIdLoader, ModuleClass } from '../../shared/module';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, idArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { pageOf } from '../../shared/pagination';
import { Atelier } from '../atelier/atelier.entity';
import { Decision } from '../decision/decision.entity';
import { ImprovementTrack } from '../improvement-track/improvement-track.entity';
import { Overleg } from '../overleg/overleg.entity';
import { QuarterReport } from '../annual-plan/annual-plan.entity';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { User } from '../user/user.entity';
import type { UserRow } from '../user/user.loaders';
import { ActionItem, ActionSourceKind, ActionStatus } from './action.entity';
import { ActionCloseInput, ActionCreateInput, ActionsArgs } from './action.inputs';
import { ActionConnection, ActionPayload, ActionSource } from './action.payloads';

type Tagged<T> = T & { __typename: string };

@Resolver(() => ActionItem)
export class ActionResolver {
  @Query(() => ActionConnection, { description: 'Action items and vervolgactiviteiten; `overdue` compares with today.' })
  async actions(@Args(() => ActionsArgs) args: ActionsArgs, @Ctx() ctx: Context): Promise<ConnectionResult<ActionItem>> {
    const service = ctx.services.action;
    const { viewer, ownerUserId } = service.listFilter(ctx.viewer, args.filter);
    return pageOf(
      args,
      (window) => service.page(viewer, ownerUserId, args.filter, window),
      () => service.count(viewer, ownerUserId, args.filter),
    );
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      "The owner, when a user of the platform; null when a provider's representative did and you are neither the municipality's staff nor that provider.",
  })
  async owner(@Root() a: ActionItem, @Ctx() ctx: Context): Promise<UserRow | null> {
    const user = a.ownerUserId === null ? null : await loadersOf(ctx).user.userById.load(a.ownerUserId);
    return user && mayKnowUser(requireViewer(ctx.viewer), user) ? user : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The owner by name (for instance a resident): personal data, null for analysts.' })
  ownerName(@Root() a: ActionItem, @Ctx() ctx: Context): string | null {
    return nameShownTo(requireViewer(ctx.viewer), a.ownerName, true);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date today.' })
  overdue(@Root() a: ActionItem, @Ctx() ctx: Context): boolean {
    return a.status === ActionStatus.OPEN && a.dueOn < ctx.clock.today();
  }

  @FieldResolver(() => ActionSource)
  async source(@Root() a: ActionItem, @Ctx() ctx: Context): Promise<Tagged<Overleg | Atelier | Decision | ImprovementTrack | QuarterReport>> {
    const loaders = loadersOf(ctx);
    const tag = <T extends object>(typename: string, row: T | null): Tagged<T> => {
      if (!row) throw new Error(`source of action ${a.id} is missing`);
      return { ...row, __typename: typename };
    };
    const idOf = (id: number | null): number => {
      if (id === null) throw new Error(`action ${a.id} of kind ${a.sourceKind} has no source id`);
      return id;
    };
    switch (a.sourceKind) {
      case ActionSourceKind.OVERLEG:
        return tag('Overleg', await loaders.overleg.overlegById.load(idOf(a.overlegId)));
      case ActionSourceKind.ATELIER:
        return tag('Atelier', await loaders.atelier.atelierById.load(idOf(a.atelierId)));
      case ActionSourceKind.DECISION:
        return tag('Decision', await loaders.decision.decisionById.load(idOf(a.decisionId)));
      case ActionSourceKind.IMPROVEMENT_TRACK:
        return tag('ImprovementTrack', await loaders.improvementTrack.trackById.load(idOf(a.improvementTrackId)));
      case ActionSourceKind.QUARTER_REPORT: {
        const report = tag('QuarterReport', await loaders.annualPlan.quarterReportById.load(idOf(a.quarterReportId)));
        // The list leaves these out for a representative of another provider; this guards a read by id.
        if (!ctx.services.annualPlan.canRead(requireViewer(ctx.viewer), report.providerId)) {
          throw new ForbiddenError("Only the municipality's staff and the provider itself see its quarter reports.");
        }
        return report;
      }
    }
  }
}

addPayloadMutations(ActionResolver, ActionPayload, 'action', {
  actionCreate: mutation(
    'REGISSEUR: create an action from an overleg, atelier, decision, improvement track or quarter report.',
    [inputArg(ActionCreateInput)],
    (ctx, input) => ctx.services.action.create(ctx.viewer, input),
  ),
  actionComplete: mutation(
    'REGISSEUR or the owning user: mark an open action done.',
    [idArg, versionArg, inputArg(ActionCloseInput)],
    (ctx, id, version, input) => ctx.services.action.close(ctx.viewer, id, version, ActionStatus.DONE, input.closedOn),
  ),
  actionDrop: mutation(
    'REGISSEUR or the owning user: drop an open action.',
    [idArg, versionArg, inputArg(ActionCloseInput)],
    (ctx, id, version, input) => ctx.services.action.close(ctx.viewer, id, version, ActionStatus.DROPPED, input.closedOn),
  ),
});

type ActionsLoader = (ctx: Context) => ByIdLoader<ActionItem[]>;

/** `actions` on a type an action can come from. */
function actionsOf(source: ModuleClass, loader: ActionsLoader, description?: string): ModuleClass {
  @Resolver(() => source)
  class SourceActionsResolver {
    @FieldResolver(() => [ActionItem], description === undefined ? {} : { description })
    async actions(@Root() row: { id: number }, @Ctx() ctx: Context): Promise<ActionItem[]> {
      return loader(ctx).load(row.id);
    }
  }
  return SourceActionsResolver;
}

export const actionSourceResolvers = [
  actionsOf(Overleg, (ctx): ByIdLoader<ActionItem[]> => loadersOf(ctx).action.actionsByOverlegId),
  actionsOf(Atelier, (ctx): ByIdLoader<ActionItem[]> => loadersOf(ctx).action.actionsByAtelierId, 'The vervolgactiviteiten of this atelier.'),
  actionsOf(Decision, (ctx): ByIdLoader<ActionItem[]> => loadersOf(ctx).action.actionsByDecisionId),
  actionsOf(ImprovementTrack, (ctx): ByIdLoader<ActionItem[]> => loadersOf(ctx).action.actionsByTrackId),
  actionsOf(
    QuarterReport,
    (ctx): ByIdLoader<ActionItem[]> => loadersOf(ctx).action.actionsByQuarterReportId,
    'The follow-up actions agreed at the quarterly review.',
  ),
];
