import { errorCodeLabel, hasUserErrors, methodLabel, operationLabel, outcomeOf, parseOperationNames, routeLabel } from '../metric-labels';

/** Every label a client influences is capped to a small, fixed set. */
describe('metric labels', () => {
  const known = new Set(['Login', 'ArrangementsPage']);

  it.each<[string | null | undefined, string]>([
    ['Login', 'Login'],
    ['ArrangementsPage', 'ArrangementsPage'],
    ['MadeUp123', 'other'],
    ['login', 'other'],
    ['', 'other'],
    [null, 'other'],
    [undefined, 'other'],
  ])('labels operation %p as %p', (name, label) => {
    expect(operationLabel(name, known)).toBe(label);
  });

  it.each<[string | undefined, string]>([
    ['/graphql', '/graphql'],
    ['/graphql?query=x', '/graphql'],
    ['/metrics', '/metrics'],
    ['/readyz', '/readyz'],
    ['/documents/abc123', '/documents'],
    ['/import/maatwerk', '/import'],
    ['/calendar/token.ics', '/calendar'],
    ['/', 'web'],
    ['/assets/index-abc.js', 'web'],
    ['/overleg/12', 'web'],
    ['/graphqlx', 'web'],
    [undefined, 'web'],
  ])('labels path %p as route %p', (url, label) => {
    expect(routeLabel(url)).toBe(label);
  });

  it.each<[string | undefined, string]>([
    ['GET', 'GET'],
    ['POST', 'POST'],
    ['PROPFIND', 'other'],
    ['get', 'other'],
    [undefined, 'other'],
  ])('labels method %p as %p', (method, label) => {
    expect(methodLabel(method)).toBe(label);
  });

  it.each<[unknown, string]>([
    ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS'],
    ['made up', 'OTHER'],
    ['lower', 'OTHER'],
    ['A'.repeat(60), 'OTHER'],
    [undefined, 'OTHER'],
    [42, 'OTHER'],
  ])('labels error code %p as %p', (code, label) => {
    expect(errorCodeLabel(code)).toBe(label);
  });

  it.each<[string, string[], boolean, string]>([
    ['an answer', [], false, 'ok'],
    ['a refused mutation', [], true, 'user_error'],
    ['no token', ['UNAUTHENTICATED'], false, 'user_error'],
    ['a validation error', ['GRAPHQL_VALIDATION_FAILED'], false, 'user_error'],
    ['too many requests', ['TOO_MANY_REQUESTS'], false, 'user_error'],
    ['a fault', ['INTERNAL_SERVER_ERROR'], false, 'error'],
    ['the database away', ['SERVICE_UNAVAILABLE'], false, 'error'],
    ['a fault beside a refusal', ['FORBIDDEN', 'INTERNAL_SERVER_ERROR'], true, 'error'],
    ['an error without a known code', ['OTHER'], false, 'error'],
  ])('calls %s %p', (_name, codes, userErrors, outcome) => {
    expect(outcomeOf(codes, userErrors)).toBe(outcome);
  });

  it.each<[string, unknown, boolean]>([
    ['no data', null, false],
    ['a query', { providers: { edges: [] } }, false],
    ['a payload without errors', { arrangementEnd: { arrangement: { id: 'x' }, userErrors: [] } }, false],
    ['a payload with errors', { arrangementEnd: { arrangement: null, userErrors: [{ code: 'INVALID' }] } }, true],
    ['a list at the root', { things: [1, 2] }, false],
  ])('finds userErrors in %s', (_name, data, found) => {
    expect(hasUserErrors(data)).toBe(found);
  });

  it('reads the list of known operation names, ignoring what is not a name', () => {
    expect([...parseOperationNames('["Login","Arrangements", "not a name", 3]')]).toEqual(['Login', 'Arrangements']);
    expect(parseOperationNames('{"a":1}').size).toBe(0);
    expect(parseOperationNames('not json').size).toBe(0);
  });
});
