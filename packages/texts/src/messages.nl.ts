/** The Dutch text per message the API writes: see nl.ts. Loaded on demand in the browser (setMessageTexts). */
export interface MessageText {
  /** The API's message with `{name}` where it puts a value. */
  api: string;
  /** The Dutch text (ICU MessageFormat). */
  nl: string;
  /** Only on this field (the last part of the field path), when the same message needs its own text there. */
  field?: string;
  /** The values as the Dutch text needs them (e.g. cents as euros). */
  values?: (v: Record<string, string | number>) => Record<string, string | number>;
}

import { USER_ADMIN_MESSAGE_TEXTS } from './users.nl';
import { SELECTION_MESSAGE_TEXTS } from './selection.nl';
import { SESSION_MESSAGE_TEXTS } from './sessions.nl';
import { SSO_MESSAGE_TEXTS } from './sso.nl';
import { OPGAVE_SUBMISSION_MESSAGE_TEXTS } from './public-pages.nl';
import { PARTICIPANT_MESSAGE_TEXTS } from './participants.nl';
import { VOICE_MESSAGE_TEXTS } from './voice.nl';
import { PARTICIPATION_GAPS_MESSAGE_TEXTS } from './participation-gaps.nl';
import { CONVENANT_LIFE_MESSAGE_TEXTS } from './convenant-life.nl';
import { BUDGET_MESSAGE_TEXTS } from './budget-messages.nl';
import { MAATWERK_MESSAGE_TEXTS } from './maatwerk-messages.nl';
import { FILES_MESSAGE_TEXTS } from './files-messages.nl';
import { SEARCH_MESSAGE_TEXTS } from './search-messages.nl';
import { CORRECTION_MESSAGE_TEXTS } from './corrections.nl';
import { OUTCOME_MESSAGE_TEXTS } from './outcomes.nl';
import { SURVEY_MESSAGE_TEXTS } from './survey-messages.nl';
import { PRIVACY_REQUEST_MESSAGE_TEXTS } from './privacy-requests.nl';
import { CONSENT_MESSAGE_TEXTS } from './privacy.nl';

const euros = (v: Record<string, string | number>) => ({ ...v, max: Number(v.max) / 100, remain: Number(v.remain) / 100 });
const EUR = '{max, number, ::currency/EUR precision-integer}';

export const MESSAGE_TEXTS: readonly MessageText[] = [
  // Generic checks (api/src/shared/validation.ts, bounds.ts)
  { api: 'Must not be empty.', nl: 'Vul dit in.' },
  { api: 'Must be at most {max} characters.', nl: 'Maximaal {max, number} tekens.' },
  { api: 'Must be at most {max}.', nl: 'Maximaal {max, number}.' },
  { api: 'Must be a whole number from {min} to {max}.', nl: 'Vul een heel getal in van {min, number} tot en met {max, number}.' },
  {
    api: 'Must be a whole number from {min} to {max}.',
    field: 'year',
    nl: 'Vul een jaar in van {min, number, ::group-off} tot en met {max, number, ::group-off}.',
  },
  { api: 'Must be a whole number of zero or more.', nl: 'Vul een heel getal in van nul of meer.' },
  { api: 'Must be zero or more.', nl: 'Vul een getal in van nul of meer.' },
  { api: 'Must be zero or more.', field: 'hoursDelivered', nl: 'Het aantal uren moet positief zijn.' },
  { api: 'Must be zero or more.', field: 'hoursPerWeek', nl: 'Het aantal uren per week moet positief zijn.' },
  { api: 'Must be a whole number of cents above zero.', nl: 'Het bedrag moet hoger zijn dan € 0.' },
  { api: 'Must be at most {max} cents (EUR {shown}).', nl: `Het bedrag mag hoogstens ${EUR} zijn.`, values: euros },
  {
    api: 'Must be at most {max} hours per day of the period ({total}).',
    nl: 'Hoogstens {max, number} uur per dag van de periode: in deze periode hoogstens {total, number} uur.',
  },
  { api: 'Must be at most 24 hours per day of the period.', nl: 'Hoogstens 24 uur per dag van de periode.' },
  { api: 'Must be more than 0 and at most {max}.', nl: 'Vul een getal in groter dan 0 en hoogstens {max, number}.' },
  { api: 'Must be more than 0 and at most {max}.', field: 'hours', nl: 'Het aantal uren moet positief zijn en hoogstens {max, number}.' },
  { api: 'At most two decimals.', nl: 'Hoogstens twee cijfers achter de komma.' },
  {
    api: 'A client key must not identify a person: no BSN and no name (no spaces).',
    nl: 'Een cliëntsleutel mag geen BSN of naam zijn (geen spaties).',
  },
  {
    api: 'Someone changed this in the meantime; the current version is {version}. Reload and try again.',
    nl: 'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwste versie en probeer het opnieuw.',
  },
  { api: 'An idempotency key is 1 to 100 letters, digits or . _ : -', nl: 'Dit verzoek kon niet worden herkend. Laad de pagina opnieuw.' },
  {
    api: 'This idempotency key was used before for a different request.',
    nl: 'Dit verzoek is al eerder met andere gegevens verstuurd. Laad de pagina opnieuw.',
  },
  // What the database refuses (api/src/db/constraint-problems.ts)
  { api: 'A municipality with this CBS code already exists.', nl: 'Er is al een gemeente met deze CBS-code.' },
  { api: 'A user with this e-mail address already exists.', nl: 'Er is al een gebruiker met dit e-mailadres.' },
  { api: 'A provider with this name already exists.', nl: 'Er is al een aanbieder met deze naam.' },
  { api: 'This notification exists already.', nl: 'Deze melding bestaat al.' },
  { api: 'This message exists already.', nl: 'Dit bericht bestaat al.' },
  { api: 'An invitation is kept with its method, REQUEST or CANCEL.', nl: 'De uitnodiging kon niet worden opgeslagen.' },
  { api: 'A message is PENDING, SENT, FAILED, NOT_SENT or WITHHELD.', nl: 'Er ging iets mis met de status van een bericht.' },
  { api: 'A login attempt is PENDING, FAILED or SUCCEEDED.', nl: 'Er ging iets mis bij het inloggen. Probeer het opnieuw.' },
  { api: 'A login attempt is for LOGIN, PASSWORD_CHECK or PASSWORD_SET.', nl: 'Er ging iets mis bij het inloggen. Probeer het opnieuw.' },
  { api: 'A record key is a whole number from 0 to 2^32 - 1.', nl: 'Er ging iets mis bij het opslaan. Probeer het opnieuw.' },
  { api: 'The end date must not be before the start date.', nl: 'De einddatum mag niet voor de startdatum liggen.' },
  { api: 'A signature records when and by whom, together.', nl: 'Een ondertekening legt vast wanneer en door wie.' },
  { api: 'Every party must be a provider id.', nl: 'Kies als partijen alleen aanbieders.' },
  { api: 'The municipality is a party only once.', nl: 'De gemeente is maar één keer partij.' },
  { api: 'A provider can be a party only once.', nl: 'Een aanbieder kan maar één keer partij zijn.' },
  { api: 'The start date must not be before the request date.', nl: 'De startdatum mag niet voor de aanvraagdatum liggen.' },
  { api: 'Hours and cost must be zero or more.', nl: 'Uren en kosten moeten positief zijn.' },
  { api: 'The period must not end before it starts.', nl: 'De laatste dag mag niet voor de eerste dag liggen.' },
  { api: 'A report for exactly this period already exists.', nl: 'Er is al een rapportage voor precies deze periode.' },
  { api: 'This arrangement already has a network plan.', nl: 'Dit arrangement heeft al een netwerkplan.' },
  { api: 'This opgave already has a team.', nl: 'Deze opgave heeft al een opgaveteam.' },
  {
    api: 'A kerngroep membership names no team or atelier; a team or atelier membership names exactly one.',
    nl: 'Een lidmaatschap van de kerngroep noemt geen team of atelier; een lidmaatschap van een team of atelier noemt er precies één.',
  },
  { api: 'This person is in the kerngroep already.', nl: 'Deze persoon zit al in de kerngroep.' },
  { api: 'This person is in this opgaveteam already.', nl: 'Deze persoon zit al in dit opgaveteam.' },
  { api: 'This person is in this atelier already.', nl: 'Deze persoon zit al in dit atelier.' },
  { api: 'Votes must be zero or more.', nl: 'Het aantal stemmen moet nul of meer zijn.' },
  { api: 'This opgave is on the ballot twice.', nl: 'Deze opgave staat twee keer op de stemlijst.' },
  { api: 'Two agenda items in the same position.', nl: 'Twee agendapunten staan op dezelfde plaats.' },
  { api: 'This overleg is cancelled: it can no longer be changed.', nl: 'Dit overleg is afgelast. Het kan niet meer worden gewijzigd.' },
  { api: 'A meeting that has been held cannot be cancelled.', nl: 'Een overleg dat al is gehouden, kan niet worden afgelast.' },
  {
    api: 'Give a start and an end time together, the end after the start.',
    nl: 'Vul een begin- en een eindtijd in; de eindtijd ligt na de begintijd.',
  },
  {
    api: "The client council's check records its date and verdict together.",
    nl: 'De toets van de cliëntenraad legt de datum en het oordeel samen vast.',
  },
  { api: 'The feedback records its date and summary together.', nl: 'De terugkoppeling legt de datum en de samenvatting samen vast.' },
  { api: 'This atelier already has its design meeting.', nl: 'Dit atelier heeft al een ontwerpbijeenkomst.' },
  { api: 'An action is closed with a date, and open without one.', nl: 'Een afgeronde actie heeft een datum, een open actie niet.' },
  {
    api: 'The source is the id of an overleg, atelier, decision, improvement track or quarter report.',
    nl: 'Een actie hoort bij een overleg, atelier, besluit, verbetertraject of kwartaalrapportage.',
  },
  { api: 'Every action has an owner: a user, or a name.', nl: 'Geef de actie een eigenaar: een gebruiker of een naam.' },
  { api: 'Step 5 is the last: test the results with evaluations.', nl: 'Stap 5 is de laatste: toets de resultaten met evaluaties.' },
  { api: 'An agreement is agreed with a date and by whom, together.', nl: 'Een akkoord legt vast wanneer en door wie.' },
  { api: 'A provider cannot fund itself.', nl: 'Een aanbieder kan zichzelf niet financieren.' },
  { api: 'A plan is adopted with a date and by whom, together.', nl: 'Een vaststelling legt vast wanneer en door wie.' },
  { api: 'There is already an annual plan for this year.', nl: 'Er is al een jaarplan voor dit jaar.' },
  { api: 'The review cannot be before the report was submitted.', nl: 'De bespreking kan niet voor de indiening van de rapportage liggen.' },
  { api: 'This quarter has already been accounted for.', nl: 'Over dit kwartaal is al gerapporteerd.' },
  { api: 'This calendar address is taken; make a new one.', nl: 'Deze agendalink is al in gebruik. Maak een nieuwe link.' },
  { api: 'A calendar address is kept as a SHA-256 hash of 32 bytes.', nl: 'De agendalink kon niet worden opgeslagen. Maak een nieuwe link.' },
  { api: 'This record is append-only: it cannot be changed or removed.', nl: 'Dit gegeven kan niet meer worden gewijzigd of verwijderd.' },
  { api: 'A signature cannot be changed or removed.', nl: 'Een ondertekening kan niet worden gewijzigd of verwijderd.' },
  {
    api: 'The parties of a convenant that is no longer a draft cannot change.',
    nl: 'De partijen van een convenant dat geen concept meer is, liggen vast.',
  },
  { api: 'Something this refers to does not exist (any more).', nl: 'Iets waarnaar dit verwijst, bestaat niet (meer).' },
  { api: 'This exists already.', nl: 'Dit bestaat al.' },
  { api: 'A required value is missing.', nl: 'Vul dit in.' },
  { api: 'The input breaks a rule of the data.', nl: 'Deze invoer klopt niet. Controleer wat u heeft ingevuld.' },
  // Not found
  { api: 'No action with this id.', nl: 'Deze actie bestaat niet (meer).' },
  { api: 'No user with this id.', nl: 'Deze gebruiker bestaat niet.' },
  { api: 'No such source.', nl: 'Het overleg, atelier, besluit of verbetertraject bestaat niet.' },
  { api: 'No annual plan with this id.', nl: 'Dit jaarplan bestaat niet (meer).' },
  { api: 'No quarter report with this id.', nl: 'Deze kwartaalrapportage bestaat niet (meer).' },
  { api: 'No provider with this id.', nl: 'Deze aanbieder bestaat niet.' },
  { api: 'Not a provider id.', nl: 'Kies een aanbieder.' },
  { api: 'Not a convenant id.', nl: 'Kies een convenant.' },
  { api: 'No arrangement with this id.', nl: 'Dit arrangement bestaat niet, of hoort niet bij uw organisatie.' },
  { api: 'No atelier with this id.', nl: 'Dit atelier bestaat niet (meer).' },
  { api: 'No opgave with this id.', nl: 'Deze opgave bestaat niet (meer).' },
  { api: 'No convenant with this id.', nl: 'Dit convenant bestaat niet (meer).' },
  { api: 'One or more parties are not providers of this municipality.', nl: 'Een of meer partijen zijn geen aanbieder van deze gemeente.' },
  { api: 'No funding agreement with this id.', nl: 'Deze financieringsafspraak bestaat niet (meer).' },
  { api: 'No improvement track with this id.', nl: 'Dit verbetertraject bestaat niet (meer).' },
  { api: 'No opgaveteam with this id.', nl: 'Dit opgaveteam bestaat niet (meer).' },
  { api: 'No overleg with this id.', nl: 'Dit overleg bestaat niet (meer).' },
  { api: 'No proposal with this id.', nl: 'Dit voorstel bestaat niet (meer).' },
  // Actions
  { api: 'This action is {status} already.', nl: 'Deze actie is al afgesloten.' },
  { api: 'The date must not be in the future.', nl: 'De datum mag niet in de toekomst liggen.' },
  // Annual plans and quarter reports
  { api: 'A plan has 1 to {max} goals.', nl: 'Een jaarplan heeft 1 tot en met {max, number} doelen.' },
  { api: 'A plan has 1 to {max} budget lines.', nl: 'Een jaarplan heeft 1 tot en met {max, number} begrotingsregels.' },
  { api: 'The budget lines together must be at most {max} cents.', nl: `De begrotingsregels samen mogen hoogstens ${EUR} zijn.`, values: euros },
  { api: 'Only a DRAFT plan can be adopted; this one is {status}.', nl: 'Alleen een concept-jaarplan kan worden vastgesteld.' },
  { api: 'Account only for an ADOPTED plan.', nl: 'Rapporteer alleen over een vastgesteld jaarplan.' },
  { api: 'A quarter is accounted for once it has ended.', nl: 'Over een kwartaal rapporteert u als het voorbij is.' },
  { api: 'The plan has goals 0 to {last}.', nl: 'Dit doel staat niet in het jaarplan.' },
  { api: 'Each goal once.', nl: 'Geef elk doel één keer.' },
  { api: 'Give the progress on every goal of the plan.', nl: 'Geef de voortgang op elk doel van het jaarplan.' },
  { api: "The municipality's own part gives what it spent.", nl: 'Vul voor het deel van de gemeente in wat er is uitgegeven.' },
  {
    api: "A provider's spent figure is computed from its arrangement reports; leave it out.",
    nl: 'De uitgaven van een aanbieder worden berekend uit de rapportages van de arrangementen: laat dit leeg.',
  },
  { api: 'A review has 1 to {max} attendees.', nl: 'Een bespreking heeft 1 tot en met {max, number} aanwezigen.' },
  { api: 'The kerngroep delegation must be recorded among the attendees.', nl: 'Neem de afvaardiging van de kerngroep op bij de aanwezigen.' },
  { api: 'The review date must not be in the future.', nl: 'De datum van de bespreking mag niet in de toekomst liggen.' },
  { api: 'At most {max} actions.', nl: 'Hoogstens {max, number} acties.' },
  { api: 'This quarter has already been reviewed.', nl: 'Dit kwartaal is al besproken.' },
  // Arrangements and reports
  { api: 'At most {max} goals.', nl: 'Hoogstens {max, number} doelen.' },
  { api: 'The request date must not be in the future.', nl: 'De aanvraagdatum mag niet in de toekomst liggen.' },
  { api: 'An ended arrangement cannot be changed.', nl: 'Een beëindigd arrangement kan niet meer worden gewijzigd.' },
  {
    api: 'An arrangement that has started cannot get a start date in the future.',
    nl: 'Een gestart arrangement kan geen startdatum in de toekomst krijgen.',
  },
  { api: 'An arrangement cannot go from {from} to {to} here.', nl: 'Deze statuswijziging kan hier niet.' },
  { api: 'An arrangement becomes ACTIVE only on or after its start date.', nl: 'Een arrangement wordt pas lopend op of na de startdatum.' },
  { api: 'This arrangement has already ended.', nl: 'Dit arrangement is al beëindigd.' },
  { api: 'The end date must not be in the future.', nl: 'De einddatum mag niet in de toekomst liggen.' },
  { api: 'Report only on an arrangement that has started.', nl: 'U kunt alleen rapporteren over een arrangement dat is gestart.' },
  { api: 'The period must not be in the future.', nl: 'De periode mag niet in de toekomst liggen.' },
  { api: 'The period lies before the arrangement started.', nl: 'De periode ligt voor de start van het arrangement.' },
  { api: 'The period lies after the arrangement ended.', nl: 'De periode ligt na het einde van het arrangement.' },
  { api: 'The conference must have been held.', nl: 'De netwerkbijeenkomst moet al zijn gehouden.' },
  { api: 'Record 1 to {max} decisions of the network.', nl: 'Leg 1 tot en met {max, number} besluiten van het netwerk vast.' },
  { api: 'An ended arrangement cannot get a network plan.', nl: 'Een beëindigd arrangement kan geen netwerkplan meer krijgen.' },
  // Ateliers
  { api: 'This atelier has been concluded.', nl: 'Dit atelier is afgerond.' },
  { api: 'Ateliers are for selected opgaven; this one is {status}.', nl: 'Een atelier is alleen voor een gekozen opgave.' },
  { api: 'Record a meeting once it has been held.', nl: 'Leg een bijeenkomst vast als die is gehouden.' },
  { api: 'A dialogue meeting follows the design meeting that prepares it.', nl: 'Een dialoogbijeenkomst komt na de ontwerpbijeenkomst.' },
  { api: 'Hours are logged once worked.', nl: 'Schrijf uren pas als ze gewerkt zijn.' },
  { api: 'An atelier concludes after at least one dialogue meeting.', nl: 'Een atelier rondt u af na minstens één dialoogbijeenkomst.' },
  // Convenant and money
  { api: 'A convenant needs at least one provider as party.', nl: 'Kies minstens één aanbieder als partij.' },
  {
    api: 'Only a DRAFT convenant can be opened for signing; this one is {status}.',
    nl: 'Alleen een concept-convenant kan worden opengesteld voor ondertekening.',
  },
  { api: 'Your organisation has already signed this convenant.', nl: 'Uw organisatie heeft dit convenant al ondertekend.' },
  { api: 'The convenant is {status}, not open for signing.', nl: 'Dit convenant staat niet open voor ondertekening.' },
  { api: 'Money flows only under a convenant in force; this one is {status}.', nl: 'Geld gaat alleen over onder een convenant dat in werking is.' },
  { api: 'Your provider is not a party to this convenant.', nl: 'Uw organisatie is geen partij bij dit convenant.' },
  { api: 'The receiving provider is not a party to this convenant.', nl: 'De ontvangende aanbieder is geen partij bij dit convenant.' },
  { api: 'The period must lie within the convenant.', nl: 'De periode moet binnen de looptijd van het convenant liggen.' },
  { api: 'Only a PROPOSED agreement can be agreed; this one is {status}.', nl: 'Alleen een voorgestelde afspraak kan worden goedgekeurd.' },
  { api: 'Only an AGREED agreement can be ended; this one is {status}.', nl: 'Alleen een afgesproken afspraak kan worden beëindigd.' },
  { api: 'The end date must not be before the period starts.', nl: 'De einddatum mag niet voor het begin van de periode liggen.' },
  { api: 'The end date must not be after the period ends.', nl: 'De einddatum mag niet na het einde van de periode liggen.' },
  { api: 'A payment cannot be recorded before it is made.', nl: 'Leg een betaling vast als die is gedaan: de datum mag niet in de toekomst liggen.' },
  { api: 'Payments are recorded on an AGREED agreement; this one is {status}.', nl: 'Betalingen horen bij een afgesproken afspraak.' },
  {
    api: 'Payments would exceed the agreed amount: {remain} cents remain to be paid.',
    nl: 'De betalingen worden hoger dan het afgesproken bedrag: er staat nog {remain, number, ::currency/EUR} open.',
    values: euros,
  },
  // Improvement tracks
  { api: 'The start date must not be in the future.', nl: 'De startdatum mag niet in de toekomst liggen.' },
  { api: 'From step {step} the next step is {next}: steps are not skipped.', nl: 'Na stap {step} komt stap {next}: stappen overslaan kan niet.' },
  { api: 'Not part of finishing step {step}.', nl: 'Dit hoort niet bij het afronden van stap {step}.' },
  { api: 'Finishing step {step} needs the {what}.', nl: 'Vul dit in om stap {step} af te ronden.' },
  { api: 'Collect at least one wish or idea.', nl: 'Verzamel minstens één wens of idee.' },
  { api: 'At most {max} wishes.', nl: 'Hoogstens {max, number} wensen.' },
  { api: 'Results are tested in step 5; this track is in step {step}.', nl: 'Resultaten toetst u in stap 5; dit traject is in stap {step}.' },
  { api: 'An evaluation cannot precede the start of the track.', nl: 'Een evaluatie kan niet voor de start van het traject liggen.' },
  { api: 'The evaluation date must not be in the future.', nl: 'De datum van de evaluatie mag niet in de toekomst liggen.' },
  // Opgaven, overleg, selection
  { api: 'An opgave cannot go from {from} to {to}.', nl: 'Deze statuswijziging van de opgave is niet toegestaan.' },
  {
    api: 'A collected opgave is chosen by the selection vote (opgavenSelect), not by a change of its status.',
    nl: 'Een verzamelde opgave wordt gekozen met de stemming over de opgaven, niet door haar status te wijzigen.',
  },
  { api: 'Add at least one member.', nl: 'Voeg minstens één lid toe.' },
  { api: 'At most {max} members at once.', nl: 'Hoogstens {max, number} leden tegelijk.' },
  { api: 'At most {max} participants.', nl: 'Hoogstens {max, number} deelnemers.' },
  { api: 'At most {max} agenda items.', nl: 'Hoogstens {max, number} agendapunten.' },
  { api: 'Minutes can be recorded once the meeting has been held.', nl: 'Het verslag legt u vast als het overleg is gehouden.' },
  { api: 'This meeting has been held: its agenda is closed.', nl: 'Dit overleg is gehouden: de agenda is gesloten.' },
  { api: 'The agenda is full.', nl: 'De agenda is vol.' },
  { api: 'The vote must not be in the future.', nl: 'De stemming mag niet in de toekomst liggen.' },
  { api: 'Vote on at least one opgave.', nl: 'Stem over minstens één opgave.' },
  { api: 'At most {max} opgaven at once.', nl: 'Hoogstens {max, number} opgaven tegelijk.' },
  {
    api: 'The minority wisdom must be about an opgave on the ballot.',
    nl: 'De wijsheid van de minderheid moet over een opgave op de stemlijst gaan.',
  },
  { api: 'One text per opgave.', nl: 'Eén tekst per opgave.' },
  {
    api: 'Only collected opgaven are voted on; "{title}" is {status}.',
    nl: 'Er wordt alleen gestemd over verzamelde opgaven; "{title}" is dat niet.',
  },
  {
    api: 'A tie for the last seat: {titles} each have {votes} votes. Vote again between them or change the number of seats.',
    nl: 'De stemmen staken voor de laatste plaats: {titles} hebben elk {votes} stemmen. Stem opnieuw tussen deze opgaven of verander het aantal plaatsen.',
  },
  // Proposals
  { api: 'The submission date must not be in the future.', nl: 'De datum van indienen mag niet in de toekomst liggen.' },
  { api: 'The decision has been taken: perspectives can no longer change.', nl: 'Het besluit is genomen: de perspectieven liggen vast.' },
  { api: 'This proposal has been decided.', nl: 'Over dit voorstel is al besloten.' },
  { api: 'A decision cannot precede the proposal.', nl: 'Het besluit kan niet voor het voorstel liggen.' },
  { api: 'The decision date must not be in the future.', nl: 'De besluitdatum mag niet in de toekomst liggen.' },
  {
    api: "The losing side is not empty: record the minority's position with the decision.",
    nl: 'Er is een minderheid: leg haar standpunt vast bij het besluit.',
  },
  { api: 'The {side} perspective has not been recorded yet.', nl: 'Niet alle kanten hebben hun perspectief al gegeven.' },
  { api: 'A decision cannot be fed back before it is taken.', nl: 'Een besluit koppelt u terug nadat het is genomen.' },
  { api: 'The feedback has been recorded.', nl: 'De terugkoppeling is al vastgelegd.' },
  { api: 'The feedback cannot precede the decision.', nl: 'De terugkoppeling kan niet voor het besluit liggen.' },
  { api: 'The meeting date must not be in the future.', nl: 'De datum van de bijeenkomst mag niet in de toekomst liggen.' },
  { api: 'The client council has checked this proposal.', nl: 'De cliëntenraad heeft dit voorstel al getoetst.' },
  { api: 'The decision is checked after it has been fed back.', nl: 'Het besluit wordt getoetst nadat het is teruggekoppeld.' },
  { api: 'Say what the concerns are.', nl: 'Beschrijf wat de zorgen zijn.' },
  { api: 'The check cannot precede the feedback.', nl: 'De toets kan niet voor de terugkoppeling liggen.' },
  { api: 'The check date must not be in the future.', nl: 'De datum van de toets mag niet in de toekomst liggen.' },
  // Accounts
  { api: 'The email address or password is incorrect.', nl: 'Het e-mailadres of wachtwoord is onjuist.' },
  { api: 'A password has at least {min} characters.', nl: 'Een wachtwoord heeft minstens {min, number} tekens.' },
  { api: 'A password has at most {max} characters.', nl: 'Een wachtwoord heeft hoogstens {max, number} tekens.' },
  { api: 'The new password is the same as the current one.', nl: 'Het nieuwe wachtwoord moet anders zijn dan het huidige.' },
  { api: 'The current password is incorrect.', nl: 'Het huidige wachtwoord is onjuist.' },
  // Second factor (api/src/modules/user/second-factor.service.ts)
  { api: 'The code is wrong, or the sign-in step has expired.', nl: 'De code is onjuist, of de inlogstap is verlopen. Log dan opnieuw in.' },
  { api: 'The code is wrong.', nl: 'De code is onjuist. Gebruik de code die de app nu toont.' },
  { api: 'Sign in again to set up the second factor.', nl: 'Log opnieuw in om tweestapsverificatie in te stellen.' },
  { api: 'A second factor is active already; disable it first.', nl: 'Tweestapsverificatie staat al aan. Zet die eerst uit.' },
  { api: 'Start the enrolment first.', nl: 'Begin eerst opnieuw met instellen.' },
  { api: 'No second factor is active.', nl: 'Tweestapsverificatie staat niet aan.' },
  // Invitations and mailed links (api/src/modules/access-link)
  { api: 'Give a valid e-mail address.', nl: 'Vul een geldig e-mailadres in.' },
  { api: 'You cannot invite someone to this role.', nl: 'U kunt niemand uitnodigen voor deze rol.' },
  { api: 'A representative acts for a provider: choose one.', nl: 'Een vertegenwoordiger handelt namens een aanbieder: kies er een.' },
  { api: 'Only a representative acts for a provider.', nl: 'Alleen een vertegenwoordiger handelt namens een aanbieder.' },
  { api: 'This provider does not exist.', nl: 'Deze aanbieder bestaat niet.' },
  { api: 'This link does not exist.', nl: 'Deze link bestaat niet. Controleer of u de hele link uit de e-mail heeft gebruikt.' },
  { api: 'This link has expired.', nl: 'Deze link is verlopen. Vraag een nieuwe aan.' },
  { api: 'This link was used already.', nl: 'Deze link is al gebruikt. Elke link werkt maar één keer.' },
  { api: 'This link cannot be used.', nl: 'Deze link kan niet worden gebruikt.' },
  // Arguments of queries (BAD_USER_INPUT)
  { api: 'Text contains a character that cannot be stored (such as NUL).', nl: 'De tekst bevat een teken dat niet kan worden opgeslagen.' },
  { api: '"{name}" is not a user id.', nl: 'Deze gebruiker bestaat niet.' },
  { api: '"{name}" is not a provider id.', nl: 'Deze aanbieder bestaat niet.' },
  { api: '"{name}" is 1 to 4.', nl: 'Een kwartaal is 1 tot en met 4.' },
  { api: '"{name}" is at most {max} characters.', nl: 'Maximaal {max, number} tekens.' },
  { api: '"{name}" is not the id of an object.', nl: 'Dit bestaat niet.' },
  { api: '"{to}" must not be before "{from}".', nl: 'De einddatum mag niet voor de begindatum liggen.' },
  { api: 'A period is at most ten years.', nl: 'Een periode is hoogstens tien jaar.' },
  { api: '"{name}" must be a date as YYYY-MM-DD.', nl: 'Vul een datum in.' },
  { api: '"{name}" must be a date from {min} to {max}.', nl: 'Vul een datum in tussen 1900 en 2200.' },
  { api: '"{name}" must be from {min} to {max}.', nl: 'Vul een jaar in van {min, number, ::group-off} tot en met {max, number, ::group-off}.' },
  { api: '"{name}" must be a whole number from 0 to {max}.', nl: 'Hoogstens {max, number} tegelijk.' },
  { api: '"{name}" is not a cursor from this list.', nl: 'Deze pagina van de lijst bestaat niet meer. Begin opnieuw bij de eerste pagina.' },
  // Notifications and the outbox (api/src/modules/notification)
  { api: 'Give from 1 to {max} notification ids.', nl: 'Geef 1 tot en met {max, number} meldingen op.' },
  { api: 'Not an outgoing message id.', nl: 'Dit is geen uitgaand bericht.' },
  { api: 'No outgoing message with this id.', nl: 'Dit bericht bestaat niet (meer).' },
  { api: 'Only a failed or unsent message can be sent again.', nl: 'Alleen een mislukt of niet verstuurd bericht kan opnieuw worden verstuurd.' },
  // Notification preferences (api/src/modules/notification/preference.*)
  { api: 'Give from 1 to {max} preferences.', nl: 'Geef 1 tot en met {max, number} instellingen op.' },
  {
    api: 'A link is for INVITATION, LOGIN_LINK or PASSWORD_RESET.',
    nl: 'Een link is voor een uitnodiging, om in te loggen of om het wachtwoord te herstellen.',
  },
  {
    api: 'Security messages are always sent at once; this cannot be changed.',
    nl: 'Beveiligingsberichten krijgt u altijd meteen; dit kunt u niet wijzigen.',
  },
  { api: 'The daily digest is not a kind to choose for.', nl: 'Voor de dagelijkse samenvatting zelf kunt u niets kiezen.' },
  { api: 'This kind is given twice.', nl: 'Deze soort melding staat er twee keer in.' },
  { api: 'A notification preference is IMMEDIATE, DIGEST or OFF.', nl: 'Kies meteen per e-mail, in de dagelijkse samenvatting of geen e-mail.' },
  ...USER_ADMIN_MESSAGE_TEXTS,
  ...VOICE_MESSAGE_TEXTS,
  ...SELECTION_MESSAGE_TEXTS,
  ...SESSION_MESSAGE_TEXTS,
  ...SSO_MESSAGE_TEXTS,
  ...OPGAVE_SUBMISSION_MESSAGE_TEXTS,
  ...PARTICIPANT_MESSAGE_TEXTS,
  ...PARTICIPATION_GAPS_MESSAGE_TEXTS,
  ...CONVENANT_LIFE_MESSAGE_TEXTS,
  ...BUDGET_MESSAGE_TEXTS,
  ...FILES_MESSAGE_TEXTS,
  ...SEARCH_MESSAGE_TEXTS,
  ...CORRECTION_MESSAGE_TEXTS,
  ...MAATWERK_MESSAGE_TEXTS,
  ...PRIVACY_REQUEST_MESSAGE_TEXTS,
  ...OUTCOME_MESSAGE_TEXTS,
  ...SURVEY_MESSAGE_TEXTS,
  ...CONSENT_MESSAGE_TEXTS,
];
