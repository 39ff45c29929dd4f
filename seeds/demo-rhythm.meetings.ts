/** The meetings of the demo's rhythm (see demo-rhythm.plan.ts for the calendar they follow). Pure. */
import { Random, addDays, addMonths, firstOfMonth, hash32 } from './random';
import {
  CYCLES,
  CYCLE_DAYS,
  FUTURE_DAYS,
  KERNGROEP,
  PAST_DAYS,
  inWindow,
  onOrAfter,
  workdayFrom,
  type Anchors,
  type Cast,
  type Cycle,
  type MeetingPlan,
  type Outcome,
  type Participant,
  type ProposalPlan,
} from './demo-rhythm.plan';

const CITY_HALL = 'Gemeentehuis Lindeveld, Raadzaal';
const MEETING_ROOM = 'Gemeentehuis Lindeveld, zaal De Linde';
const COMMUNITY_CENTRE = 'Wijkcentrum De Brug, Oosterbuurt';

/** A meeting's planning date: `lead` days before it, but never later than yesterday. */
const plannedBefore = (heldOn: string, lead: number, today: string): string => {
  const planned = addDays(heldOn, -lead);
  return planned < today ? planned : addDays(today, -1);
};

export const rep = (cast: Cast, i: number) => {
  const r = cast.reps[i % cast.reps.length];
  if (r === undefined) throw new Error('the demo rhythm needs at least one provider representative');
  return r;
};
export const professional = (name: string, organisation: string): Participant => ({ name, kind: 'PROFESSIONAL', organisation });
const resident = (name: string): Participant => ({ name, kind: 'RESIDENT', organisation: null });
export const residents = (from: number, count: number): Participant[] =>
  Array.from({ length: count }, (_, i) => resident(KERNGROEP[(from + i) % KERNGROEP.length] ?? 'Kerngroeplid'));

export function planMeetings(a: Anchors, cast: Cast, proposals: readonly ProposalPlan[]): MeetingPlan[] {
  const meetings: MeetingPlan[] = [];
  for (const k of CYCLES) meetings.push(...cycleMeetings(a, cast, k, proposals));
  meetings.push(...providerOverleggen(a, cast), ...quarterlyOverleggen(a, cast), podium(a, cast), adHoc(a, cast, proposals));
  return meetings.filter((m) => inWindow(m.heldOn, a.today));
}

/** The proposals decided (or to be decided) at the beleidsoverleg of cycle k: the ones whose week 5 falls on it. */
const decidedAt = (proposals: readonly ProposalPlan[], k: number) => proposals.filter((p) => p.key.startsWith(`c${k}:`));

/** The three meetings of one cycle: kerngroep (week 3-4), beleidsoverleg (week 5) and bewonersbijeenkomst (week 6). */
function cycleMeetings(a: Anchors, cast: Cast, k: Cycle, proposals: readonly ProposalPlan[]): MeetingPlan[] {
  const today = a.today;
  const [kerngroep, beleid, feedback] = [a.kerngroep[k], a.beleid[k], a.residents[k]];
  const own = decidedAt(proposals, k);
  const titles = own.map((p) => p.title);
  const held = (d: string) => d < today;
  const r = cast.regisseur.id;
  const staff = [rep(cast, 3), rep(cast, 0)].map((x) => professional(x.name, x.provider));
  return [
    {
      key: `K${k}`,
      kind: 'KERNGROEP',
      title: `Kerngroep bewoners ${dutchDate(kerngroep)}`,
      heldOn: kerngroep,
      plannedOn: plannedBefore(kerngroep, 28, today),
      location: COMMUNITY_CENTRE,
      participants: [...residents(k + 2, 6), professional('Saskia Roelofsen', 'procesbegeleider')],
      agenda: [...titles.map((t) => ({ title: `Standpunt bewoners: ${t}`, addedBy: r })), { title: 'Wat horen we van de achterban?', addedBy: r }],
      minutes: held(kerngroep) ? MINUTES.kerngroep(titles) : null,
    },
    {
      key: `B${k}`,
      kind: 'BELEIDSOVERLEG',
      title: `Beleidsoverleg ${dutchDate(beleid)}`,
      heldOn: beleid,
      plannedOn: plannedBefore(beleid, CYCLE_DAYS, today),
      location: CITY_HALL,
      participants: [professional(cast.regisseur.name, cast.municipality), ...staff, ...residents(k + 2, 2)],
      agenda: [...titles.map((t) => ({ title: `Besluit: ${t}`, addedBy: r })), { title: 'Rondvraag', addedBy: r }],
      minutes: held(beleid) ? MINUTES.beleid(own) : null,
    },
    {
      key: `R${k}`,
      kind: 'RESIDENTS_MEETING',
      title: `Bewonersbijeenkomst ${dutchDate(feedback)}`,
      heldOn: feedback,
      plannedOn: plannedBefore(feedback, 28, today),
      location: COMMUNITY_CENTRE,
      participants: [professional(cast.regisseur.name, cast.municipality), ...staff.slice(0, 1), ...residents(k + 3, 3)],
      agenda: [...titles.map((t) => ({ title: `Terugkoppeling: ${t}`, addedBy: r })), { title: 'Vragen uit de zaal', addedBy: r }],
      minutes: held(feedback) ? MINUTES.residents(titles) : null,
    },
  ];
}

const PROVIDER_TOPICS = [
  'Wachttijden per aanbieder',
  'Uitputting van het budget',
  'Ervaringen met het gezamenlijke aanmeldpunt',
  'Doorverwijzingen tussen zorg, welzijn en vrijwilligers',
  'Rapportages over de vorige maand',
  'Inzet van vrijwilligers in de wijken',
  'Signalen uit de opgaveteams',
  'Financiering van welzijn door de zorgaanbieders',
];

/** The provider overleg: every month on the first Thursday (a holiday moves it to the next workday). */
function providerOverleggen(a: Anchors, cast: Cast): MeetingPlan[] {
  const meetings: MeetingPlan[] = [];
  const rng = new Random(hash32('provider-overleg'));
  for (let month = firstOfMonth(addDays(a.today, -PAST_DAYS)); month <= addDays(a.today, FUTURE_DAYS); month = addMonths(month, 1)) {
    const heldOn = workdayFrom(onOrAfter(month, 3));
    const present = cast.reps.filter(() => rng.chance(0.85));
    const topics = rng.sample(PROVIDER_TOPICS, 3);
    const byRep = rep(cast, rng.int(0, cast.reps.length - 1));
    meetings.push({
      key: `P${month.slice(0, 7)}`,
      kind: 'PROVIDER_OVERLEG',
      title: `Aanbiedersoverleg ${MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`,
      heldOn,
      plannedOn: plannedBefore(heldOn, 28, a.today),
      location: MEETING_ROOM,
      participants: [professional(cast.regisseur.name, cast.municipality), ...present.map((x) => professional(x.name, x.provider))],
      agenda: [
        { title: 'Mededelingen en verslag vorige keer', addedBy: cast.regisseur.id },
        ...topics.map((title) => ({ title, addedBy: cast.regisseur.id })),
        { title: `Ingebracht door ${byRep.provider}: afstemming bij gezamenlijke cliënten`, addedBy: byRep.id },
      ],
      minutes: heldOn < a.today ? MINUTES.provider(topics) : null,
    });
  }
  return meetings;
}

/** After each quarter (the third Tuesday of January, April, July, October) the year plan and budget are accounted for. */
function quarterlyOverleggen(a: Anchors, cast: Cast): MeetingPlan[] {
  const meetings: MeetingPlan[] = [];
  for (let month = firstOfMonth(addDays(a.today, -PAST_DAYS)); month <= addDays(a.today, FUTURE_DAYS); month = addMonths(month, 1)) {
    const m = Number(month.slice(5, 7));
    if (m % 3 !== 1) continue;
    const heldOn = workdayFrom(addDays(onOrAfter(month, 1), 14));
    const quarter = m === 1 ? 4 : (m - 1) / 3;
    const year = m === 1 ? Number(month.slice(0, 4)) - 1 : Number(month.slice(0, 4));
    meetings.push({
      key: `Q${month.slice(0, 7)}`,
      kind: 'QUARTERLY',
      title: `Kwartaaloverleg Q${quarter} ${year}`,
      heldOn,
      plannedOn: plannedBefore(heldOn, 60, a.today),
      location: CITY_HALL,
      participants: [
        professional(cast.regisseur.name, cast.municipality),
        professional(cast.analyst.name, cast.municipality),
        ...[0, 1, 2].map((i) => professional(rep(cast, i).name, rep(cast, i).provider)),
        ...residents(4, 2),
      ],
      agenda: [
        { title: `Verantwoording jaarplannen en begroting Q${quarter}`, addedBy: cast.regisseur.id },
        { title: 'Kosten tegen het budget van het convenant', addedBy: cast.regisseur.id },
        { title: 'Inbreng van de kerngroep', addedBy: cast.regisseur.id },
      ],
      minutes: heldOn < a.today ? MINUTES.quarterly(quarter) : null,
    });
  }
  return meetings;
}

/** Once a year all opgaveteams show their progress on the stage; the next one is in about six weeks, on a Wednesday. */
function podium(a: Anchors, cast: Cast): MeetingPlan {
  const heldOn = workdayFrom(onOrAfter(addDays(a.today, 36), 2));
  return {
    key: 'PODIUM',
    kind: 'PODIUM',
    title: `Podium opgaven ${heldOn.slice(0, 4)}: wat de opgaveteams hebben bereikt`,
    heldOn,
    plannedOn: plannedBefore(heldOn, 90, a.today),
    location: 'Theater De Lindeboom',
    participants: [professional(cast.regisseur.name, cast.municipality), ...cast.coaches.map((c) => professional(c, 'procesbegeleider'))],
    agenda: [
      { title: 'Welkom door de wethouder', addedBy: cast.regisseur.id },
      { title: 'De opgaveteams presenteren hun voortgang', addedBy: cast.regisseur.id },
      { title: 'Gesprek met de zaal: welke opgaven kiezen we hierna?', addedBy: cast.regisseur.id },
    ],
    minutes: null,
  };
}

/** The ad hoc meeting of the urgent proposal: any party may ask for one, held within a week. */
function adHoc(a: Anchors, cast: Cast, proposals: readonly ProposalPlan[]): MeetingPlan {
  const urgent = proposals.find((p) => p.urgent);
  return {
    key: 'ADHOC',
    kind: 'AD_HOC',
    title: 'Ad hoc overleg: opvang groepsbegeleiding Zandakker',
    heldOn: a.adHoc,
    plannedOn: a.urgentSubmittedOn,
    location: MEETING_ROOM,
    participants: [professional(cast.regisseur.name, cast.municipality), professional(rep(cast, 5).name, rep(cast, 5).provider), ...residents(1, 2)],
    agenda: urgent ? [{ title: `Besluit: ${urgent.title}`, addedBy: cast.regisseur.id }] : [],
    minutes: null,
  };
}

export const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '2026-12-22' -> '22 december 2026'. */
export function dutchDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

const MINUTES = {
  kerngroep: (titles: readonly string[]) =>
    `De kerngroep besprak ${titles.length === 1 ? 'het voorstel' : 'de voorstellen'} ${titles.map((t) => `„${t}”`).join(' en ')}. ` +
    'De leden hadden vooraf hun achterban gesproken; het standpunt van de bewoners is opgeschreven en gaat naar het beleidsoverleg.',
  beleid: (own: readonly ProposalPlan[]) =>
    [
      'Aanwezig: de regisseur, medewerkers van twee aanbieders en twee leden van de kerngroep.',
      ...own.map((p) =>
        p.decision
          ? `„${p.title}”: ${OUTCOME_WORD[p.decision.outcome]} (${p.decision.votes.join('-')}).`
          : `„${p.title}”: aangehouden, het standpunt van de medewerkers ontbreekt nog.`,
      ),
      'De besluiten worden volgende week teruggekoppeld in de bewonersbijeenkomst.',
    ].join('\n'),
  residents: (titles: readonly string[]) =>
    `Ongeveer veertig bewoners waren er. De regisseur lichtte de besluiten toe over ${titles.map((t) => `„${t}”`).join(' en ') || 'de lopende voorstellen'}, ` +
    'met steun van de medewerkers en de kerngroep. Vragen uit de zaal zijn genoteerd en gaan mee naar het volgende beleidsoverleg.',
  provider: (topics: readonly string[]) =>
    `Besproken: ${topics.join('; ')}. De aanbieders delen hun cijfers voor de vijftiende van de maand; afspraken staan bij de acties.`,
  quarterly: (quarter: number) =>
    `De aanbieders legden verantwoording af over hun jaarplan en de begroting tot en met Q${quarter}. ` +
    'De uitgaven liggen op koers; de kerngroep vroeg aandacht voor de wachttijd bij begeleiding.',
};

export const OUTCOME_WORD: Record<Outcome, string> = { ADOPTED: 'aangenomen', REJECTED: 'verworpen', AMENDED: 'aangenomen met wijzigingen' };
