/**
 * Authentication and permission failures are thrown, not returned: they become GraphQL errors
 * with extensions.code UNAUTHENTICATED or FORBIDDEN (mapped once, in the server's error formatter).
 */
export class UnauthenticatedError extends Error {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Authentication required: send a valid Bearer token.') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

export class ForbiddenError extends Error {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** The database cannot be reached: the client may retry later. */
export class ServiceUnavailableError extends Error {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(message = 'The service is temporarily unavailable; try again shortly.') {
    super(message);
    this.name = 'ServiceUnavailableError';
  }
}
