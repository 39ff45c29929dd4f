import type { MessageText } from './messages.nl';

/** The privacy statement (issue #25): one text for the web client's page and the public pages' /privacy. Dutch at B1 level. */
export const PRIVACY_TEXTS = {
  title: 'Privacyverklaring',
  intro: 'Hier leest u welke gegevens de gemeente in de Regiekamer gebruikt, waarom, hoe lang we ze bewaren, wie ze krijgt en welke rechten u heeft.',
  responsibleTitle: 'Wie is verantwoordelijk?',
  responsible:
    'De gemeente is verantwoordelijk voor uw gegevens in de Regiekamer. De gemeente gebruikt de Regiekamer om zorg en ondersteuning samen met bewoners en zorgaanbieders te regelen.',
  whatTitle: 'Welke gegevens gebruiken we?',
  what: [
    'Van bewoners die meedoen: uw naam, uw e-mailadres en de groepen waarin u meedoet.',
    'Van mensen die een opgave inbrengen: de opgave. En uw e-mailadres, alleen als u dat geeft en ons toestemming geeft om u te mailen.',
    'Van cliënten van zorgaanbieders: geen naam. De aanbieder gebruikt een code. Alleen de aanbieder weet wie bij die code hoort.',
    'Antwoorden op de vragenlijst over de zorg: zonder naam.',
    'Van medewerkers: naam, e-mailadres en rol. En wie wat wanneer heeft bekeken of veranderd.',
  ],
  whyTitle: 'Waarom gebruiken we die gegevens?',
  why: [
    'Voor een taak van de gemeente (AVG artikel 6 lid 1 onder e): de gemeente regelt zorg en ondersteuning (Wmo en Jeugdwet) en legt uit waar het geld naartoe gaat.',
    'Omdat de wet het zegt (AVG artikel 6 lid 1 onder c): de gemeente houdt bij wie gegevens bekeek (NEN 7513) en bewaart besluiten (Archiefwet).',
    'Met uw toestemming (AVG artikel 6 lid 1 onder a): alleen voor uw naam op de openbare pagina’s, voor contact met u over wat u inbracht of waar u aan meedeed, en voor een uitnodiging voor een vragenlijst. U kunt uw toestemming altijd intrekken.',
  ],
  howLongTitle: 'Hoe lang bewaren we uw gegevens?',
  howLong: [
    'Afspraken over zorg en de rapportages daarover: 7 jaar na het einde van de afspraak. Daarna halen we de code van de cliënt weg. De cijfers blijven.',
    'Het logboek van wie gegevens bekeek: 5 jaar. Het logboek van wie gegevens veranderde: 7 jaar. Daarna halen we codes en namen eruit.',
    'Uw e-mailadres bij een opgave die u inbracht: tot de opgave is afgehandeld, en daarna nog 3 maanden.',
    'Antwoorden op de vragenlijst: 2 jaar.',
    'Uitnodigingen en links om in te loggen: 90 dagen.',
    'Uw verzoek om inzage, verbetering of verwijdering: 2 jaar na ons antwoord. Daarna bewaren we alleen wat u vroeg en wat wij besloten.',
    'Besluiten en afspraken tussen gemeente en aanbieders (convenanten): in het archief van de gemeente, zoals de Archiefwet zegt.',
  ],
  receiversTitle: 'Wie krijgt uw gegevens?',
  receivers: [
    'Medewerkers van de gemeente, alleen als zij die nodig hebben voor hun werk.',
    'Zorgaanbieders: alleen de gegevens over hun eigen cliënten en afspraken.',
    'Onderzoekers van de gemeente: alleen cijfers, zonder namen. Kleine groepen laten we niet zien.',
    'Iedereen op de openbare pagina’s: opgaven, besluiten en resultaten. Uw naam alleen als u daar toestemming voor gaf.',
    'Wij verkopen uw gegevens nooit. Wij geven ze niet aan anderen, tenzij de wet dat verplicht.',
  ],
  rightsTitle: 'Uw rechten',
  rights: [
    'Inzage: u mag vragen welke gegevens we van u hebben.',
    'Verbeteren: klopt iets niet? Dan mag u vragen om het te verbeteren.',
    'Verwijderen: u mag vragen om uw gegevens te wissen. Moeten we iets bewaren van de wet? Dan leggen we uit waarom.',
    'Bezwaar: u mag bezwaar maken. Bijvoorbeeld tegen uw naam op de openbare pagina’s. Dan halen we uw naam meteen weg.',
    'Toestemming intrekken: dat kan altijd. Heeft u een account? Kijk dan bij ‘Mijn toestemmingen’. Of bel of schrijf de gemeente.',
  ],
  howToUse: 'Wilt u een van deze rechten gebruiken? Neem contact op met de gemeente. U krijgt binnen een maand antwoord.',
  officerTitle: 'Vragen of een klacht?',
  officer: 'Neem contact op met de functionaris gegevensbescherming (FG) van de gemeente:',
  officerUnknown: 'Vraag de gemeente naar de functionaris gegevensbescherming (FG).',
  complaint: 'Bent u het daarna nog niet eens met ons? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
  link: 'Privacyverklaring',
} as const;

/** What the public pages add for consent: the form's question beside the address, and the names in a team. */
export const CONSENT_PUBLIC_TEXTS = {
  fieldFollowUp: 'Ja, u mag mij mailen over wat er met mijn opgave gebeurt.',
  fieldFollowUpHint: 'Alleen als u dit aanvinkt, bewaren we uw e-mailadres. U kunt dit later altijd intrekken bij de gemeente.',
  errorFollowUp: 'Vink aan dat we u mogen mailen, of laat het e-mailadres leeg.',
  teamNames: 'Bewoners in het opgaveteam',
} as const;

/** The client's pages for consent: a resident's own ("Mijn toestemmingen") and the regisseur's record of them. */
export const CONSENT_TEXTS = {
  mineTitle: 'Mijn toestemmingen',
  mineIntro: 'Hier ziet u waarvoor u toestemming gaf. U kunt toestemming geven en weer intrekken wanneer u wilt.',
  mineEmpty: 'U heeft nog nergens toestemming voor gegeven.',
  inForce: 'Gegeven',
  withdrawn: 'Ingetrokken',
  neverGiven: 'Niet gegeven',
  give: 'Toestemming geven',
  withdraw: 'Intrekken',
  withdrawDone: 'Uw toestemming is ingetrokken.',
  giveDone: 'Uw toestemming is vastgelegd.',
  history: 'Eerder',
  givenOn: 'Gegeven op {date}',
  withdrawnOn: 'Ingetrokken op {date}',
  via: 'via {channel}',
  by: 'door {name}',
  purpose: 'Waarvoor',
  status: 'Stand',
  adminTitle: 'Toestemmingen',
  adminIntro:
    'Leg hier vast wat een bewoner op papier of mondeling (bijvoorbeeld aan de telefoon) zegt over toestemming. Een weigering legt u niet vast: zonder toestemming gebeurt er niets.',
  adminEmpty: 'Er is nog niemand van wie u toestemming kunt vastleggen.',
  subject: 'Wie',
  context: 'Waar',
  channel: 'Hoe',
  record: 'Vastleggen',
  recorded: 'De toestemming is vastgelegd.',
  withdrawnRecorded: 'De intrekking is vastgelegd.',
  choosePurpose: 'Kies waarvoor',
  privacyLink: 'Lees de privacyverklaring',
  channelPaper: 'Op papier',
  channelOral: 'Mondeling of telefoon',
} as const;

export const CONSENT_PURPOSE_TEXTS = {
  PUBLIC_NAME: 'Mijn naam op de openbare pagina’s',
  FOLLOW_UP_CONTACT: 'Contact over wat ik inbracht of waar ik aan meedeed',
  SURVEY_INVITATION: 'Uitnodiging voor een vragenlijst',
} as const;

export const CONSENT_CHANNEL_TEXTS = {
  PUBLIC_FORM: 'het formulier op de website',
  CLIENT: 'de Regiekamer',
  PAPER: 'papier',
  ORAL: 'mondeling of telefoon',
} as const;

export const CONSENT_SUBJECT_TEXTS = {
  PARTICIPANT: 'Deelnemer',
  OPGAVETEAM_MEMBER: 'Bewoner in een opgaveteam',
  SUBMISSION: 'Ingebrachte opgave',
} as const;

/** The API's messages about consent. */
export const CONSENT_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'This purpose does not apply to this person.', nl: 'Voor dit doel kan deze persoon geen toestemming geven.' },
  { api: 'This way of recording consent is not yours to use.', nl: 'U kunt toestemming niet op deze manier vastleggen.' },
  { api: 'This consent has been given already.', nl: 'Deze toestemming is al gegeven.' },
  { api: 'This consent has been withdrawn already.', nl: 'Deze toestemming is al ingetrokken.' },
  { api: 'Consent is recorded for residents only.', nl: 'Toestemming leggen we alleen vast voor bewoners.' },
  {
    api: 'This member has an account: record the consent for the participant.',
    nl: 'Deze bewoner heeft een account. Leg de toestemming vast bij de deelnemer.',
  },
  { api: 'No person with this id to record consent for.', nl: 'Deze persoon bestaat niet.' },
  { api: 'No consent with this id.', nl: 'Deze toestemming bestaat niet.' },
  { api: 'A participant records only their own consent: leave the subject out.', nl: 'U kunt alleen uw eigen toestemming vastleggen.' },
  { api: 'Say whose consent this is.', nl: 'Kies van wie de toestemming is.' },
  { api: 'A withdrawal records when and how, together.', nl: 'Bij intrekken horen het moment en de manier allebei.' },
];
