import { DOMAIN_NOTICE_TEXTS, formatText, REMINDER_TEXTS } from '@regiekamer/texts';
import { providerRecipients } from './domain-notices.rules';
import { toGlobalId } from '../../shared/graphql/global-id';
import type { MorningSource } from './morning';
import { NotificationKind } from './notification.entity';
import { dutchDate, withFullStop } from './notification.rules';
import { createNotification, onEventRow, type EventPayload } from './events';
import type { WorkerDeps } from './outbox';
import { eachMunicipality, recipientsOf, usersOf } from './notice-recipients';
import { quarterNotice, type QuarterNotice } from './reminders.rules';

const TEXTS: Record<QuarterNotice['kind'], { title: string; subject: string; body: string }> = {
  [NotificationKind.QUARTER_REPORT_DUE]: {
    title: REMINDER_TEXTS.quarterDueTitle,
    subject: REMINDER_TEXTS.quarterDueSubject,
    body: REMINDER_TEXTS.quarterDueBody,
  },
  [NotificationKind.QUARTER_REPORT_REMINDER]: {
    title: REMINDER_TEXTS.quarterReminderTitle,
    subject: REMINDER_TEXTS.quarterReminderSubject,
    body: REMINDER_TEXTS.quarterReminderBody,
  },
};

/**
 * The quarter report of every provider's adopted plan: the morning after the quarter ends its representatives are
 * told it is due (10 days later), and five days before that date they are reminded while none has been received.
 * The notice is about the plan (the report does not exist yet); its due date keeps each quarter's notice apart.
 */
export const quarterReportSource: MorningSource = {
  name: 'quarter reports',
  run: async (deps, on) => {
    const notice = quarterNotice(on);
    if (notice === null) return;
    const texts = TEXTS[notice.kind];
    const values = { quarter: notice.quarter, year: String(notice.year), dueOn: dutchDate(notice.dueOn) };
    await eachMunicipality(deps, async (tx, municipalityId) => {
      const plans = await tx.query<{ id: number; providerId: number }>(
        `SELECT ap.id, ap.provider_id AS "providerId" FROM annual_plan ap
          WHERE ap.municipality_id = $1 AND ap.year = $2 AND ap.status = 'ADOPTED' AND ap.provider_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM quarter_report q WHERE q.plan_id = ap.id AND q.quarter = $3)
          ORDER BY ap.id`,
        [municipalityId, notice.year, notice.quarter],
      );
      if (plans.length === 0) return;
      const reps = await recipientsOf(tx, municipalityId, notice.kind);
      for (const plan of plans) {
        for (const recipient of reps.filter((r) => r.providerId === plan.providerId)) {
          await createNotification(tx, deps, {
            municipalityId,
            recipient,
            kind: notice.kind,
            objectType: 'annual_plan',
            objectId: plan.id,
            dueOn: notice.dueOn,
            title: texts.title,
            subject: formatText(texts.subject, values),
            body: formatText(texts.body, values),
            linkText: REMINDER_TEXTS.openPlan,
            path: `/jaarplannen/${encodeURIComponent(toGlobalId('AnnualPlan', plan.id))}`,
          });
        }
      }
    });
  },
};

interface ReopenedQuarter {
  planId: number;
  providerId: number | null;
  provider: string | null;
  year: number;
  quarter: number;
  reason: string;
}

/** The quarter report the event names, while it is reopened. */
const REOPENED_QUARTER = `SELECT ap.id AS "planId", ap.provider_id AS "providerId", p.name AS provider, ap.year, q.quarter, q.reopen_reason AS reason
     FROM quarter_report q JOIN annual_plan ap ON ap.id = q.plan_id LEFT JOIN provider p ON p.id = ap.provider_id
    WHERE q.id = $1 AND q.municipality_id = $2 AND q.reopened_at IS NOT NULL`;

/**
 * The regisseur reopened a quarter report: its provider's representatives are asked to account for it again, if it is
 * still open when the job runs. The municipality's own part is reopened by the regisseur for the regisseur: no one to tell.
 */
export async function quarterReopened(deps: WorkerDeps, event: EventPayload): Promise<void> {
  await onEventRow<ReopenedQuarter>(deps, event, REOPENED_QUARTER, async (tx, q) => {
    if (q.providerId === null) return;
    const kind = NotificationKind.QUARTER_REOPENED;
    const values = { provider: q.provider ?? '', quarter: q.quarter, year: String(q.year), reason: withFullStop(q.reason) };
    for (const recipient of providerRecipients(await usersOf(tx, [event.municipalityId]), q.providerId, kind, event.actorUserId)) {
      await createNotification(tx, deps, {
        municipalityId: event.municipalityId,
        recipient,
        kind,
        objectType: 'quarter_report',
        objectId: event.objectId,
        dueOn: null,
        title: DOMAIN_NOTICE_TEXTS.quarterReopenedTitle,
        subject: formatText(DOMAIN_NOTICE_TEXTS.quarterReopenedSubject, values),
        body: formatText(DOMAIN_NOTICE_TEXTS.quarterReopenedBody, values),
        linkText: DOMAIN_NOTICE_TEXTS.quarterReopenedLink,
        path: `/jaarplannen/${encodeURIComponent(toGlobalId('AnnualPlan', q.planId))}`,
      });
    }
  });
}
