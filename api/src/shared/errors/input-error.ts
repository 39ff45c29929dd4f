/** Malformed arguments of a query (not a mutation input): a GraphQL error with code BAD_USER_INPUT naming the argument. */
export class InputError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
