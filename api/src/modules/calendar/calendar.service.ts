import { createHash, randomBytes } from 'node:crypto';
import { CALENDAR_TEXTS } from '@regiekamer/texts';
import type { Queryable } from '../../db/database';
import { requireViewer, type Viewer } from '../../shared/auth/viewer';
import { ok, type Outcome } from '../../shared/errors/problems';
import { RequestService } from '../../shared/request-service';
import { OPEN_STATUSES } from '../proposal/proposal.rules';
import { proposalDeadlineFacts } from '../proposal/proposal.service';
import { Role } from '../user/user.entity';
import { CalendarFeed } from './calendar.entity';
import { calendarText, type CalendarEvent } from './calendar.ics';
import {
  actionEvent,
  convenantSignEvent,
  feedStartsOn,
  overlegEvent,
  proposalEvents,
  quarterReportEvents,
  type ActionFacts,
  type ConvenantFacts,
  type OverlegFacts,
  type PlanFacts,
} from './calendar.rules';
import type { Clock } from '../../clock';
import type { RequestDb } from '../../db/request-db';

/** The secret of a feed address: 256 random bits, base64url (43 characters). */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const hashSecret = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

export const feedPath = (secret: string): string => `/calendar/${secret}.ics`;

/** Who a feed address belongs to, and the token version it was made under; null for an unknown address. */
export async function feedSubject(db: Queryable, secret: string): Promise<{ userId: number; version: number } | null> {
  if (!SECRET_PATTERN.test(secret)) return null;
  const [row] = await db.query<{ userId: number; version: number }>(
    `SELECT user_id AS "userId", token_version AS "version" FROM app_calendar_subject($1)`,
    [hashSecret(secret)],
  );
  return row ?? null;
}

const FEED_COLUMNS = `f.user_id AS "userId", f.municipality_id AS "municipalityId", f.token_version AS "tokenVersion", f.created_at AS "createdAt"`;

/**
 * Each user's own calendar feed: overleggen and the deadlines asked of them. Every role has one; the address is a
 * secret that the user can replace (the old one stops at once) or withdraw.
 */
export class CalendarService extends RequestService {
  constructor(
    db: RequestDb,
    clock: Clock,
    /** PUBLIC_URL, when set: the address given is then absolute. */
    private readonly publicUrl: string | null = null,
  ) {
    super(db, clock);
  }

  async feed(viewerOrNull: Viewer | null): Promise<CalendarFeed | null> {
    const viewer = requireViewer(viewerOrNull);
    const [row] = await this.db.query<CalendarFeed>(`SELECT ${FEED_COLUMNS} FROM calendar_feed f WHERE f.user_id = $1`, [viewer.userId]);
    return row ?? null;
  }

  /** A new address; the one before stops working. The address is in the answer only: it is kept as its hash. */
  async renew(viewerOrNull: Viewer | null): Promise<Outcome<{ path: string; url: string | null; feed: CalendarFeed }>> {
    const viewer = requireViewer(viewerOrNull);
    const secret = randomBytes(32).toString('base64url');
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT created_at FROM app_calendar_feed_renew($1)`, [hashSecret(secret)]);
      const [feed] = await tx.query<CalendarFeed>(`SELECT ${FEED_COLUMNS} FROM calendar_feed f WHERE f.user_id = $1`, [viewer.userId]);
      if (!feed) throw new Error(`calendar feed of user ${viewer.userId} was not made`);
      const path = feedPath(secret);
      return ok({ path, url: this.publicUrl === null ? null : this.publicUrl + path, feed });
    });
  }

  /** No address any more; withdrawing none is no error. */
  async revoke(viewerOrNull: Viewer | null): Promise<Outcome<{ feed: null }>> {
    const viewer = requireViewer(viewerOrNull);
    await this.db.transaction((tx) => tx.query(`DELETE FROM calendar_feed WHERE user_id = $1`, [viewer.userId]));
    return ok({ feed: null });
  }

  /** The feed's text for the viewer, as of today in Amsterdam. */
  async text(viewer: Viewer): Promise<string> {
    const events = await this.events(viewer, this.clock.today());
    return calendarText(CALENDAR_TEXTS.calendarName, CALENDAR_TEXTS.calendarDescription, events, this.clock.now());
  }

  private async events(viewer: Viewer, today: string): Promise<CalendarEvent[]> {
    const from = feedStartsOn(today);
    const [overleggen, actions, proposals, plans, convenants] = await Promise.all([
      this.db.query<OverlegFacts>(
        `SELECT o.id, o.kind, o.title, o.held_on AS "heldOn", to_char(o.starts_at, 'HH24:MI') AS "startsAt",
                to_char(o.ends_at, 'HH24:MI') AS "endsAt", o.location, o.status, o.sequence FROM overleg o
          WHERE o.municipality_id = $1 AND o.held_on >= $2 ORDER BY o.held_on, o.id`,
        [viewer.municipalityId, from],
      ),
      this.db.query<ActionFacts>(
        `SELECT a.id, a.title, a.due_on AS "dueOn" FROM action_item a
          WHERE a.municipality_id = $1 AND a.owner_user_id = $2 AND a.status = 'OPEN' AND a.due_on >= $3 ORDER BY a.due_on, a.id`,
        [viewer.municipalityId, viewer.userId, from],
      ),
      viewer.role === Role.ANALYST ? Promise.resolve([]) : proposalDeadlineFacts(this.db, viewer.municipalityId, { statuses: OPEN_STATUSES }),
      this.plansToAccountFor(viewer, from),
      this.convenantsToSign(viewer),
    ]);
    return [
      ...overleggen.map(overlegEvent),
      ...actions.map(actionEvent),
      ...proposals.flatMap((p) => proposalEvents(viewer.role, p)),
      ...plans.flatMap(quarterReportEvents),
      ...convenants.map((c) => convenantSignEvent(c, today)),
    ].filter((e) => e.date >= from);
  }

  /** The adopted plans the viewer accounts for: a representative their provider's, the regisseur the municipality's own. */
  private async plansToAccountFor(viewer: Viewer, from: string): Promise<PlanFacts[]> {
    const own = viewer.role === Role.PROVIDER_REP ? viewer.providerId : viewer.role === Role.REGISSEUR ? null : undefined;
    if (own === undefined) return [];
    return this.db.query<PlanFacts>(
      `SELECT p.id AS "planId", p.year, COALESCE(array_agg(q.quarter ORDER BY q.quarter) FILTER (WHERE q.id IS NOT NULL), '{}') AS reported
         FROM annual_plan p LEFT JOIN quarter_report q ON q.plan_id = p.id
        WHERE p.municipality_id = $1 AND p.status = 'ADOPTED' AND p.provider_id IS NOT DISTINCT FROM $2 AND p.year >= $3
        GROUP BY p.id ORDER BY p.year, p.id`,
      [viewer.municipalityId, own, Number(from.slice(0, 4))],
    );
  }

  /** Convenants open for signing that wait on the viewer's party: a representative's provider, or the regisseur's municipality. */
  private async convenantsToSign(viewer: Viewer): Promise<ConvenantFacts[]> {
    if (viewer.role !== Role.PROVIDER_REP && viewer.role !== Role.REGISSEUR) return [];
    return this.db.query<ConvenantFacts>(
      `SELECT c.id, c.title, c.starts_on AS "startsOn" FROM convenant c JOIN convenant_party cp ON cp.convenant_id = c.id
        WHERE c.municipality_id = $1 AND c.status = 'OPEN_FOR_SIGNING' AND cp.signed_at IS NULL
          AND (($2::bigint IS NOT NULL AND cp.kind = 'PROVIDER' AND cp.provider_id = $2) OR ($2::bigint IS NULL AND cp.kind = 'MUNICIPALITY'))
        ORDER BY c.starts_on, c.id`,
      [viewer.municipalityId, viewer.role === Role.PROVIDER_REP ? viewer.providerId : null],
    );
  }
}
