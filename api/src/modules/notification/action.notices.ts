import { DOMAIN_NOTICE_TEXTS as T, formatText } from '@regiekamer/texts';
import type { Queryable } from '../../db/database';
import { ownerTransaction } from '../../jobs/owner-db';
import { toGlobalId } from '../../shared/graphql/global-id';
import { addDays } from '../../shared/local-date';
import { actionMorningKind, assignedRecipient, mayBeTold, ownActionsPath } from './domain-notices.rules';
import { createNotification, onEventRow, type EventPayload } from './events';
import type { MorningSource } from './morning';
import type { ScopedRecipient } from './notice-recipients';
import { NotificationKind } from './notification.entity';
import { dutchDate } from './notification.rules';
import type { WorkerDeps } from './outbox';

type ActionKind = NotificationKind.ACTION_ASSIGNED | NotificationKind.ACTION_DUE_TOMORROW | NotificationKind.ACTION_OVERDUE;

/** An open action with its owner (a user): one row per action. */
interface OwnedAction {
  id: number;
  municipalityId: number;
  title: string;
  dueOn: string;
  owner: ScopedRecipient;
}

const OWNED_ACTIONS = `
  SELECT ai.id, ai.municipality_id AS "municipalityId", ai.title, ai.due_on AS "dueOn",
         json_build_object('id', u.id, 'municipalityId', u.municipality_id, 'email', u.email, 'name', u.name, 'role', u.role,
                           'providerId', u.provider_id, 'active', u.active) AS owner
    FROM action_item ai JOIN app_user u ON u.id = ai.owner_user_id
   WHERE ai.status = 'OPEN'`;

const TEXTS: Readonly<Record<ActionKind, { title: string; subject: string; body: string }>> = {
  [NotificationKind.ACTION_ASSIGNED]: { title: T.actionAssignedTitle, subject: T.actionAssignedSubject, body: T.actionAssignedBody },
  [NotificationKind.ACTION_DUE_TOMORROW]: { title: T.actionDueTomorrowTitle, subject: T.actionDueTomorrowSubject, body: T.actionDueTomorrowBody },
  [NotificationKind.ACTION_OVERDUE]: { title: T.actionOverdueTitle, subject: T.actionOverdueSubject, body: T.actionOverdueBody },
};

/** Keyed by the action's due date: told once per action and date. */
function tellOwner(tx: Queryable, deps: WorkerDeps, a: OwnedAction, kind: ActionKind): Promise<void> {
  const text = TEXTS[kind];
  const values = { title: a.title, dueOn: dutchDate(a.dueOn) };
  return createNotification(tx, deps, {
    municipalityId: a.municipalityId,
    recipient: a.owner,
    kind,
    objectType: 'action',
    objectId: a.id,
    dueOn: a.dueOn,
    title: text.title,
    subject: formatText(text.subject, values),
    body: formatText(text.body, values),
    linkText: T.actionLink,
    path: ownActionsPath(toGlobalId('User', a.owner.id), kind === NotificationKind.ACTION_OVERDUE),
  });
}

/** An action was given an owner: they are told, if it is still open and theirs, unless they assigned it themselves. */
export async function actionAssigned(deps: WorkerDeps, event: EventPayload): Promise<void> {
  await onEventRow<OwnedAction>(deps, event, `${OWNED_ACTIONS} AND ai.id = $1 AND ai.municipality_id = $2`, async (tx, a) => {
    if (assignedRecipient(a.owner, event.actorUserId) === null) return;
    await tellOwner(tx, deps, a, NotificationKind.ACTION_ASSIGNED);
  });
}

/** Each morning: the owner of each open action due tomorrow, and of each open action past its date. */
export const actionMorningNotices: MorningSource = {
  name: 'action_due',
  run: (deps, on) =>
    ownerTransaction(deps.pool, async (tx) => {
      const actions = await tx.query<OwnedAction>(`${OWNED_ACTIONS} AND (ai.due_on = $1 OR ai.due_on < $2) ORDER BY ai.id`, [addDays(on, 1), on]);
      for (const a of actions) {
        const kind = actionMorningKind(a.dueOn, on);
        if (kind !== null && mayBeTold(a.owner, kind, null)) await tellOwner(tx, deps, a, kind);
      }
    }),
};
