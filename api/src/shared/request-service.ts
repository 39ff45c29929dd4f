import type { Clock } from '../clock';
import type { RequestDb } from '../db/request-db';

/** A module's service for one request: its database connection (as the viewer) and the clock it reads "today" from. */
export abstract class RequestService {
  constructor(
    protected readonly db: RequestDb,
    protected readonly clock: Clock,
  ) {}
}
