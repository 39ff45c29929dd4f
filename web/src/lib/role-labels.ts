import { ROLE_TEXTS } from '@regiekamer/texts';
import type { Role } from '../gql/graphql';

/** The roles in Dutch, as the menu bar and the users page show them. */
export const ROLE_LABELS: Record<Role, string> = ROLE_TEXTS;
