import { InputError } from '../../shared/errors/input-error';

/** Where a page of the besluitenlijst ends: the day decided and the id, its order. */
export interface ListPosition {
  decidedOn: string;
  id: number;
}

export function encodeListCursor(position: ListPosition): string {
  return Buffer.from(`b:${position.decidedOn}:${position.id}`, 'utf8').toString('base64url');
}

/** The position a cursor of the besluitenlijst stands for; anything else is refused, naming `after`. */
export function decodeListCursor(cursor: string): ListPosition {
  const match = /^b:(\d{4}-\d{2}-\d{2}):([1-9][0-9]{0,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match?.[1] === undefined || match[2] === undefined) throw new InputError('"after" is not a cursor from this list.', 'after');
  return { decidedOn: match[1], id: Number(match[2]) };
}
