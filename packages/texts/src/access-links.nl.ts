/**
 * The Dutch texts of mailed single-use links: invitations, login links and password resets (ICU MessageFormat).
 * Written by the API (the mails) and shown by the web client (the invite form, the pages the links open).
 */

/** The roles as an invitation names them. */
export const ACCESS_ROLE_TEXTS = {
  ADMIN: 'beheerder',
  ANALYST: 'analist',
  CLIENT_COUNCIL: 'lid van de cliëntenraad',
  PROVIDER_REP: 'vertegenwoordiger van een aanbieder',
  REGISSEUR: 'regisseur',
  RESIDENT: 'bewoner',
} as const;

export const ACCESS_LINK_TEXTS = {
  // mails
  invitationSubject: 'Uitnodiging voor Regiekamer van {municipality}',
  invitationBody:
    '{inviter} nodigt u uit voor Regiekamer van {municipality}, als {role}. Kies via de link hieronder een wachtwoord; daarna bent u meteen ingelogd. De link werkt één keer en is 7 dagen geldig.',
  invitationLink: 'Uitnodiging aannemen',
  loginLinkSubject: 'Uw inloglink voor Regiekamer',
  loginLinkBody:
    'Met de link hieronder logt u in bij Regiekamer. De link werkt één keer en is 15 minuten geldig. Heeft u niet om deze link gevraagd? Dan kunt u dit bericht negeren.',
  loginLinkLink: 'Inloggen',
  resetSubject: 'Wachtwoord herstellen voor Regiekamer',
  resetBody:
    'Er is gevraagd uw wachtwoord voor Regiekamer te herstellen. Kies via de link hieronder een nieuw wachtwoord; daarna werken al uw eerdere inlogsessies niet meer. De link werkt één keer en is 1 uur geldig. Heeft u hier niet om gevraagd? Negeer dan dit bericht: uw wachtwoord blijft hetzelfde.',
  resetLink: 'Nieuw wachtwoord kiezen',

  // the invite form (/gebruikers/uitnodigen)
  inviteTitle: 'Iemand uitnodigen',
  inviteIntro: 'De persoon krijgt een e-mail met een link die 7 dagen geldig is. Met die link kiest hij of zij een wachtwoord.',
  inviteEmail: 'E-mailadres',
  inviteName: 'Naam',
  inviteRole: 'Rol',
  inviteProvider: 'Aanbieder',
  inviteProviderHint: 'Alleen voor een vertegenwoordiger van een aanbieder.',
  inviteProviderNone: 'Geen aanbieder',
  inviteSubmit: 'Uitnodiging versturen',
  inviteSent: 'De uitnodiging is verstuurd naar {email}.',

  // the invitation page (/uitnodiging/<secret>)
  acceptTitle: 'Uitnodiging aannemen',
  acceptIntro: 'Welkom, {name}. Kies een wachtwoord voor {email}; daarna bent u ingelogd.',
  password: 'Wachtwoord',
  passwordRepeat: 'Herhaal het wachtwoord',
  passwordsDiffer: 'De wachtwoorden zijn niet gelijk.',
  acceptSubmit: 'Wachtwoord instellen en inloggen',

  // a link that does not work
  linkUnknown: 'Deze link bestaat niet. Controleer of u de hele link uit de e-mail heeft gebruikt.',
  linkExpired: 'Deze link is verlopen. Vraag een nieuwe aan.',
  linkUsed: 'Deze link is al gebruikt. Elke link werkt maar één keer.',
  toLogin: 'Naar de inlogpagina',

  // "Wachtwoord vergeten?" (/wachtwoord-vergeten) and the reset page (/wachtwoord-herstellen/<secret>)
  forgotLink: 'Wachtwoord vergeten?',
  forgotTitle: 'Wachtwoord vergeten',
  forgotIntro: 'Vul uw e-mailadres in. Als er een account bij hoort, krijgt u een e-mail met een link om een nieuw wachtwoord te kiezen.',
  forgotSubmit: 'Link versturen',
  forgotSent:
    'Als er een account bij dit e-mailadres hoort, is er een e-mail met een link verstuurd. De link is 1 uur geldig. Geen e-mail ontvangen? Kijk ook in uw map met ongewenste e-mail.',
  resetTitle: 'Nieuw wachtwoord kiezen',
  resetIntro: 'Kies een nieuw wachtwoord. Daarna werken al uw eerdere inlogsessies niet meer en bent u opnieuw ingelogd.',
  resetSubmit: 'Wachtwoord opslaan en inloggen',

  // which roles may sign in by link (/gebruikers/inloglinks, ADMIN)
  rolesTitle: 'Inloggen met een link',
  rolesIntro:
    'Kies welke rollen in uw gemeente mogen inloggen met een link per e-mail (15 minuten geldig, één keer te gebruiken) in plaats van een wachtwoord. Standaard mag geen enkele rol dat.',
  rolesLegend: 'Rollen die met een link mogen inloggen',
  rolesSubmit: 'Opslaan',
  rolesSaved: 'De instelling is opgeslagen.',

  // the login link page (/inloggen/link/<secret>)
  loginLinkTitle: 'Inloggen met een link',
  loginLinkBusy: 'U wordt ingelogd…',
  loginLinkRequestIntro: 'Vul uw e-mailadres in. Mag u met een link inloggen, dan krijgt u een e-mail met een link die 15 minuten geldig is.',
  loginLinkRequestSent:
    'Als er een account bij dit e-mailadres hoort dat met een link mag inloggen, is er een e-mail met een link verstuurd. De link is 15 minuten geldig.',
} as const;
