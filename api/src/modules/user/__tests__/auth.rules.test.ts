import { newPasswordProblems } from '../auth.service';

describe('newPasswordProblems', () => {
  it.each([
    ['current-password', 'a-good-new-password', []],
    ['current-password', 'exactly-12ch', []],
    ['current-password', 'elevenchars', ['PASSWORD_TOO_SHORT']],
    // Characters, not UTF-16 units: twelve emoji are twelve characters.
    ['current-password', '😀'.repeat(12), []],
    ['current-password', '😀'.repeat(11), ['PASSWORD_TOO_SHORT']],
    ['current-password', 'x'.repeat(1000), []],
    ['current-password', 'x'.repeat(1001), ['PASSWORD_TOO_LONG']],
    ['the-same-password', 'the-same-password', ['PASSWORD_UNCHANGED']],
  ])('%s -> %s', (current, next, codes) => {
    const problems = newPasswordProblems(current, next);
    expect(problems.map((p) => p.code)).toEqual(codes);
    for (const p of problems) expect(p.field).toBe('newPassword');
  });
});
