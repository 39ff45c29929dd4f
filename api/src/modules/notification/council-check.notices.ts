import { COUNCIL_CHECK_TEXTS as T, formatText } from '@regiekamer/texts';
import { toGlobalId } from '../../shared/graphql/global-id';
import type { ProposalStatus } from '../proposal/proposal.entity';
import { createNotification } from './events';
import type { MorningSource } from './morning';
import { mayBeTold } from './domain-notices.rules';
import { eachMunicipality, usersOf } from './notice-recipients';
import { NotificationKind } from './notification.entity';
import { dutchDate } from './notification.rules';
import { councilCheckNotice } from './reminders.rules';

const TEXTS = {
  [NotificationKind.COUNCIL_CHECK_REMINDER]: { title: T.reminderTitle, subject: T.reminderSubject, body: T.reminderBody },
  [NotificationKind.COUNCIL_CHECK_OVERDUE]: { title: T.overdueTitle, subject: T.overdueSubject, body: T.overdueBody },
} as const;

/**
 * Each morning, the members of the client council are reminded of the decisions that wait on their check
 * (councilCheckNotice: two working days before it is due, and once when it is late), with a link to the check's task.
 */
export const councilCheckReminderSource: MorningSource = {
  name: 'council check reminders',
  run: (deps, on) =>
    eachMunicipality(deps, async (tx, municipalityId) => {
      const proposals = await tx.query<{ id: number; title: string; status: ProposalStatus; feedbackOn: string | null }>(
        `SELECT p.id, p.title, p.status, p.feedback_on AS "feedbackOn" FROM proposal p
          WHERE p.municipality_id = $1 AND p.status = 'FED_BACK' AND p.feedback_on IS NOT NULL ORDER BY p.id`,
        [municipalityId],
      );
      const due = proposals.flatMap((p) => {
        const notice = councilCheckNotice(p, on);
        return notice === null ? [] : [{ p, notice }];
      });
      if (due.length === 0) return;
      const users = await usersOf(tx, [municipalityId]);
      for (const { p, notice } of due) {
        const text = TEXTS[notice.kind];
        const values = { title: p.title, dueOn: dutchDate(notice.dueOn) };
        for (const recipient of users.filter((u) => mayBeTold(u, notice.kind, null))) {
          await createNotification(tx, deps, {
            municipalityId,
            recipient,
            kind: notice.kind,
            objectType: 'proposal',
            objectId: p.id,
            dueOn: notice.dueOn,
            title: text.title,
            subject: formatText(text.subject, values),
            body: formatText(text.body, values),
            linkText: T.link,
            path: `/meedoen/toets/${encodeURIComponent(toGlobalId('Proposal', p.id))}`,
          });
        }
      }
    }),
};
