import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { fromGlobalId } from '../../shared/graphql/global-id';
import { Node } from '../../shared/graphql/node';
import { participantMaySee } from '../participant/participant.node';
import { participantScope } from '../participant/participant.scope';
import { nodeSources } from '../registry';

interface Tagged {
  __typename: string;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null when it does not exist or you may not see it (the two answer alike).',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Tagged | null> {
    const viewer = requireViewer(ctx.viewer);
    const decoded = fromGlobalId(id);
    if (decoded === null) return null;
    // Each module says how its Node types are read (`nodeTypes` in its module file).
    const row = await nodeSources().get(decoded.type)?.load(ctx, viewer, decoded.id);
    if (!row) return null;
    // A participant reads only what their lists show them.
    const scope = await participantScope(ctx.db, viewer);
    if (scope !== null && !(await participantMaySee(ctx, viewer, scope, decoded.type, row))) return null;
    return { ...row, __typename: decoded.type };
  }
}
