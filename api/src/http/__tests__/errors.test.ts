import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { ForbiddenError, ServiceUnavailableError, UnauthenticatedError } from '../../shared/errors/access-errors';
import { InputError } from '../../shared/errors/input-error';
import { RequestEndedError } from '../../db/request-db';
import { formatError } from '../../shared/graphql/errors';
import { CHALLENGE_INVALID, CHALLENGE_MISSING, InvalidTokenError, MESSAGE_INVALID } from '../bearer';
import { graphqlRefusal, INTERNAL_MESSAGE, knownError } from '../errors';

/** The one table from error class to HTTP status, what the client sees, and whether it is logged as a fault. */
describe('the error table', () => {
  type Row = readonly [string, Error, number, string, boolean, Record<string, string>, string | null];
  it.each<Row>([
    ['no credentials', new UnauthenticatedError(), 401, 'UNAUTHENTICATED', true, { 'www-authenticate': CHALLENGE_MISSING }, null],
    ['credentials that failed', new InvalidTokenError(), 401, 'UNAUTHENTICATED', true, { 'www-authenticate': CHALLENGE_INVALID }, null],
    ['not allowed', new ForbiddenError(), 403, 'FORBIDDEN', true, {}, null],
    ['a bad argument', new InputError('"to" is wrong.', 'to'), 400, 'BAD_USER_INPUT', true, {}, null],
    ['the database away', new ServiceUnavailableError(), 503, 'SERVICE_UNAVAILABLE', true, {}, 'warn'],
    ['a request that ended', new RequestEndedError(), 500, 'INTERNAL_SERVER_ERROR', false, {}, 'debug'],
  ])('answers %s', (_name, error, status, code, shown, headers, logLevel) => {
    const known = knownError(error);
    expect(known).toMatchObject({ status, code, shown, headers, message: error.message });
    expect(known?.log?.level ?? null).toBe(logLevel);
  });

  it('keeps the field of an input error', () => {
    expect(knownError(new InputError('"to" is wrong.', 'to'))?.field).toBe('to');
    expect(knownError(new ForbiddenError())?.field).toBeNull();
  });

  it.each([
    ['an unexpected error', new Error('boom')],
    ['a thrown value that is not an error', 'boom'],
    ['a GraphQLError (answered by its own code)', new GraphQLError('x', { extensions: { code: 'BAD_REQUEST' } })],
  ])('has no row for %s: a fault', (_name, error) => {
    expect(knownError(error)).toBeNull();
  });

  it('turns a known error into a GraphQL refusal with its status and headers, and leaves anything else as it is', () => {
    const refusal = graphqlRefusal(new InvalidTokenError());
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).message).toBe(MESSAGE_INVALID);
    expect((refusal as GraphQLError).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: new HeaderMap([['www-authenticate', CHALLENGE_INVALID]]) },
    });
    expect((graphqlRefusal(new ServiceUnavailableError()) as GraphQLError).extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503 },
    });
    const other = new Error('boom');
    expect(graphqlRefusal(other)).toBe(other);
    // Hidden from the client: still itself, so that it is logged as what it is.
    const ended = new RequestEndedError();
    expect(graphqlRefusal(ended)).toBe(ended);
  });

  it('is what the GraphQL error formatter shows: known errors as they are, faults and hidden ones masked', () => {
    const formatted = { message: 'from graphql-js' };
    expect(formatError(formatted, new InputError('"to" is wrong.', 'to'))).toMatchObject({
      message: '"to" is wrong.',
      extensions: { code: 'BAD_USER_INPUT', field: 'to' },
    });
    expect(formatError(formatted, new ForbiddenError()).extensions).toEqual({ code: 'FORBIDDEN' });
    expect(formatError(formatted, new RequestEndedError())).toMatchObject({ message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(formatError(formatted, new Error('boom'))).toMatchObject({ message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
