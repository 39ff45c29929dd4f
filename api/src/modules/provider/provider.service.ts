import type { Queryable } from '../../db/database';
import { Role } from '../user/user.entity';
import { isOwnProvider, type Viewer } from '../../shared/auth/viewer';
import type { PageWindow } from '../../shared/pagination';
import { PROVIDER_COLUMNS } from './provider.loaders';
import type { Provider } from './provider.entity';

export class ProviderService {
  constructor(private readonly db: Queryable) {}

  /** Every role sees the list of providers of its municipality: the convenant and overleg are shared. */
  async page(viewer: Viewer, window: PageWindow): Promise<Provider[]> {
    return this.db.query<Provider>(
      `SELECT ${PROVIDER_COLUMNS} FROM provider WHERE municipality_id = $1 AND ($2::bigint IS NULL OR id > $2) ORDER BY id LIMIT $3`,
      [viewer.municipalityId, window.afterId, window.limit + 1],
    );
  }

  async count(viewer: Viewer): Promise<number> {
    const rows = await this.db.query<{ count: number }>(`SELECT count(*) AS count FROM provider WHERE municipality_id = $1`, [viewer.municipalityId]);
    return rows[0]?.count ?? 0;
  }

  /** Representatives' names and emails are staff contact data: for the municipality and the provider itself, not analysts. */
  canSeeRepresentatives(viewer: Viewer, providerId: number): boolean {
    if (viewer.role === Role.REGISSEUR || viewer.role === Role.ADMIN) return true;
    return isOwnProvider(viewer, providerId);
  }
}
