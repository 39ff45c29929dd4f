/**
 * The proposals of the demo, one in each stage of the six-week cycle, and the actions that came out of the meetings.
 * Pure; the dates hang on the anchors of demo-rhythm.plan.ts, so every stage holds whatever day today is.
 */
import { addDays } from './random';
import { rep } from './demo-rhythm.meetings';
import {
  KERNGROEP,
  type ActionPlan,
  type Anchors,
  type Cast,
  type MeetingPlan,
  type PerspectivePlan,
  type ProposalPlan,
  type Side,
} from './demo-rhythm.plan';

interface Voice {
  side: Side;
  position: string;
  advice?: string;
}

/**
 * A side's perspective, recorded by that side: the residents' by the member of the client council, the staff's by a
 * representative, the organisation's by the regisseur.
 */
function voice(cast: Cast, v: Voice, recordedOn: string, staffRep: number): PerspectivePlan {
  return {
    side: v.side,
    position: v.position,
    advice: v.advice ?? null,
    consulted: v.side !== 'ORGANISATION',
    recordedBy: v.side === 'STAFF' ? rep(cast, staffRep).id : v.side === 'RESIDENTS' ? (cast.council ?? cast.regisseur).id : cast.regisseur.id,
    recordedOn,
  };
}

const RESPONSIBLE = (cast: Cast) => cast.regisseur.name;

export function planProposals(a: Anchors, cast: Cast): ProposalPlan[] {
  return [...upcomingProposals(a, cast), ...lastCycleProposals(a, cast), ...earlierProposals(a, cast)];
}

/** Cycle 0 (its beleidsoverleg is ahead) and the urgent one: waiting for perspectives, partly heard, ready to decide. */
function upcomingProposals(a: Anchors, cast: Cast): ProposalPlan[] {
  const r = cast.regisseur.id;
  const partly = addDays(a.beleid[0], -34);
  return [
    {
      key: 'c0:zaterdag',
      title: 'Inloopspreekuur ook op zaterdagochtend',
      description:
        'Werkende mantelzorgers en jongeren kunnen doordeweeks niet naar het inloopspreekuur. Voorstel: een proef van drie maanden met een zaterdagspreekuur in Wijkcentrum De Brug, bemand door welzijn en vrijwilligers.',
      submittedOn: addDays(a.beleid[0], -31),
      urgent: false,
      submittedBy: r,
      perspectives: [],
      decision: null,
      feedback: null,
      council: null,
      overdue: false,
    },
    {
      key: 'c0:vervoer',
      title: 'Vervoer naar de dagbesteding met vrijwilligers',
      description:
        'Het taxivervoer naar de dagbesteding is duur en star. Voorstel: vrijwilligers van de Vrijwilligerscentrale rijden een vaste route, de zorgaanbieders betalen de onkosten uit de onderlinge financiering.',
      submittedOn: partly,
      urgent: false,
      submittedBy: r,
      perspectives: [
        voice(cast, { side: 'ORGANISATION', position: 'Voor, mits de verzekering van de vrijwilligers goed geregeld is.' }, addDays(partly, 1), 0),
        voice(
          cast,
          { side: 'STAFF', position: 'Voor. Begeleiders zien nu dat cliënten te laat komen door de taxi.', advice: 'Begin met één route als proef.' },
          addDays(partly, 3),
          7,
        ),
      ],
      decision: null,
      feedback: null,
      council: null,
      overdue: false,
    },
    urgentProposal(a, cast),
  ];
}

function urgentProposal(a: Anchors, cast: Cast): ProposalPlan {
  const d = a.urgentSubmittedOn;
  return {
    key: 'adhoc:zandakker',
    title: 'Tijdelijke plek voor de groep in Zandakker',
    description:
      'Het buurthuis in Zandakker is na een lekkage voor minstens acht weken dicht. Twintig inwoners missen hun groepsbegeleiding. Voorstel: de groep tijdelijk onderbrengen in de kantine van de sportvereniging.',
    submittedOn: d,
    urgent: true,
    submittedBy: cast.regisseur.id,
    perspectives: [
      voice(
        cast,
        { side: 'RESIDENTS', position: 'Graag snel: de deelnemers willen hun groep niet kwijt. De kantine is voor iedereen bereikbaar.' },
        addDays(d, 1),
        5,
      ),
      voice(cast, { side: 'ORGANISATION', position: 'Voor; de huur past binnen het budget voor onvoorziene kosten.' }, addDays(d, 1), 5),
      voice(
        cast,
        { side: 'STAFF', position: 'Voor, met een vaste begeleider op de nieuwe plek.', advice: 'Zorg voor vervoer voor wie slecht ter been is.' },
        addDays(d, 2),
        5,
      ),
    ],
    // Awaiting the stances of the others (the client council and the kerngroep): the regisseur and the representative have given theirs.
    stances: [
      { userId: cast.regisseur.id, position: 'AGREE', reason: 'De groep blijft bij elkaar en de huur past in het budget.', recordedOn: addDays(d, 2) },
      { userId: rep(cast, 5).id, position: 'AGREE', reason: 'Met een vaste begeleider kan het meteen.', recordedOn: addDays(d, 2) },
    ],
    decision: null,
    feedback: null,
    council: null,
    overdue: false,
  };
}

/** Cycle -1: one decided and fed back to the residents; one held over at the beleidsoverleg, now late. */
function lastCycleProposals(a: Anchors, cast: Cast): ProposalPlan[] {
  const b = a.beleid[-1];
  const decided = addDays(b, -31);
  const heldOver = addDays(b, -29);
  return [
    {
      key: 'c-1:wachttijd',
      title: 'Wachttijd begeleiding naar hooguit drie weken',
      description:
        'Inwoners wachten nu gemiddeld vijf weken op begeleiding. Voorstel: de aanbieders nemen om de beurt nieuwe aanmeldingen aan, met een vaste verdeelsleutel per wijk.',
      submittedOn: decided,
      urgent: false,
      submittedBy: cast.regisseur.id,
      perspectives: [
        voice(cast, { side: 'STAFF', position: 'Voor, als de verdeelsleutel elk kwartaal wordt bekeken.' }, addDays(decided, 9), 1),
        voice(cast, { side: 'ORGANISATION', position: 'Voor. Past binnen het convenant.' }, addDays(decided, 12), 1),
        voice(cast, { side: 'RESIDENTS', position: 'Voor. Drie weken is nog lang voor wie vastloopt; maak een spoedroute.' }, a.kerngroep[-1], 1),
      ],
      decision: {
        meeting: 'B-1',
        decidedOn: b,
        outcome: 'ADOPTED',
        text: 'Vanaf volgende maand nemen de aanbieders nieuwe aanmeldingen om de beurt aan volgens de verdeelsleutel per wijk; de wachttijd wordt elke maand gemeten.',
        votes: [6, 1, 1],
        minorityPosition:
          'Een vaste verdeelsleutel past niet bij de vrije keuze van de inwoner voor een aanbieder; laat de inwoner kiezen en meet alleen de wachttijd.',
        responsible: RESPONSIBLE(cast),
      },
      feedback: {
        on: a.residents[-1],
        summary: 'Het besluit is toegelicht; bewoners vroegen om een spoedroute, die komt terug in het volgende beleidsoverleg.',
      },
      council: null,
      overdue: false,
    },
    {
      key: 'c-1:aanmeldpunt',
      title: 'Eén aanmeldpunt voor alle aanbieders',
      description:
        'Inwoners weten niet bij welke aanbieder ze moeten aankloppen. Voorstel: één telefoonnummer en één webformulier, bemand door Welzijn Lindeveld.',
      submittedOn: heldOver,
      urgent: false,
      submittedBy: cast.regisseur.id,
      perspectives: [
        voice(cast, { side: 'ORGANISATION', position: 'Voor; de kosten worden verdeeld naar aantal arrangementen.' }, addDays(heldOver, 6), 3),
        voice(cast, { side: 'RESIDENTS', position: 'Voor. Eén nummer dat ook in de avond bereikbaar is.' }, a.kerngroep[-1], 3),
      ],
      decision: null,
      feedback: null,
      council: null,
      overdue: true,
    },
  ];
}

/** Cycle -2: both decided, fed back and checked by the client council: the cycle is closed. */
function earlierProposals(a: Anchors, cast: Cast): ProposalPlan[] {
  const b = a.beleid[-2];
  const amended = addDays(b, -30);
  const rejected = addDays(b, -32);
  const all = (d: string, staffRep: number, residents: string, staff: string, organisation: string) => [
    voice(cast, { side: 'ORGANISATION', position: organisation }, addDays(d, 5), staffRep),
    voice(cast, { side: 'STAFF', position: staff }, addDays(d, 10), staffRep),
    voice(cast, { side: 'RESIDENTS', position: residents }, a.kerngroep[-2], staffRep),
  ];
  return [
    {
      key: 'c-2:contactpersoon',
      title: 'Vaste contactpersoon bij meer aanbieders',
      description:
        'Wie hulp krijgt van twee of meer aanbieders, vertelt zijn verhaal steeds opnieuw. Voorstel: de hoofdaanbieder wijst één vaste contactpersoon aan.',
      submittedOn: amended,
      urgent: false,
      submittedBy: cast.regisseur.id,
      perspectives: all(
        amended,
        2,
        'Voor; de inwoner kiest zelf wie de contactpersoon is.',
        'Voor, met tijd in de planning voor overleg tussen aanbieders.',
        'Voor.',
      ),
      decision: {
        meeting: 'B-2',
        decidedOn: b,
        outcome: 'AMENDED',
        text: 'Aangenomen met de wijziging van de kerngroep: de inwoner kiest de vaste contactpersoon zelf uit de betrokken aanbieders.',
        votes: [7, 0, 1],
        minorityPosition: null,
        responsible: RESPONSIBLE(cast),
      },
      feedback: { on: a.residents[-2], summary: 'Besluit toegelicht; veel instemming, vooral van mantelzorgers.' },
      council: { on: addDays(a.residents[-2], 14), verdict: 'INTERESTS_SERVED', remarks: null },
      overdue: false,
    },
    {
      key: 'c-2:bijdrage',
      title: 'Eigen bijdrage voor groepsactiviteiten invoeren',
      description: 'Voorstel: deelnemers aan groepsactiviteiten betalen twee euro per keer, om de activiteiten uit te kunnen breiden.',
      submittedOn: rejected,
      urgent: false,
      submittedBy: cast.regisseur.id,
      perspectives: all(
        rejected,
        4,
        'Tegen: juist de mensen die het hardst nodig hebben, haken dan af.',
        'Verdeeld; een kleine bijdrage maakt deelnemers betrokkener.',
        'Voor; het budget voor groepsactiviteiten is bijna op.',
      ),
      decision: {
        meeting: 'B-2',
        decidedOn: b,
        outcome: 'REJECTED',
        text: 'Verworpen. Er komt geen eigen bijdrage; de regisseur zoekt ruimte in de onderlinge financiering van de aanbieders.',
        votes: [2, 5, 1],
        minorityPosition:
          'Wie voor stemde: een kleine bijdrage houdt de activiteiten betaalbaar en maakt deelnemers betrokkener; wie het niet kan betalen, zou vrijstelling krijgen.',
        responsible: RESPONSIBLE(cast),
      },
      feedback: { on: a.residents[-2], summary: 'Het besluit is met instemming ontvangen.' },
      council: {
        on: addDays(a.residents[-2], 14),
        verdict: 'CONCERNS',
        remarks: 'De cliëntenraad vraagt hoe de groepsactiviteiten zonder eigen bijdrage betaald worden, en wil dat over een kwartaal terugzien.',
      },
      overdue: false,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Actions

/** Actions of the meetings held: recent ones open (one due tomorrow), one late, older ones done or dropped. */
export function planActions(a: Anchors, cast: Cast, meetings: readonly MeetingPlan[]): ActionPlan[] {
  const t = a.today;
  const held = (kind: MeetingPlan['kind']) =>
    meetings.filter((m) => m.kind === kind && m.heldOn < t).sort((x, y) => x.heldOn.localeCompare(y.heldOn));
  const providers = held('PROVIDER_OVERLEG');
  const [last, second, third] = [providers.at(-1), providers.at(-2), providers.at(-3)];
  const quarterly = held('QUARTERLY').at(-1);
  type Owner = Pick<ActionPlan, 'ownerUserId' | 'ownerName'>;
  const user = (i: number): Owner => ({ ownerUserId: rep(cast, i).id, ownerName: null });
  const regisseur: Owner = { ownerUserId: cast.regisseur.id, ownerName: null };
  const open = (m: MeetingPlan | undefined, title: string, owner: Owner, dueOn: string): ActionPlan[] =>
    m ? [{ title, source: { meeting: m.key }, ...owner, createdOn: m.heldOn, dueOn, status: 'OPEN', closedOn: null }] : [];
  const closed = (
    m: MeetingPlan | undefined,
    title: string,
    owner: Owner,
    due: number,
    after: number,
    status: 'DONE' | 'DROPPED' = 'DONE',
  ): ActionPlan[] =>
    m
      ? [
          {
            title,
            source: { meeting: m.key },
            ...owner,
            createdOn: m.heldOn,
            dueOn: addDays(m.heldOn, due),
            status,
            closedOn: minDay(addDays(m.heldOn, after), addDays(t, -1)),
          },
        ]
      : [];
  const meeting = (key: string) => meetings.find((m) => m.key === key);
  return [
    ...open(last, 'Cijfers over de wachttijd per aanbieder aanleveren', user(0), addDays(t, 1)),
    ...open(last, 'Agenda van het volgende aanbiedersoverleg rondsturen', regisseur, addDays(t, 4)),
    ...open(last, 'Voorstel maken voor de inzet van vrijwilligers in Zandakker', user(7), addDays(t, 9)),
    ...open(second, 'Afspraken over doorverwijzing naar de schuldhulp op papier zetten', user(1), addDays(t, -6)),
    ...closed(second, 'Ontbrekende rapportages van de vorige maand aanvullen', user(2), 14, 12),
    ...closed(third, 'Overzicht van openstaande vrijwilligersvacatures delen', user(8), 14, 9),
    ...closed(third, 'Gezamenlijke folder over de algemene voorziening laten drukken', regisseur, 30, 20, 'DROPPED'),
    ...open(meeting('B-1'), 'Standpunt van de medewerkers ophalen over één aanmeldpunt', user(3), addDays(t, 3)),
    ...closed(
      meeting('K-1'),
      'Achterban in Oosterbuurt vragen naar ervaringen met aanmelden',
      { ownerUserId: null, ownerName: KERNGROEP[0] ?? 'Kerngroeplid' },
      12,
      10,
    ),
    ...closed(meeting('R-1'), 'Verslag van de bewonersbijeenkomst in de wijkkrant zetten', regisseur, 7, 2),
    ...closed(
      quarterly,
      'Uitputting van het budget per aanbieder uitzoeken voor de directie',
      { ownerUserId: cast.analyst.id, ownerName: null },
      21,
      14,
    ),
    ...decisionAction(a, cast),
  ];
}

/** A decision is carried out: the one of the wachttijd proposal gets its follow-up. */
function decisionAction(a: Anchors, cast: Cast): ActionPlan[] {
  return [
    {
      title: 'Werkafspraak over de wachttijd opnemen in het convenant',
      source: { decisionOf: 'c-1:wachttijd' },
      ownerUserId: cast.regisseur.id,
      ownerName: null,
      createdOn: a.beleid[-1],
      dueOn: addDays(a.today, 20),
      status: 'OPEN',
      closedOn: null,
    },
  ];
}

const minDay = (x: string, y: string): string => (x < y ? x : y);
