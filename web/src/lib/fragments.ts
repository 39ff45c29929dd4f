import { graphql } from '../gql';

/** What every mutation answers when it refuses: one selection, so each form reads errors the same way. */
export const USER_ERROR_FIELDS = graphql(`
  fragment UserErrorFields on UserError {
    code
    field
    message
  }
`);
