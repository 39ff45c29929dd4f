/**
 * The texts of the web client's pages (see web/src/__tests__/texts-from-catalogue.test.ts): the convenant page and the
 * pages directly in web/src/pages (the login and home pages are in web-start.nl.ts).
 */

/** The name of a convenant's party without a name of its own, and of a party whose provider is not known. */
export const CONVENANT_PARTY_TEXTS = {
  municipality: 'Gemeente',
  provider: 'Aanbieder',
  /** The municipality inside a sentence ("namens de gemeente"). */
  municipalityInSentence: 'de gemeente',
} as const;

/** A convenant's card on the convenant page and the home page. */
export const CONVENANT_CARD_TEXTS = {
  signedStatus: 'Ondertekend',
  period: 'Looptijd',
  periodValue: '{from} tot en met {to}',
  budget: 'Budget',
  signed: 'Ondertekend',
  signedValue: '{signed} van {total} partijen',
  ownSignature: 'U heeft namens {party} ondertekend op {at}.',
} as const;

/** The regisseur's form for a new convenant. */
export const CONVENANT_CREATE_FORM_TEXTS = {
  title: 'Nieuw convenant',
  saved: 'Het convenant is als concept opgeslagen. Het staat hierboven; stel het open voor ondertekening als het klaar is.',
  titleLabel: 'Titel',
  startsOn: 'Begint op',
  endsOn: 'Eindigt op',
  budget: 'Budget voor de hele looptijd (euro)',
  submit: 'Convenant opslaan als concept',
} as const;

/** The checks of the new convenant form before it is sent. */
export const CONVENANT_VALUES_TEXTS = {
  titleMissing: 'Vul de titel in.',
  titleTooLong: 'De titel is hoogstens 300 tekens lang.',
  startsOnInvalid: 'Vul de begindatum in als dag-maand-jaar.',
  endsOnInvalid: 'Vul de einddatum in als dag-maand-jaar.',
  endsBeforeStart: 'De einddatum mag niet vóór de begindatum liggen.',
  budgetNegative: 'Het budget moet positief zijn.',
  budgetInvalid: 'Vul het budget in euro’s in, bijvoorbeeld 1.250.000,00.',
  budgetTooHigh: 'Het budget is hoogstens {max}.',
  partiesMissing: 'Kies ten minste één aanbieder als partij.',
} as const;

/** The kinds of a convenant's versions, in its history. */
export const CONVENANT_VERSION_KIND_TEXTS = {
  ORIGINAL: 'Oorspronkelijk',
  AMENDMENT: 'Wijziging',
  EARLY_END: 'Eerder beëindigd',
} as const;

/** What an amendment does to a party of the convenant. */
export const CONVENANT_CHANGE_TEXTS = {
  STAYS: 'Blijft partij',
  JOINS: 'Treedt toe',
  LEAVES: 'Treedt uit',
} as const;

/** The convenant after signing: whether it is in force, its open amendment and its history. */
export const CONVENANT_LIFE_TEXTS = {
  period: 'van {from} tot en met {to}',
  inForce: 'In werking {period}',
  ended: 'Niet meer in werking: liep {period}',
  signedNotYetInForce: 'Nog niet in werking: ondertekend, loopt {period}',
  notSigned: 'Nog niet in werking: nog niet door alle partijen ondertekend',
  budgetChange: 'Budget wordt {budget}',
  endChange: 'Einddatum wordt {date}',
  signaturesLabel: 'Handtekeningen onder de wijziging van {title}',
  signaturesCaption: 'Handtekeningen onder de wijziging',
  party: 'Partij',
  change: 'Wijziging',
  signed: 'Ondertekend',
  signedByUnknown: 'Ondertekend',
  signedNot: 'Nog niet ondertekend',
  technicalError: 'Het is niet gelukt door een technische storing. Probeer het opnieuw.',
  openTitle: 'Wijziging ter ondertekening',
  reason: 'Reden: {reason}',
  takesEffect: 'De wijziging gaat in zodra alle partijen hieronder hebben ondertekend.',
  sign: 'Wijziging ondertekenen namens {party}',
  signQuestion: 'U ondertekent als {name} namens {party} de wijziging van „{title}”. Uw handtekening kan daarna niet meer worden gewijzigd.',
  signConfirm: 'Ja, ik onderteken de wijziging namens {party}',
  signFailed: 'Ondertekenen is niet gelukt: de wijziging staat niet (meer) open voor ondertekening. Er is niets opgeslagen.',
  ownSignature: 'U heeft de wijziging namens {party} ondertekend.',
  withdraw: 'Wijziging intrekken',
  withdrawQuestion: 'De wijziging vervalt; de handtekeningen eronder tellen niet meer. Het convenant blijft zoals het is.',
  withdrawConfirm: 'Ja, wijziging intrekken',
  withdrawFailed: 'Intrekken is niet gelukt: de wijziging staat niet meer open.',
  historyLabel: 'Geschiedenis van {title}',
  historyCaption: 'Geschiedenis: de versies van het convenant',
  historyEmpty: 'Nog geen versies: het convenant is nog niet door alle partijen ondertekend.',
  version: 'Versie',
  effectiveOn: 'Geldt vanaf',
  budget: 'Budget',
  endsOn: 'Einddatum',
  providers: 'Aanbieders',
  reasonHeader: 'Reden',
  endedEarly: 'Eerder beëindigd. Reden: {reason}',
} as const;

/** The regisseur's forms on a convenant in force: amend, end early and renew. */
export const CONVENANT_LIFE_FORMS_TEXTS = {
  budgetInvalid: 'Vul het budget in euro’s in, bijvoorbeeld 1.250.000,00.',
  endsOnInvalid: 'Vul de einddatum in als dag-maand-jaar.',
  amendReasonMissing: 'Vul de reden van de wijziging in.',
  amendTitle: 'Convenant wijzigen',
  amendDone: 'De wijziging staat klaar voor ondertekening door alle partijen die het betreft.',
  amendLabel: 'Wijziging van {title}',
  amendIntro: 'Vul alleen in wat verandert. De gemeente en alle aanbieders die partij zijn (ook wie toe- of uittreedt) ondertekenen de wijziging.',
  newBudget: 'Nieuw budget voor de hele looptijd (euro)',
  newEndsOn: 'Nieuwe einddatum',
  joining: 'Aanbieders die toetreden',
  leaving: 'Aanbieders die uittreden',
  amendReason: 'Reden van de wijziging',
  amendSubmit: 'Wijziging voorstellen',
  newEndsOnInvalid: 'Vul de nieuwe einddatum in als dag-maand-jaar.',
  endsOnPast: 'De einddatum mag niet in het verleden liggen.',
  endsOnNotEarlier: 'Bij eerder beëindigen ligt de nieuwe einddatum vóór de huidige einddatum.',
  endReasonMissing: 'Vul de reden in.',
  endTitle: 'Convenant eerder beëindigen',
  endLabel: '{title} eerder beëindigen',
  lastDay: 'Laatste dag',
  endReason: 'Reden',
  endSubmit: 'Convenant eerder beëindigen',
  titleMissing: 'Vul de titel in.',
  startsOnInvalid: 'Vul de begindatum in als dag-maand-jaar.',
  startsTooEarly: 'De nieuwe periode begint na de einddatum van dit convenant.',
  renewTitle: 'Convenant verlengen voor een volgende periode',
  renewDone: 'Het nieuwe convenant staat als concept op deze pagina, met dezelfde partijen. Stel het open voor ondertekening als het klaar is.',
  renewLabel: '{title} verlengen',
  renewTitleLabel: 'Titel van het nieuwe convenant',
  startsOn: 'Begint op',
  endsOn: 'Eindigt op',
  budget: 'Budget voor de hele looptijd (euro)',
  renewSubmit: 'Nieuw convenant als concept opslaan',
} as const;

/** The convenant page, /convenant. */
export const CONVENANT_PAGE_TEXTS = {
  title: 'Convenant',
  helpWhat: 'Het convenant is de afspraak van de gemeente en de aanbieders over de algemene voorziening.',
  helpInForce:
    'Het is in werking als alle partijen hebben ondertekend, van de begindatum tot en met de einddatum. Er is nooit meer dan één convenant tegelijk in werking. Een handtekening wordt nooit gewijzigd of verwijderd.',
  helpAmendment:
    'Een wijziging (budget, einddatum, aanbieders die toe- of uittreden) gaat in als alle partijen die het betreft hebben ondertekend. De geschiedenis toont elke versie met de reden.',
  helpSigned: '„Ondertekend” telt hoeveel partijen al hebben getekend. Het budget geldt voor de hele looptijd.',
  what: 'De convenanten',
  none: 'Er is nog geen convenant.',
} as const;

/** The regisseur's button that opens a draft convenant for signing. */
export const CONVENANT_OPEN_BUTTON_TEXTS = {
  stale: 'Iemand anders heeft dit convenant intussen gewijzigd. De nieuwste gegevens staan hierboven; probeer het opnieuw.',
  notDraft: 'Openstellen is niet gelukt: het convenant is geen concept meer. Er is niets gewijzigd.',
  technicalError: 'Het is niet gelukt door een technische storing. Probeer het opnieuw.',
  open: 'Openstellen voor ondertekening',
  question: 'Na het openstellen kunnen alle {count} partijen „{title}” ondertekenen. De titel, looptijd, het budget en de partijen liggen dan vast.',
  confirm: 'Ja, openstellen',
} as const;

/** The providers that are party, in the new convenant form. */
export const CONVENANT_PARTIES_FIELD_TEXTS = {
  legend: 'Partijen',
  hint: 'De gemeente is altijd partij. Kies de aanbieders die meedoen.',
  errorPrefix: 'Fout: ',
} as const;

/** Who signs a convenant for which party, and when. */
export const CONVENANT_PARTIES_TABLE_TEXTS = {
  label: 'Partijen en handtekeningen: {title}',
  caption: 'Partijen en handtekeningen',
  empty: 'Geen partijen.',
  party: 'Partij',
  signedBy: 'Ondertekend door',
  on: 'Op',
  signerUnknown: 'Onbekend',
  signedNot: 'Nog niet ondertekend',
} as const;

/** Signing a convenant for one's own party. */
export const CONVENANT_SIGN_BUTTON_TEXTS = {
  alreadySigned: 'U heeft al ondertekend.',
  notOpen: 'Ondertekenen is niet gelukt: het convenant is niet (meer) open voor ondertekening. Er is niets opgeslagen.',
  technicalError: 'Ondertekenen is niet gelukt door een technische storing. Probeer het opnieuw.',
  declaration: 'Door te ondertekenen verklaart u namens {party} in te stemmen met dit convenant. Dit kan niet ongedaan worden gemaakt.',
  sign: 'Convenant ondertekenen namens {party}',
  question: 'U ondertekent als {name} namens {party} het convenant „{title}”. Uw handtekening kan daarna niet meer worden gewijzigd of verwijderd.',
  confirm: 'Ja, ik onderteken namens {party}',
} as const;

/** A representative's own arrangements per status on the home page. */
export const HOME_MY_ARRANGEMENTS_TEXTS = {
  title: 'Mijn arrangementen',
  what: 'De aantallen',
  table: 'Arrangementen van uw organisatie per status',
  status: 'Status',
  count: 'Aantal',
  all: 'Alle arrangementen',
  new: 'Nieuw arrangement',
} as const;

/** The page of a new arrangement, /arrangementen/nieuw. */
export const ARRANGEMENT_NEW_PAGE_TEXTS = {
  title: 'Nieuw arrangement',
  helpWhat:
    'Hier legt u een nieuw arrangement vast: de hulp die uw organisatie een inwoner gaat geven. U vult een sleutel in die alleen uw organisatie kent, nooit een naam of BSN. De gemeente ziet alleen cijfers, geen personen.',
  helpAfter: 'Na het opslaan kunt u het arrangement wijzigen, maandelijks rapporteren en beëindigen.',
  back: 'Terug naar mijn arrangementen',
  formTitle: 'Nieuw arrangement',
  submit: 'Arrangement opslaan',
  saving: 'Bezig met opslaan…',
} as const;

/** The page of one arrangement, /arrangementen/<id>. */
export const ARRANGEMENT_PAGE_TEXTS = {
  title: 'Arrangement',
  titleWithKey: 'Arrangement {clientKey}',
  helpWhat:
    'Een arrangement is de hulp die één inwoner krijgt van één aanbieder. Hier ziet u de afspraken, de maandrapportages en of er een netwerkplan (Eigen Kracht) is.',
  helpCosts: 'Geplande kosten zijn de kosten die vooraf zijn afgesproken. Gerealiseerde kosten zijn de optelsom van de maandrapportages.',
  helpOwn: ' U kunt het arrangement wijzigen, een rapportage toevoegen en het beëindigen.',
  helpReadOnly: ' U kunt deze gegevens alleen lezen.',
  backOwn: 'Terug naar mijn arrangementen',
  back: 'Terug naar de arrangementen',
  what: 'Het arrangement',
  notFound: 'Dit arrangement bestaat niet of hoort niet bij uw organisatie.',
  created: 'Het arrangement is aangemaakt.',
} as const;

/** The list of arrangements, /arrangementen. */
export const ARRANGEMENTS_PAGE_TEXTS = {
  titleOwn: 'Mijn arrangementen',
  title: 'Arrangementen',
  new: 'Nieuw arrangement',
  what: 'De arrangementen',
  pagerLabel: 'arrangementen',
} as const;

/** The overview page, /overzicht, and its filters. */
export const OVERVIEW_PAGE_TEXTS = {
  title: 'Overzicht algemene voorziening',
  fromInvalid: 'Vul een geldige begindatum in.',
  toInvalid: 'Vul een geldige einddatum in.',
  toBeforeFrom: 'De einddatum mag niet voor de begindatum liggen.',
  filtersLabel: 'Periode en aanbieder kiezen',
  from: 'Van',
  to: 'Tot en met',
  provider: 'Aanbieder',
  allProviders: 'Alle aanbieders',
  submit: 'Toon cijfers',
} as const;

/** The page of one proposal, /voorstellen/<id>. */
export const PROPOSAL_PAGE_TEXTS = {
  title: 'Voorstel',
  titleWithName: 'Voorstel: {title}',
  help: 'Hier volgt u één voorstel door de cyclus van zes weken. Bewoners, medewerkers en organisatie geven elk hun standpunt. Daarna valt het besluit in het beleidsoverleg, en in week 6 horen de bewoners wat er besloten is. Een datum in het rood is te laat.',
  back: 'Terug naar de voorstellen',
  what: 'Het voorstel',
  notFound: 'Dit voorstel bestaat niet.',
} as const;

/** The list of proposals, /voorstellen. */
export const PROPOSALS_PAGE_TEXTS = {
  title: 'Voorstellen',
  help: 'Op deze pagina staan alle voorstellen. Elk voorstel heeft vaste termijnen: na vier weken de standpunten, in week 5 het besluit en in week 6 de terugkoppeling aan bewoners. “Te laat” betekent dat een termijn vandaag voorbij is. Kies een voorstel om het te openen.',
  intro:
    'Voorstellen (aanbiedingsformulieren) in hun cyclus van zes weken: standpunten van bewoners, medewerkers en organisatie, het beleidsoverleg in week 5 en de terugkoppeling in week 6.',
  showAll: 'Toon alle voorstellen',
  showOverdue: 'Toon alleen voorstellen die vandaag te laat zijn',
  what: 'De voorstellen',
  captionOverdue: 'Voorstellen die vandaag te laat zijn',
  caption: 'Voorstellen',
  pagerLabel: 'voorstellen',
  urgent: 'Spoedvoorstel indienen',
} as const;

/** The page of one provider, /aanbieders/<id>. */
export const PROVIDER_PAGE_TEXTS = {
  title: 'Aanbieder',
  helpWhat: 'Deze pagina laat één aanbieder zien: wie het is, wat de aanbieder dit jaar deed en wie de aanbieder vertegenwoordigt.',
  helpFigures:
    'Actief zijn arrangementen die op een dag in de periode liepen. Wachttijd is het gemiddeld aantal dagen van aanvraag tot start. Budgetgebruik is het deel van het budget dat al aan gemelde kosten is uitgegeven.',
  back: 'Terug naar de aanbieders',
  what: 'De aanbieder',
  notFound: 'Deze aanbieder bestaat niet.',
  figures: 'Cijfers',
  overviewLink: 'Naar het overzicht van deze aanbieder, met andere perioden en downloads',
} as const;

/** The list of providers, /aanbieders. */
export const PROVIDERS_PAGE_TEXTS = {
  title: 'Aanbieders',
  helpWhat: 'De zorg-, welzijns- en vrijwilligersorganisaties die samen de algemene voorziening uitvoeren.',
  helpChoose: 'Kies een naam om de cijfers, arrangementen en vertegenwoordigers van die aanbieder te zien.',
  what: 'De aanbieders',
  pagerLabel: 'aanbieders',
} as const;
