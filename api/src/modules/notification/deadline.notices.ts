import { formatText, REMINDER_TEXTS } from '@regiekamer/texts';
import type { Queryable } from '../../db/database';
import { toGlobalId } from '../../shared/graphql/global-id';
import { OPEN_STATUSES, type ProposalDeadlineFacts } from '../proposal/proposal.rules';
import { proposalDeadlineFacts } from '../proposal/proposal.service';
import { createNotification } from './events';
import type { MorningSource } from './morning';
import { NotificationKind } from './notification.entity';
import { dutchDate } from './notification.rules';
import type { WorkerDeps } from './outbox';
import { eachMunicipality, recipientsOf, type NoticeRecipient } from './notice-recipients';
import { deadlineReminders, stepsPhrase } from './reminders.rules';

async function remindProposal(
  tx: Queryable,
  deps: WorkerDeps,
  p: ProposalDeadlineFacts,
  users: readonly NoticeRecipient[],
  on: string,
  municipalityId: number,
) {
  for (const recipient of users) {
    for (const due of deadlineReminders(recipient.role, p, on)) {
      const values = { title: p.title, dueOn: dutchDate(due.dueOn) };
      await createNotification(tx, deps, {
        municipalityId,
        recipient,
        kind: NotificationKind.DEADLINE_REMINDER,
        objectType: 'proposal',
        objectId: p.id,
        dueOn: due.dueOn,
        title: REMINDER_TEXTS.deadlineTitle,
        subject: formatText(REMINDER_TEXTS.deadlineSubject, values),
        body: formatText(REMINDER_TEXTS.deadlineBody, { ...values, steps: stepsPhrase(due.steps) }),
        linkText: REMINDER_TEXTS.openProposal,
        path: `/voorstellen/${encodeURIComponent(toGlobalId('Proposal', p.id))}`,
      });
    }
  }
}

/**
 * Two working days before each deadline of the six-week cycle that is not yet met, whoever it waits on is reminded:
 * the steps each role is asked for are the calendar feed's (proposalStepsFor), read with the same deadline facts.
 */
export const deadlineReminderSource: MorningSource = {
  name: 'deadline reminders',
  run: (deps, on) =>
    eachMunicipality(deps, async (tx, municipalityId) => {
      const users = await recipientsOf(tx, municipalityId, NotificationKind.DEADLINE_REMINDER);
      if (users.length === 0) return;
      const proposals = await proposalDeadlineFacts(tx, municipalityId, { statuses: OPEN_STATUSES });
      for (const p of proposals) await remindProposal(tx, deps, p, users, on, municipalityId);
    }),
};
