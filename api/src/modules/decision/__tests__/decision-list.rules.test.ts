import { decodeListCursor, encodeListCursor } from '../decision-list.rules';

describe('cursors of the besluitenlijst', () => {
  it('round-trip the day and the id', () => {
    expect(decodeListCursor(encodeListCursor({ decidedOn: '2026-03-10', id: 42 }))).toEqual({ decidedOn: '2026-03-10', id: 42 });
  });

  it.each([
    ['an id cursor of another list', Buffer.from('c:42').toString('base64url')],
    ['no id', Buffer.from('b:2026-03-10:').toString('base64url')],
    ['no day', Buffer.from('b::42').toString('base64url')],
    ['garbage', 'bm9wZQ'],
  ])('%s is refused on "after"', (_, cursor) => {
    expect(() => decodeListCursor(cursor)).toThrow(expect.objectContaining({ field: 'after' }) as Error);
  });
});
