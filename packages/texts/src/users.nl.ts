import type { MessageText } from './messages.nl';

/** The longest name of a personal access token: the API checks it, the form counts towards it. */
export const TOKEN_NAME_MAX_LENGTH = 100;

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

/** The page "Gebruikers": the municipality's users, for the ADMIN (everyone) and the regisseur (below ADMIN). */
export const USERS_TEXTS = {
  title: 'Gebruikers',
  intro:
    'Iedereen die met Regiekamer werkt voor uw gemeente. U kunt een account uitzetten en weer aanzetten, en een andere rol geven. Na elke wijziging moet de gebruiker opnieuw inloggen; zijn sleutels voor scripts werken dan niet meer.',
  what: 'De gebruikers',
  pagerLabel: 'gebruikers',
  caption: 'Gebruikers van de gemeente',
  empty: 'Er zijn geen gebruikers.',
  invite: 'Iemand uitnodigen',
  filterLabel: 'Toon',
  filterAll: 'Alle gebruikers',
  filterActive: 'Alleen actieve',
  filterInactive: 'Alleen gedeactiveerde',
  name: 'Naam',
  email: 'E-mailadres',
  role: 'Rol',
  organisation: 'Organisatie',
  municipality: 'Gemeente',
  active: 'Actief',
  yes: 'Ja',
  no: 'Nee, gedeactiveerd',
  actions: 'Acties',
  deactivate: 'Deactiveren',
  deactivateName: 'Deactiveren: {name}',
  deactivateQuestion: '{name} kan daarna niet meer inloggen. Sessies en sleutels van {name} werken meteen niet meer.',
  deactivateConfirm: 'Ja, deactiveren',
  deactivated: '{name} is gedeactiveerd.',
  reactivate: 'Weer activeren',
  reactivateName: 'Weer activeren: {name}',
  reactivateQuestion: '{name} kan daarna weer inloggen. Eerdere sleutels blijven ingetrokken.',
  reactivateConfirm: 'Ja, weer activeren',
  reactivated: '{name} is weer actief.',
  changeRole: 'Rol wijzigen',
  changeRoleName: 'Rol wijzigen: {name}',
  changeRoleTitle: 'Rol wijzigen van {name}',
  newRole: 'Nieuwe rol',
  provider: 'Aanbieder',
  providerChoose: 'Kies een aanbieder',
  save: 'Rol opslaan',
  cancel: 'Annuleren',
  roleChanged: '{name} heeft nu de rol {role}.',
  failed: 'Dat is niet gelukt. Probeer het later opnieuw.',
} as const;

/** The section "Persoonlijke toegangssleutels" on the account page. */
export const TOKEN_TEXTS = {
  heading: 'Persoonlijke toegangssleutels',
  intro:
    'Met een sleutel kan een script van u de GraphQL-API gebruiken, met uw rechten. Stuur hem mee als "Authorization: Bearer" gevolgd door de sleutel. Een sleutel werkt tot de vervaldatum, of tot u hem intrekt. Wijzigt uw rol of wachtwoord, dan werken uw sleutels niet meer.',
  name: 'Naam van de sleutel',
  nameDescription: 'Waarvoor u hem gebruikt, bijvoorbeeld "Maandrapportage".',
  expiresOn: 'Geldig tot en met',
  expiresOnDescription: 'Hoogstens een jaar vanaf vandaag.',
  create: 'Sleutel maken',
  copyHint: 'Kopieer de sleutel nu: u ziet hem maar één keer.',
  newToken: 'Uw nieuwe sleutel',
  copy: 'Sleutel kopiëren',
  copied: 'De sleutel is gekopieerd.',
  none: 'U heeft geen sleutels.',
  caption: 'Uw sleutels',
  created: 'Gemaakt',
  expires: 'Geldig tot en met',
  lastUsed: 'Laatst gebruikt',
  neverUsed: 'Nog niet',
  actions: 'Acties',
  revoke: 'Intrekken',
  revokeName: 'Intrekken: {name}',
  revokeQuestion: 'Scripts met de sleutel "{name}" werken daarna niet meer.',
  revokeConfirm: 'Ja, intrekken',
  revoked: 'De sleutel "{name}" is ingetrokken.',
  failed: 'Dat is niet gelukt. Probeer het later opnieuw.',
} as const;
