import type { MessageText } from './messages.nl';

/** Single sign-on: the API's own pages of a sign-in that failed on the way and of a refused one. */
export const SSO_PAGE_TEXTS = {
  failedTitle: 'Inloggen is niet gelukt',
  failedBody:
    'Het inloggen via uw organisatie kon niet worden afgerond. Misschien duurde het te lang, of is de link al gebruikt. Probeer het opnieuw.',
  backToLogin: 'Terug naar inloggen',
  // /inloggen/geen-toegang
  refusedTitle: 'Geen toegang tot Regiekamer',
  refusedBody:
    'U bent ingelogd bij uw organisatie, maar u heeft (nog) geen toegang tot Regiekamer, of uw account is uitgezet.',
  refusedWhom:
    'Vraag de beheerder van Regiekamer bij uw gemeente, of de regisseur, om u uit te nodigen of uw groep toegang te geven. Noem daarbij het e-mailadres waarmee u bij uw organisatie inlogt.',
} as const;

/** The Dutch texts of single sign-on (OpenID Connect) on the ADMIN's page /beheer/sso; the login page's are in sso-login.nl.ts. */
export const SSO_TEXTS = {
  title: 'Inloggen via de organisatie',
  intro:
    'Medewerkers loggen in met het account van hun organisatie (OpenID Connect, zoals Microsoft Entra ID of Keycloak). Hier legt u vast welke identiteitsprovider uw gemeente gebruikt, welke groep welke rol krijgt, en voor welke rollen inloggen met een wachtwoord uit staat.',
  issuersTitle: 'Identiteitsproviders',
  issuersEmpty: 'Uw gemeente heeft nog geen eigen identiteitsprovider.',
  issuersCaption: 'Identiteitsproviders van de gemeente',
  defaultIssuer: 'De standaardprovider van deze installatie',
  displayName: 'Naam op de knop',
  displayNameHint: 'Op de inlogpagina staat "Inloggen met" en deze naam.',
  issuerUrl: 'Adres van de provider (issuer)',
  clientId: 'Client-ID',
  clientSecret: 'Clientgeheim',
  clientSecretKeep: 'Laat leeg om het opgeslagen geheim te houden.',
  scopes: 'Scopes',
  roleClaim: 'Claim met de groepen',
  issuerAdd: 'Provider toevoegen',
  issuerSave: 'Opslaan',
  issuerDelete: 'Verwijderen',
  issuerAdded: 'De provider {name} is toegevoegd.',
  issuerDeleted: 'De provider {name} is verwijderd.',
  redirectUrl: 'Terugkeeradres om bij de provider te registreren: {url}',
  logoutUrl: 'Adres na uitloggen: {url}',
  mappingsTitle: 'Groepen en rollen',
  mappingsIntro:
    'Iemand die nog geen account heeft, komt alleen binnen als een van zijn groepen hieronder staat, en krijgt dan precies die rol. Wie u al heeft uitgenodigd, houdt zijn eigen rol tenzij een groep een rol geeft.',
  mappingsEmpty: 'Er zijn nog geen groepen gekoppeld.',
  mappingsCaption: 'Groepen en de rol die ze geven',
  mappingIssuer: 'Provider',
  claimValue: 'Groep (waarde van de claim)',
  role: 'Rol',
  provider: 'Aanbieder',
  mappingAdd: 'Koppeling toevoegen',
  mappingDelete: 'Verwijderen',
  mappingAdded: 'De groep {claim} is gekoppeld.',
  mappingDeleted: 'De koppeling van {claim} is verwijderd.',
  passwordsTitle: 'Inloggen met een wachtwoord',
  passwordsIntro:
    'Zet inloggen met een wachtwoord uit voor rollen die via de organisatie inloggen. Wie zo’n rol heeft, kan dan alleen nog via "Inloggen met …" binnenkomen.',
  passwordsLegend: 'Wachtwoord staat uit voor',
  passwordsSave: 'Opslaan',
  passwordsSaved: 'Opgeslagen.',
} as const;

/** The Dutch text of the API's messages about single sign-on. */
export const SSO_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'The issuer is an https address.', nl: 'Vul het https-adres van de provider in.' },
  { api: 'The scopes include openid.', nl: 'De scopes bevatten openid.' },
  { api: 'No such issuer.', nl: 'Deze provider bestaat niet (meer).' },
  { api: 'No such mapping.', nl: 'Deze koppeling bestaat niet (meer).' },
  {
    api: 'Password sign-in is off for your role: sign in with your organisation.',
    nl: 'Inloggen met een wachtwoord staat uit voor uw rol. Kies "Inloggen met …" en log in met het account van uw organisatie.',
  },
];
