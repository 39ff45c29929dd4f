import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mayKnowUser, nameShownTo } from '../user/user-visibility.rules';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { toGlobalId } from '../../shared/graphql/global-id';
import { payload } from '../../shared/graphql/payload';
import { pageWindow, toConnection } from '../../shared/pagination';
import { Atelier } from '../atelier/atelier.entity';
import { Decision } from '../decision/decision.entity';
import { ImprovementTrack } from '../improvement-track/improvement-track.entity';
import { Overleg } from '../overleg/overleg.entity';
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
    const window = pageWindow(args);
    const rows = await service.page(viewer, ownerUserId, args.filter, window);
    return toConnection(rows, window, () => service.count(viewer, ownerUserId, args.filter));
  }

  @Mutation(() => ActionPayload, { description: 'REGISSEUR: create an action from an overleg, atelier, decision or improvement track.' })
  async actionCreate(@Arg('input', () => ActionCreateInput) input: ActionCreateInput, @Ctx() ctx: Context): Promise<ActionPayload> {
    return payload('action', await ctx.services.action.create(ctx.viewer, input));
  }

  @Mutation(() => ActionPayload, { description: 'REGISSEUR or the owning user: mark an open action done.' })
  async actionComplete(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ActionCloseInput) input: ActionCloseInput,
    @Ctx() ctx: Context,
  ): Promise<ActionPayload> {
    return payload('action', await ctx.services.action.close(ctx.viewer, id, version, ActionStatus.DONE, input.closedOn));
  }

  @Mutation(() => ActionPayload, { description: 'REGISSEUR or the owning user: drop an open action.' })
  async actionDrop(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ActionCloseInput) input: ActionCloseInput,
    @Ctx() ctx: Context,
  ): Promise<ActionPayload> {
    return payload('action', await ctx.services.action.close(ctx.viewer, id, version, ActionStatus.DROPPED, input.closedOn));
  }

  @FieldResolver(() => ID)
  id(@Root() a: ActionItem): string {
    return toGlobalId('Action', a.id);
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
  async source(@Root() a: ActionItem, @Ctx() ctx: Context): Promise<Tagged<Overleg | Atelier | Decision | ImprovementTrack>> {
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
    }
  }
}

/** `actions` on every type an action can come from. */
@Resolver(() => Overleg)
export class OverlegActionsResolver {
  @FieldResolver(() => [ActionItem])
  async actions(@Root() o: Overleg, @Ctx() ctx: Context): Promise<ActionItem[]> {
    return loadersOf(ctx).action.actionsByOverlegId.load(o.id);
  }
}

@Resolver(() => Atelier)
export class AtelierActionsResolver {
  @FieldResolver(() => [ActionItem], { description: 'The vervolgactiviteiten of this atelier.' })
  async actions(@Root() a: Atelier, @Ctx() ctx: Context): Promise<ActionItem[]> {
    return loadersOf(ctx).action.actionsByAtelierId.load(a.id);
  }
}

@Resolver(() => Decision)
export class DecisionActionsResolver {
  @FieldResolver(() => [ActionItem])
  async actions(@Root() d: Decision, @Ctx() ctx: Context): Promise<ActionItem[]> {
    return loadersOf(ctx).action.actionsByDecisionId.load(d.id);
  }
}

@Resolver(() => ImprovementTrack)
export class ImprovementTrackActionsResolver {
  @FieldResolver(() => [ActionItem])
  async actions(@Root() t: ImprovementTrack, @Ctx() ctx: Context): Promise<ActionItem[]> {
    return loadersOf(ctx).action.actionsByTrackId.load(t.id);
  }
}
