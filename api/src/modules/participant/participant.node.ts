import type { Context } from '../../context';
import { loadersOf } from '../../context';
import type { Viewer } from '../../shared/auth/viewer';
import type { Opgave, Opgaveteam } from '../opgave/opgave.entity';
import type { Overleg } from '../overleg/overleg.entity';
import { holdsOverlegRole } from '../overleg/overleg-roles.rules';
import { opgaveVisibleTo, overlegKindsFor, seesProposals, type ParticipantScope } from './participant.rules';

type Check = (ctx: Context, viewer: Viewer, scope: ParticipantScope, row: object) => Promise<boolean> | boolean;

/**
 * The Node types a participant may read by id, and which rows of them: the same as their lists show. Every other
 * type answers null, as a missing object does.
 */
const CHECKS: Readonly<Record<string, Check>> = {
  Opgave: (_ctx, _viewer, scope, row) => opgaveVisibleTo(scope, row as Opgave),
  Opgaveteam: async (ctx, _viewer, scope, row) => {
    const opgave = await loadersOf(ctx).opgave.opgaveById.load((row as Opgaveteam).opgaveId);
    return opgave !== null && opgaveVisibleTo(scope, opgave);
  },
  Overleg: (_ctx, viewer, scope, row) =>
    overlegKindsFor(viewer.role, scope).includes((row as Overleg).kind) || holdsOverlegRole(viewer.userId, row as Overleg),
  Proposal: (_ctx, viewer, scope) => seesProposals(viewer.role, scope),
  User: (_ctx, viewer, _scope, row) => (row as { id: number }).id === viewer.userId,
};

export function participantNodeTypes(): string[] {
  return Object.keys(CHECKS);
}

/** Whether a participant may see this row of `type` (the row is loaded already). */
export async function participantMaySee(ctx: Context, viewer: Viewer, scope: ParticipantScope, type: string, row: object): Promise<boolean> {
  const check = CHECKS[type];
  return check !== undefined && (await check(ctx, viewer, scope, row));
}
