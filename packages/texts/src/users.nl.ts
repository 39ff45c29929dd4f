import type { MessageText } from './messages.nl';

/** The Dutch text of the API's messages about managing users and personal access tokens. */
export const USER_ADMIN_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'No such user.', nl: 'Deze gebruiker bestaat niet, of u mag hem niet beheren.' },
  { api: 'No such provider.', nl: 'Deze aanbieder bestaat niet.' },
  { api: 'This user is already deactivated.', nl: 'Deze gebruiker is al gedeactiveerd.' },
  { api: 'This user is active already.', nl: 'Deze gebruiker is al actief.' },
  {
    api: 'This is the last active administrator of the municipality.',
    nl: 'Dit is de laatste actieve beheerder van de gemeente. Maak eerst iemand anders beheerder.',
  },
  { api: 'You cannot give this role.', nl: 'U kunt deze rol niet toekennen.' },
  { api: 'A provider representative acts for a provider: choose one.', nl: 'Kies de aanbieder waarvoor deze vertegenwoordiger optreedt.' },
  { api: 'Only a provider representative acts for a provider.', nl: 'Alleen een vertegenwoordiger van een aanbieder hoort bij een aanbieder.' },
  { api: 'The user has this role already.', nl: 'De gebruiker heeft deze rol al.' },
  { api: "A token's name has 1 to 100 characters.", nl: 'Geef de sleutel een naam van 1 tot en met 100 tekens.' },
  { api: 'A token expires after today and within 365 days.', nl: 'Kies een vervaldatum na vandaag en binnen een jaar.' },
  { api: 'No such token of yours.', nl: 'Deze sleutel bestaat niet (meer).' },
  // Constraints on stored tokens: the service checks them first, so these guard against a fault, not against input.
  { api: 'This token is taken; make a new one.', nl: 'Deze sleutel is al in gebruik. Maak een nieuwe.' },
  { api: 'A token is kept as a SHA-256 hash of 32 bytes.', nl: 'De sleutel kon niet worden opgeslagen. Maak een nieuwe.' },
  { api: "A token's name is not empty.", nl: 'Geef de sleutel een naam.' },
  { api: 'A token expires within a year of being made.', nl: 'Kies een vervaldatum binnen een jaar.' },
];
