import type { MessageText } from './messages.nl';

/** The API's messages of the client experience survey (api/src/modules/survey); the pages' texts are in survey.nl.ts. */
export const SURVEY_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'This survey code does not exist.', nl: 'Deze code kennen we niet. Kijk of u de code goed hebt overgenomen van de brief.' },
  { api: 'This survey code was used already.', nl: 'Met deze code is de vragenlijst al ingevuld. Een code werkt maar één keer.' },
  { api: 'This survey code has expired.', nl: 'Deze code is verlopen. Een code werkt 60 dagen. Vraag uw zorgaanbieder om een nieuwe code.' },
  {
    api: 'Too many wrong survey codes were tried from here. Try again in an hour.',
    nl: 'Er zijn te veel verkeerde codes geprobeerd. Probeer het over een uur opnieuw.',
  },
  { api: 'This survey code cannot be used.', nl: 'Met deze code kunt u de vragenlijst niet invullen.' },
  {
    api: 'The support has not started yet: a survey code is for support that was given.',
    nl: 'De ondersteuning is nog niet begonnen. Een code voor de vragenlijst is voor ondersteuning die er is geweest.',
  },
  { api: 'This arrangement got its survey code after its end already.', nl: 'Voor dit arrangement is na het einde al een code gemaakt.' },
  {
    api: 'This arrangement got a survey code in the last 12 months already.',
    nl: 'Voor dit arrangement is in de laatste 12 maanden al een code gemaakt. Eén code per jaar is genoeg.',
  },
  { api: 'Each question is answered once.', nl: 'Beantwoord elke vraag één keer.' },
  { api: 'Answer at least one question.', nl: 'Beantwoord minstens één vraag.' },
  { api: 'No open answer with this id.', nl: 'Dit antwoord bestaat niet.' },
  { api: 'This phrase does not occur in the answer.', nl: 'Deze woorden staan niet in het antwoord. Neem ze precies over.' },
  { api: '"year" must be a year from 2000 to 2100.', nl: 'Kies een jaar van 2000 tot en met 2100.' },
  { api: '"{name}" is not an arrangement id.', nl: 'Dit arrangement bestaat niet.' },
  { api: 'A representative sees their own provider only.', nl: 'U ziet alleen de uitkomsten van uw eigen organisatie.' },
  // The database's rules (api/src/db/constraint-problems.ts)
  { api: 'A survey code expires after the day it was issued.', nl: 'Een code verloopt na de dag waarop hij is gemaakt.' },
  { api: 'This survey code exists already.', nl: 'Deze code bestaat al. Maak een nieuwe.' },
  { api: 'An answer holds one score from 0 to 5 per question, and at least one answer.', nl: 'Geef per vraag één antwoord, en beantwoord minstens één vraag.' },
  { api: 'An answer belongs to a year from 2000 to 2100.', nl: 'Een antwoord hoort bij een jaar van 2000 tot en met 2100.' },
  { api: 'Only a masked answer can be a quote.', nl: 'Alleen een antwoord waarin u namen hebt weggelaten kan een citaat zijn.' },
];
