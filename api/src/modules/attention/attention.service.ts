import type { Clock } from '../../clock';
import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { Role } from '../user/user.entity';
import { compareAttention } from './attention.rules';
import { ATTENTION_SOURCES, type AttentionSource } from './attention.sources';
import type { AttentionItem } from './attention.types';

/**
 * "Aandacht nodig": one list from every source that answers for the viewer's role, most urgent first. Analysts act on
 * nothing here (they read aggregates), so they are refused.
 */
export class AttentionService {
  constructor(
    private readonly db: Queryable,
    private readonly clock: Clock,
    private readonly sources: readonly AttentionSource[] = ATTENTION_SOURCES,
  ) {}

  async list(viewerOrNull: Viewer | null): Promise<AttentionItem[]> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ADMIN, Role.PROVIDER_REP);
    const today = this.clock.today();
    const mine = this.sources.filter((s) => s.roles.includes(viewer.role));
    // One statement per source; they share the request's connection, so they run one after another anyway.
    const lists: AttentionItem[][] = [];
    for (const source of mine) lists.push(await source.load({ db: this.db, viewer, today }));
    return lists.flat().sort(compareAttention);
  }
}
