import type { MessageText } from './messages.nl';
import { DECISION_OUTCOME_TEXTS, OPGAVE_STATUS_TEXTS, OWNERSHIP_LADDER_TEXTS } from './web-shell.nl';

/** The public pages /meedoen, /opgaven and /podium/<year>: server-rendered, read without signing in. */
export const PUBLIC_PAGE_TEXTS = {
  siteName: 'Meedoen in {municipality}',
  skipLink: 'Naar de inhoud',
  navLabel: 'Meedoen',
  navBringIn: 'Opgave inbrengen',
  navOpgaven: 'Opgaven',
  navPodium: 'Podium {year}',
  chooseTitle: 'Kies uw gemeente',
  chooseIntro: 'Regiekamer wordt door meer gemeenten gebruikt. Kies de gemeente waar u woont.',
  notFoundTitle: 'Pagina niet gevonden',
  notFound: 'Deze pagina bestaat niet. Kies hieronder waar u heen wilt.',
  meedoenTitle: 'Een opgave inbrengen',
  meedoenIntro:
    'Ziet u iets in uw dorp, wijk of buurt dat beter kan? Breng het in als opgave. De gemeente leest elke inbreng. Wordt uw opgave opgenomen, dan staat ze op de pagina Opgaven. Uw naam en e-mailadres worden nooit gepubliceerd.',
  meedoenHow:
    'Inwoners kiezen samen welke opgaven worden opgepakt. Een opgaveteam van inwoners en professionals gaat ermee aan de slag, en de resultaten staan elk jaar op het podium.',
  fieldTitle: 'Titel van uw opgave',
  fieldTitleHint: 'In een paar woorden: waar gaat het over?',
  fieldDescription: 'Beschrijving',
  fieldDescriptionHint: 'Wat ziet u, en wat zou er beter kunnen?',
  fieldArea: 'Dorp, wijk of buurt',
  fieldContact: 'Uw e-mailadres (niet verplicht)',
  fieldContactHint: 'Alleen om u te laten weten wat er met uw opgave gebeurt. Het wordt nooit gepubliceerd.',
  honeypot: 'Laat dit veld leeg',
  submit: 'Opgave versturen',
  errorSummary: 'Er ging iets mis. Verbeter de volgende velden:',
  errorRequiredTitle: 'Vul de titel van uw opgave in.',
  errorRequiredDescription: 'Vul een beschrijving in.',
  errorRequiredArea: 'Vul het dorp, de wijk of de buurt in.',
  errorTooLong: '{field}: gebruik hoogstens {max, number} tekens.',
  errorPrefix: 'Fout:',
  errorEmail: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl, of laat het veld leeg.',
  errorRateLimited: 'U heeft het afgelopen uur al veel opgaven ingebracht. Probeer het later opnieuw.',
  errorTooLarge: 'Uw inbreng is te lang. Maak de beschrijving korter en probeer het opnieuw.',
  thanksTitle: 'Bedankt voor uw opgave',
  thanks: 'Wij hebben uw opgave ontvangen. De gemeente leest haar en besluit of zij wordt opgenomen.',
  thanksMail: 'U krijgt bericht op het e-mailadres dat u opgaf.',
  thanksAgain: 'Nog een opgave inbrengen',
  opgavenTitle: 'Opgaven in {municipality}',
  opgavenIntro:
    'Dit zijn de opgaven waaraan inwoners en professionals samen werken. De trede van eigenaarschap zegt hoeveel inwoners zelf beslissen en doen: hoe hoger, hoe meer.',
  opgavenEmpty: 'Er zijn nog geen gepubliceerde opgaven.',
  status: 'Status',
  rung: 'Trede van eigenaarschap',
  area: 'Dorp, wijk of buurt',
  ateliers: 'Ateliers',
  atelierOutcome: 'Uitkomst',
  atelierFollowUp: 'Besluit over het vervolg',
  atelierNoOutcome: 'Nog geen uitkomst.',
  decisions: 'Besluiten',
  decidedOn: 'Besloten op {date}',
  votes: '{for, number} voor, {against, number} tegen, {abstain, number} onthouden',
  minority: 'Standpunt van de minderheid',
  results: 'Resultaten',
  resultsLine: '{done, plural, one {# actie afgerond} other {# acties afgerond}}, {open, plural, one {# actie loopt nog} other {# acties lopen nog}}',
  podiumTitle: 'Podium {year}',
  podiumIntro:
    'Resultaten op het podium: wat de opgaven in {year} hebben gedaan. Per opgave de status en de trede van eigenaarschap, de ateliers die bijeenkwamen, de afgeronde acties en de besluiten van dat jaar.',
  podiumEmpty: 'Voor {year} zijn er geen gepubliceerde resultaten.',
  podiumAteliers: '{count, plural, =0 {Geen atelier bijeengekomen} one {# atelier bijeengekomen} other {# ateliers bijeengekomen}}',
  podiumOtherYears: 'Andere jaren',
  footer: 'Deze pagina toont alleen wat openbaar is. Namen van bewoners staan er alleen op als zij daar toestemming voor gaven.',
} as const;

// The same words as in the application.
export const OPGAVE_STATUS_PUBLIC_TEXTS = OPGAVE_STATUS_TEXTS;
export const OWNERSHIP_RUNG_TEXTS: Readonly<Record<number, string>> = OWNERSHIP_LADDER_TEXTS;
export const DECISION_OUTCOME_PUBLIC_TEXTS = DECISION_OUTCOME_TEXTS;

/** The mail to the contact address of a submission once the regisseur decided it. */
export const OPGAVE_SUBMISSION_TEXTS = {
  greetingName: 'inwoner',
  publishedSubject: 'Uw opgave "{title}" is opgenomen',
  publishedBody: 'Bedankt voor uw opgave "{title}". De gemeente heeft haar opgenomen: zij staat nu op de pagina Opgaven.',
  mergedSubject: 'Uw opgave "{title}" is samengevoegd',
  mergedBody: 'Bedankt voor uw opgave "{title}". De gemeente heeft haar samengevoegd met de opgave "{target}", die er al was.',
  declinedSubject: 'Uw opgave "{title}" is niet opgenomen',
  declinedBody: 'Bedankt voor uw opgave "{title}". De gemeente heeft haar niet opgenomen. De reden: {reason}',
  link: 'Bekijk de opgaven',
} as const;

/** The regisseur's page "Ingediende opgaven" in the web client. */
export const SUBMISSION_PAGE_TEXTS = {
  title: 'Ingediende opgaven',
  intro:
    'Opgaven die inwoners op de openbare pagina Meedoen inbrachten. Publiceer ze, voeg ze samen met een bestaande opgave of wijs ze af met een reden. Wie een e-mailadres opgaf, krijgt de uitkomst per e-mail.',
  empty: 'Er wachten geen ingediende opgaven.',
  loading: 'Ingediende opgaven laden…',
  area: 'Dorp, wijk of buurt',
  contact: 'E-mailadres voor de uitkomst',
  noContact: 'Geen e-mailadres opgegeven',
  publish: 'Publiceren',
  merge: 'Samenvoegen',
  mergeInto: 'Samenvoegen met opgave',
  mergeChoose: 'Kies de opgave die er al is',
  decline: 'Afwijzen',
  declineReason: 'Reden van afwijzing',
  published: 'De opgave is gepubliceerd.',
  merged: 'De opgave is samengevoegd.',
  declined: 'De opgave is afgewezen.',
} as const;

/** The API's messages of the moderation queue. */
export const OPGAVE_SUBMISSION_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'No submitted opgave with this id.', nl: 'Deze ingediende opgave bestaat niet.' },
  { api: 'This submission was decided already ({status}).', nl: 'Over deze ingediende opgave is al besloten.' },
  { api: 'Only a published opgave can take in a submission.', nl: 'Voeg alleen samen met een opgave die al openbaar is.' },
  {
    api: 'A submission is PENDING until it is decided; PUBLISHED and MERGED name an opgave; DECLINED has a reason.',
    nl: 'Een ingediende opgave wacht tot erover besloten is; gepubliceerd of samengevoegd hoort bij een opgave, afgewezen heeft een reden.',
  },
];
