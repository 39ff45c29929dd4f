import { describe, expect, it } from '@jest/globals';
import { noteWritePosition, positionValue, writePositionHeaders } from '../write-position';

/** The position of the last write goes back with every request; the highest seen is kept, whatever order answers arrive in. */
describe('write position', () => {
  it.each([
    ['0/16B3748', 0x16b3748n],
    ['16/B374D848', (0x16n << 32n) + 0xb374d848n],
    ['nonsense', null],
    ['1/2/3', null],
  ])('reads %s', (text, value) => {
    expect(positionValue(text)).toBe(value);
  });

  it('sends nothing before a write, then the highest position seen', () => {
    expect(writePositionHeaders()).toEqual({});
    noteWritePosition(null);
    noteWritePosition('not a position');
    expect(writePositionHeaders()).toEqual({});
    noteWritePosition('0/9');
    expect(writePositionHeaders()).toEqual({ 'regiekamer-lsn': '0/9' });
    noteWritePosition('0/10');
    noteWritePosition('0/A');
    expect(writePositionHeaders()).toEqual({ 'regiekamer-lsn': '0/10' });
    noteWritePosition('1/0');
    expect(writePositionHeaders()).toEqual({ 'regiekamer-lsn': '1/0' });
  });
});
