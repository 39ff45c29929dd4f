import { createSealer } from '../sealing';

const KEY = 'a-token-key-that-is-long-enough-for-the-tests';

describe('createSealer', () => {
  const sealer = createSealer(KEY, 'second-factor secret');

  it('opens what it sealed for the same row, and the sealed text does not show the secret', () => {
    const sealed = sealer.seal('JBSWY3DPEHPK3PXP', '7');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealer.open(sealed, '7')).toBe('JBSWY3DPEHPK3PXP');
    expect(sealer.seal('JBSWY3DPEHPK3PXP', '7')).not.toBe(sealed);
  });

  it.each([
    ['another row', (s: string) => s, '8', sealer],
    ['another key', (s: string) => s, '7', createSealer('another-token-key-that-is-long-enough-too', 'second-factor secret')],
    ['another purpose', (s: string) => s, '7', createSealer(KEY, 'something else')],
    // A character inside the text: the last one carries bits the decoder ignores, so changing it may change no byte.
    ['a changed byte', (s: string) => `${s.slice(0, 20)}${s[20] === 'A' ? 'B' : 'A'}${s.slice(21)}`, '7', sealer],
    ['too short', () => 'abc', '7', sealer],
  ])('refuses %s', (_name, change, row, opener) => {
    expect(opener.open(change(sealer.seal('JBSWY3DPEHPK3PXP', '7')), row)).toBeNull();
  });
});
