import { formatText, REMINDER_TEXTS } from '@regiekamer/texts';
import { toGlobalId } from '../../shared/graphql/global-id';
import type { MorningSource } from './morning';
import { NotificationKind } from './notification.entity';
import { dutchDate } from './notification.rules';
import { createNotification } from './events';
import { eachMunicipality, recipientsOf } from './notice-recipients';
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
