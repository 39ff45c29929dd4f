import { bearerMatches } from '../metrics-route';

/** The metrics token: exactly `Bearer <token>`, nothing more or less. */
describe('the metrics bearer token', () => {
  const token = 'metrics-token-0123456789';
  it.each<[string | undefined, boolean]>([
    [`Bearer ${token}`, true],
    [`Bearer ${token}x`, false],
    [`Bearer ${token.slice(0, -1)}`, false],
    [`bearer ${token}`, false],
    [`Basic ${token}`, false],
    [`Bearer  ${token}`, false],
    [`Bearer ${token} extra`, false],
    [token, false],
    ['Bearer ', false],
    ['', false],
    [undefined, false],
  ])('%p matches: %p', (header, matches) => {
    expect(bearerMatches(header, token)).toBe(matches);
  });
});
