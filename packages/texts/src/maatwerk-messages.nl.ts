import type { MessageText } from './messages.nl';

/** The Dutch texts of the maatwerk import's messages (API: literal English). */
export const MAATWERK_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'Must be a month as jjjj-mm.', nl: 'Vul een maand in als jjjj-mm, bijvoorbeeld 2026-01.' },
  {
    api: 'Must be begeleiding_individueel, begeleiding_groep, dagbesteding, kortdurend_verblijf, huishoudelijke_ondersteuning, hulpmiddelen_en_wonen, vervoer or overig.',
    nl: 'Kies een voorziening uit het sjabloon: begeleiding_individueel, begeleiding_groep, dagbesteding, kortdurend_verblijf, huishoudelijke_ondersteuning, hulpmiddelen_en_wonen, vervoer of overig.',
  },
  {
    api: 'Must be an amount in euros of zero or more, with at most two decimals.',
    nl: 'Vul een bedrag in euro’s in van nul of meer, met hoogstens twee decimalen (bijvoorbeeld 61.250,00).',
  },
  {
    api: 'This month and provision appear more than once in the file.',
    nl: 'Deze maand en voorziening staan al op een eerdere regel van het bestand. Tel ze op tot één regel.',
  },
  {
    api: 'Clients, cost and new clients are zero or more, for a whole month.',
    nl: 'Aantallen en kosten zijn nul of meer, en gelden voor een hele maand.',
  },
  { api: 'Must not be a month after the current one.', nl: 'Deze maand is nog niet voorbij: vul een maand in tot en met de huidige.' },
  { api: 'This month and provision are stored already.', nl: 'Voor deze maand en voorziening staan al cijfers.' },
];
