import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { InputError } from '../../shared/errors/input-error';
import { fromGlobalId, type NodeType } from '../../shared/graphql/global-id';
import { canReadFundingAgreement } from '../funding/funding.service';
import type { PageWindow } from '../../shared/pagination';
import { Role } from '../user/user.entity';
import type { AuditEntry } from './audit.entity';
import { tableOfNode } from './audited-tables';

/** Fields never shown in the trail: the provider's client key is theirs alone. */
const HIDDEN = ['client_key'];

function strip(row: Record<string, unknown> | null): Record<string, unknown> | null {
  if (row === null) return null;
  const copy = { ...row };
  for (const key of HIDDEN) if (key in copy) copy[key] = '[hidden]';
  return copy;
}

export class AuditService {
  constructor(private readonly db: Queryable) {}

  private scope(viewerOrNull: Viewer | null, entityId: string): { viewer: Viewer; type: NodeType; table: string; id: number } {
    const viewer = requireRole(viewerOrNull, Role.ADMIN, Role.REGISSEUR);
    const decoded = fromGlobalId(entityId);
    if (!decoded) throw new InputError('"entityId" is not the id of an object.', 'entityId');
    return { viewer, type: decoded.type, table: tableOfNode(decoded.type), id: decoded.id };
  }

  /**
   * Whether the viewer may see the object at all; a trail of one they may not answers as for an id that does not
   * exist. Funding agreements are hidden from some of the trail's readers (the admin), judged by their last row, and
   * residents' privacy requests from all but the regisseur.
   */
  private async visible(viewer: Viewer, type: NodeType, table: string, id: number): Promise<boolean> {
    // A resident's request about their data is the regisseur's to handle; its trail is not the administrator's to read.
    if (type === 'PrivacyRequest') return viewer.role === Role.REGISSEUR;
    if (type !== 'FundingAgreement') return true;
    const [last] = await this.db.query<{ fromProviderId: number | null; toProviderId: number | null }>(
      `SELECT (COALESCE(after, before) ->> 'from_provider_id')::bigint AS "fromProviderId", (COALESCE(after, before) ->> 'to_provider_id')::bigint AS "toProviderId"
         FROM audit_log WHERE table_name = $1 AND entity_id = $2 AND municipality_id = $3 ORDER BY id DESC LIMIT 1`,
      [table, id, viewer.municipalityId],
    );
    return last === undefined || canReadFundingAgreement(viewer, last);
  }

  async page(viewerOrNull: Viewer | null, entityId: string, window: PageWindow): Promise<{ rows: AuditEntry[]; count: () => Promise<number> }> {
    const { viewer, type, table, id } = this.scope(viewerOrNull, entityId);
    if (!(await this.visible(viewer, type, table, id))) return { rows: [], count: () => Promise.resolve(0) };

    const rows = await this.db.query<AuditEntry>(
      `SELECT id, at, municipality_id AS "municipalityId", user_id AS "userId", role, provider_id AS "providerId", request_id AS "requestId",
              table_name AS "tableName", operation, entity_id AS "entityId", before, after
         FROM audit_log WHERE table_name = $1 AND entity_id = $2 AND municipality_id = $3 AND ($4::bigint IS NULL OR id > $4)
        ORDER BY id LIMIT $5`,
      [table, id, viewer.municipalityId, window.afterId, window.limit + 1],
    );
    const count = async (): Promise<number> => {
      const [row] = await this.db.query<{ count: number }>(
        `SELECT count(*) AS count FROM audit_log WHERE table_name = $1 AND entity_id = $2 AND municipality_id = $3`,
        [table, id, viewer.municipalityId],
      );
      return row?.count ?? 0;
    };
    return {
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- rows are plain objects typed by their type-graphql class; no prototype to lose
      rows: rows.map((r) => ({ ...r, before: strip(r.before), after: strip(r.after) })),
      count,
    };
  }
}
