import { TEXT_MAX } from '@regiekamer/texts';
import type { Queryable } from '../../db/database';
import { ErrorCode } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { first } from '../../shared/loader-utils';
import type { Checks } from '../../shared/validation';
import { ActionSourceKind, type ActionItem } from './action.entity';
import { ACTION_COLUMNS } from './action.loaders';

/** A new action as the API receives it: an owner who is a user (ownerId) or someone named (ownerName). */
export interface NewAction {
  title: string;
  ownerId?: string | null;
  ownerName?: string | null;
  dueOn: string;
}

/** The column of action_item that names each kind of source. */
const SOURCE_COLUMN: Readonly<Record<ActionSourceKind, string>> = {
  [ActionSourceKind.OVERLEG]: 'overleg_id',
  [ActionSourceKind.ATELIER]: 'atelier_id',
  [ActionSourceKind.DECISION]: 'decision_id',
  [ActionSourceKind.IMPROVEMENT_TRACK]: 'improvement_track_id',
  [ActionSourceKind.QUARTER_REPORT]: 'quarter_report_id',
};

/** Checks a new action's fields under `prefix` (such as `input`); returns the owner's user id, or null when named. */
export function checkNewAction(checks: Checks, prefix: string, input: NewAction): number | null {
  checks.nonEmpty(`${prefix}.title`, input.title, TEXT_MAX.actionTitle);
  checks.nonEmpty(`${prefix}.ownerName`, input.ownerName, TEXT_MAX.actionOwnerName);
  if (input.ownerId !== undefined && input.ownerId !== null) {
    const ownerUserId = decodeIdOf('User', input.ownerId);
    if (ownerUserId === null) checks.add(`${prefix}.ownerId`, 'No user with this id.', ErrorCode.NOT_FOUND);
    return ownerUserId;
  }
  if (!input.ownerName?.trim()) checks.add(`${prefix}.ownerId`, 'Every action has an owner: a user, or a name.');
  return null;
}

/** Whether the owner is a user of this municipality (in the transaction that inserts the action). */
export async function ownerExists(tx: Queryable, municipalityId: number, ownerUserId: number): Promise<boolean> {
  const users = await tx.query(`SELECT id FROM app_user WHERE id = $1 AND municipality_id = $2`, [ownerUserId, municipalityId]);
  return users.length > 0;
}

/** Inserts a checked action and raises the event that tells its owner (an owner by name only is not a user). */
export async function insertAction(
  tx: Queryable,
  municipalityId: number,
  source: { kind: ActionSourceKind; id: number },
  input: NewAction,
  ownerUserId: number | null,
): Promise<ActionItem> {
  const rows = await tx.query<ActionItem>(
    `INSERT INTO action_item AS ai (municipality_id, title, owner_user_id, owner_name, due_on, source_kind, ${SOURCE_COLUMN[source.kind]})
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ACTION_COLUMNS}`,
    [municipalityId, input.title.trim(), ownerUserId, (input.ownerName ?? '').trim() || null, input.dueOn, source.kind, source.id],
  );
  const action = first(rows, 'the inserted action');
  if (ownerUserId !== null) await tx.query(`SELECT app_raise_event('action_assigned', $1)`, [action.id]);
  return action;
}
