/**
 * Every code a userError can carry: the one register. `Problem.code` is this union, so a service cannot answer a
 * code that is not here; the schema publishes the list as the enum `UserErrorCode` (the values are the same strings
 * the API always answered), and every code has a Dutch text in the shared catalogue (@regiekamer/texts; a test fails
 * when one is missing). To add a code: add it here with its description, then its text in packages/texts/src/nl.ts.
 */
export const USER_ERROR_CODES = {
  INVALID_INPUT: 'A value breaks a rule of its field (empty, too long, out of range, a date in the wrong place).',
  INVALID_CREDENTIALS: 'The email address or password is incorrect (also for a locked account).',
  NOT_FOUND: 'What the input refers to does not exist, or is not visible to the viewer.',
  STALE_VERSION: 'Someone changed the object since the version the update names.',
  INVALID_STATE: 'The object is in a state in which this is not possible.',
  INVALID_TRANSITION: 'The status change asked for is not allowed.',
  ALREADY_SIGNED: "The viewer's organisation has already signed.",
  DUPLICATE: 'This exists already.',
  AMOUNT_OUT_OF_RANGE: 'An amount above its domain bound.',
  HOURS_OUT_OF_RANGE: 'More hours than the period has.',
  CLIENT_KEY_IDENTIFIES_PERSON: 'A client key that is a BSN or a name.',
  PASSWORD_TOO_SHORT: 'A new password below the minimum length.',
  PASSWORD_TOO_LONG: 'A new password above the maximum length.',
  PASSWORD_UNCHANGED: 'The new password is the current one.',
  INVALID_SECOND_FACTOR: 'The code of the second factor is wrong or used, or the challenge is unknown, used or expired (also for a locked account).',
  IDEMPOTENCY_CONFLICT: 'The idempotency key was used before for a different request.',
  MISSING_PERSPECTIVE: 'A side has not given its perspective on the proposal yet.',
  MINORITY_POSITION_REQUIRED: 'The losing side is not empty and the minority position is missing.',
  TIE: 'A tie for the last seat of a selection vote.',
  LINK_EXPIRED: 'A mailed link (invitation, login link, password reset) whose time has passed.',
  LINK_USED: 'A mailed link that was used already: each works once.',
  PASSWORD_SIGN_IN_OFF: "The right password, but the user's role signs in with the organisation's identity provider only.",
  CONVENANT_OVERLAP: 'Another convenant of the municipality would be in force on the same day.',
  NO_CONVENANT_IN_FORCE: 'No convenant is in force on the date, or the provider is not a signed party of the one that is.',
  OVER_BUDGET: "Allocations of a convenant's budget that together would exceed it.",
  OVER_ALLOCATION: "An amount above the allocation it must fit in (an annual plan's budget, a reallocation's source).",
  FILE_TOO_LARGE: 'An uploaded file above the limit (20 MB).',
  FILE_TYPE_REFUSED: 'An uploaded file whose bytes are not of an accepted type (PDF, office document, image, text).',
  PERIOD_OVERLAP: 'The period has days in common with a period that may not be shared (another report of the arrangement).',
} as const;

export type UserErrorCode = keyof typeof USER_ERROR_CODES;

/** The codes by name, for `ErrorCode.NOT_FOUND`-style use in services. */
export const UserErrorCode = Object.fromEntries(Object.keys(USER_ERROR_CODES).map((c) => [c, c])) as { readonly [C in UserErrorCode]: C };
