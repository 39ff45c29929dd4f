import type { FinishWrite, RequestDb } from '../../db/request-db';
import { Role } from '../user/user.entity';

/**
 * NEN 7513: provider staff's reads of client records (arrangements) are logged, one access_log row per record and
 * request, written on the request's connection as it finishes well (so an answer does not leave unlogged).
 * The municipality's own staff and analysts are not logged here: their reads are not of their own clients.
 */
type LoggedDb = Pick<RequestDb, 'actor' | 'onFinish'>;

/** The role whose reads are logged (the actor's role is the database's text). */
const LOGGED_ROLE: string = Role.PROVIDER_REP;

const readsOf = new WeakMap<LoggedDb, Set<number>>();

const INSERT_SQL = `INSERT INTO access_log (municipality_id, user_id, role, provider_id, request_id, arrangement_id)
  SELECT $1, $2, $3, $4, $5, unnest($6::bigint[])`;

function accessLogWrite(db: LoggedDb, reads: ReadonlySet<number>): FinishWrite {
  const a = db.actor;
  return { text: INSERT_SQL, params: [a.municipalityId, a.userId, a.role, a.providerId, a.requestId, [...reads]] };
}

/** Notes arrangements the request read, for the access log of its user (if their role is logged). */
export function noteArrangementReads(db: LoggedDb, ids: Iterable<number>): void {
  if (db.actor.role !== LOGGED_ROLE) return;
  let reads = readsOf.get(db);
  if (reads === undefined) {
    const noted = new Set<number>();
    reads = noted;
    readsOf.set(db, noted);
    db.onFinish(() => (noted.size > 0 ? accessLogWrite(db, noted) : null));
  }
  for (const id of ids) reads.add(id);
}
