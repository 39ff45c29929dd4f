import type { Role } from '../gql/graphql';

/** The roles in Dutch, as the menu bar and the users page show them. */
export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Beheerder',
  ANALYST: 'Analist',
  CLIENT_COUNCIL: 'Cliëntenraad',
  PROVIDER_REP: 'Vertegenwoordiger aanbieder',
  REGISSEUR: 'Regisseur',
  RESIDENT: 'Bewoner',
};
