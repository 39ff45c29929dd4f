import type { MessageText } from './messages.nl';

/** The Dutch texts of the participants' own voice: perspectives, stances, the minority, the council's check. */
export const VOICE_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'Each side records its own perspective only.', nl: 'Iedere kant legt alleen zijn eigen perspectief vast.' },
  { api: 'Only the attendees of the deciding overleg record a stance.', nl: 'Alleen wie bij het beleidsoverleg hoort, geeft een standpunt.' },
  { api: 'The decision has been taken: stances can no longer change.', nl: 'Het besluit is genomen: de standpunten liggen vast.' },
  { api: 'Does not match the tally of the stances and the paper tally.', nl: 'Klopt niet met de telling van de standpunten en de papieren stemmen.' },
  {
    api: 'Nobody has taken a stance: record the stances or a paper tally.',
    nl: 'Nog niemand heeft een standpunt gegeven: laat de aanwezigen hun standpunt geven of vul de papieren telling in.',
  },
  { api: "Say how the kerngroep's advice was weighed.", nl: 'Beschrijf hoe het advies van de kerngroep is gewogen.' },
  { api: 'No decision with this id.', nl: 'Dit besluit bestaat niet.' },
  { api: 'The minority position has been confirmed.', nl: 'Het standpunt van de minderheid is al bevestigd.' },
  { api: 'This decision has no minority position to confirm.', nl: 'Bij dit besluit is geen standpunt van een minderheid te bevestigen.' },
  { api: 'Only a member of the minority confirms its position.', nl: 'Alleen iemand uit de minderheid bevestigt haar standpunt.' },
  {
    api: 'Only staff or a resident of the kerngroep chairs an overleg or takes its minutes.',
    nl: 'Alleen medewerkers of een bewoner uit de kerngroep kunnen een overleg voorzitten of notuleren.',
  },
  { api: 'Only the regisseur or the minute-taker records the minutes.', nl: 'Alleen de regisseur of de notulist legt de notulen vast.' },
];
