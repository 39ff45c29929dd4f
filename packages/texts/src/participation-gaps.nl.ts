import type { MessageText } from './messages.nl';

/**
 * The Dutch texts of what completes taking part: the council check's reminders, cancelling a selection round, and the
 * chair and minute-taker of an overleg (ICU MessageFormat; dates come written out in Dutch already).
 */

/** The client council's reminders of a check that is due or late, and its line on the regisseur's attention list. */
export const COUNCIL_CHECK_TEXTS = {
  reminderTitle: 'Herinnering: toets van de cliëntenraad',
  reminderSubject: 'Herinnering: toets "{title}" uiterlijk {dueOn}',
  reminderBody:
    'Het besluit over "{title}" is teruggekoppeld aan de bewoners. De cliëntenraad toetst of de belangen van cliënten gediend zijn, uiterlijk {dueOn}.',
  overdueTitle: 'De toets van de cliëntenraad is te laat',
  overdueSubject: 'Te laat: toets "{title}" moest uiterlijk {dueOn}',
  overdueBody:
    'De cliëntenraad had het besluit over "{title}" uiterlijk {dueOn} moeten toetsen. Geef alsnog aan of de belangen van cliënten gediend zijn.',
  link: 'Toets het besluit',
  digestLine: 'Voorstel "{title}": de toets van de cliëntenraad is te laat (uiterlijk {dueOn}){late}',
  attention: 'Toets van de cliëntenraad te laat',
} as const;

/** A cancelled selection round: the voters' notification and the pages. */
export const SELECTION_CANCEL_TEXTS = {
  noticeTitle: 'De stemronde over de opgaven is geannuleerd',
  noticeSubject: 'De stemronde over de opgaven gaat niet door',
  noticeBody:
    'De gemeente heeft de stemronde over de opgaven geannuleerd, zonder besluit. De reden: {reason} Uw stem telt niet mee en blijft geheim. Er komt een nieuwe ronde.',
  noticeLink: 'Bekijk de stemronden',
  statusCANCELLED: 'Geannuleerd: {reason}',
  cancelTitle: 'Stemronde annuleren',
  cancelIntro:
    'Annuleer de ronde als die niet tot een besluit kan komen, bijvoorbeeld bij een gelijke stand die niemand kan doorbreken. Er wordt niets besloten; de stemmen blijven geheim en tellen niet mee. Wie stemde, krijgt bericht. Daarna kunt u een nieuwe ronde openen.',
  cancelReason: 'Reden van de annulering',
  cancelSubmit: 'Stemronde annuleren',
  cancelDone: 'De stemronde is geannuleerd. U kunt een nieuwe ronde openen.',
  ballotCancelled: 'De stemronde is geannuleerd. Er komt een nieuwe ronde.',
} as const;

/** The chair and the minute-taker on the overleg page, and a minute-taker's own view of the meeting. */
export const OVERLEG_ROLE_TEXTS = {
  chair: 'Voorzitter',
  minuteTaker: 'Notulist',
  nobody: 'Niemand aangewezen',
  formTitle: 'Voorzitter en notulist',
  formIntro:
    'Wijs aan wie het overleg voorzit en wie de notulen maakt: iemand van de gemeente of een aanbieder, of een bewoner uit de kerngroep. De notulist kan daarna zelf het verslag vastleggen.',
  noneOption: '(niemand)',
  kerngroepSuffix: '{name} (kerngroep)',
  submit: 'Voorzitter en notulist opslaan',
  saved: 'Voorzitter en notulist zijn opgeslagen.',
  loading: 'Wie kan worden aangewezen, wordt geladen…',
  youTakeMinutes: 'U maakt de notulen van dit overleg.',
  youChair: 'U bent voorzitter van dit overleg.',
  openMeeting: 'Naar het overleg',
  back: 'Terug naar de overleggen',
  participantMark: '(deelnemer)',
  cancelled: 'Dit overleg gaat niet door.',
  minutes: 'Verslag',
  missing: 'Dit overleg bestaat niet, of is niet voor u.',
} as const;

/** The API's messages of these parts, in Dutch. */
export const PARTICIPATION_GAPS_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'Give the reason for cancelling.', nl: 'Geef de reden van de annulering.' },
  {
    api: 'Only an open round is cancelled: this one is counted or decided already.',
    nl: 'Alleen een open stemronde kan worden geannuleerd: deze is al geteld of besloten.',
  },
  { api: 'This round is cancelled already.', nl: 'Deze stemronde is al geannuleerd.' },
];
