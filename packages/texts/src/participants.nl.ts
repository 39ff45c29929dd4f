import type { MessageText } from './messages.nl';

/** The API's messages about inviting participants and about opgaveteams' make-up, in Dutch. */
export const PARTICIPANT_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'A resident takes part in at least one group.', nl: 'Een bewoner doet mee in ten minste één groep.' },
  { api: 'At most {max} groups at once.', nl: 'Hoogstens {max, number} groepen tegelijk.' },
  { api: 'Only an OPGAVETEAM membership names a team.', nl: 'Alleen bij een opgaveteam kiest u een team.' },
  { api: 'Only an ATELIER membership names an atelier.', nl: 'Alleen bij een atelier kiest u een atelier.' },
  { api: 'This group is named twice.', nl: 'Deze groep staat er twee keer in.' },
  {
    api: 'Invite a resident or a client council member here; staff are invited as users.',
    nl: 'Hier nodigt u een bewoner of een lid van de cliëntenraad uit; medewerkers nodigt u uit bij Gebruikers.',
  },
  { api: 'This person already takes part with another role.', nl: 'Deze persoon doet al mee in een andere rol.' },
  { api: 'A team is formed only for a selected opgave.', nl: 'Een opgaveteam is er alleen voor een gekozen opgave.' },
  { api: 'A member with an account takes part as a RESIDENT.', nl: 'Iemand met een account doet mee als bewoner.' },
  { api: 'This person is in the team already.', nl: 'Deze persoon zit al in het team.' },
  { api: 'Someone of this name is in the team already.', nl: 'Er zit al iemand met deze naam in het team.' },
  { api: 'No member of this team with this id.', nl: 'Dit lid van het team bestaat niet (meer).' },
];
