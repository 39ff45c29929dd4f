import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { PageArgsType } from '../../shared/graphql/args';
import { ConnectionType, type ConnectionResult } from '../../shared/graphql/connection';
import { pageWindow, toConnection } from '../../shared/pagination';
import { User } from '../user/user.entity';
import type { UserRow } from '../user/user.loaders';
import { AuditEntry } from './audit.entity';

export const AuditEntryConnection = ConnectionType('AuditEntry', AuditEntry);

@ArgsType()
class AuditTrailArgs extends PageArgsType {
  @Field(() => ID, { description: 'Global id of the object whose changes you want to see.' })
  entityId: string;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'ADMIN and REGISSEUR: every change to one object, oldest first: who, when, before and after.' })
  async auditTrail(@Args(() => AuditTrailArgs) args: AuditTrailArgs, @Ctx() ctx: Context): Promise<ConnectionResult<AuditEntry>> {
    const window = pageWindow(args);
    const { rows, count } = await ctx.services.audit.page(ctx.viewer, args.entityId, window);
    return toConnection(rows, window, count);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change; null for system changes.' })
  async user(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<UserRow | null> {
    return entry.userId === null ? null : loadersOf(ctx).user.userById.load(entry.userId);
  }
}
