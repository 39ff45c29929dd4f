/**
 * Demo data for Regiekamer: one fictional municipality directing an algemene voorziening run by ten fictional
 * providers, a convenant signed by every party and in force today, two years of arrangements with monthly reports, a few
 * opgaven with their teams, and the rhythm of overleg, proposals and actions around today (demo-rhythm.ts). All names of
 * people and organisations are invented.
 *
 * Deterministic: the same options give the same rows (apart from created_at and password hashes), so screenshots,
 * demos and benchmarks are repeatable. Bulk rows go in as multi-row INSERT ... SELECT FROM unnest(arrays), a few
 * thousand rows per statement, so that `--scale 100` stays within minutes.
 */
import type { Queryable } from '../api/src/db/database';
import type {
  ArrangementForm,
  ArrangementStatus,
  EndReason,
  GoalAttainment,
  ProductCategory,
} from '../api/src/modules/arrangement/arrangement.entity';
import type { MemberKind, OpgaveStatus } from '../api/src/modules/opgave/opgave.entity';
import type { ProviderKind } from '../api/src/modules/provider/provider.entity';
import type { Role } from '../api/src/modules/user/user.entity';
import { seedRhythm } from './demo-rhythm';
import { Random, addDays, addMonths, daysBetween, firstOfMonth, hash32, lastOfMonth, maxDate, minDate, toDayNumber } from './random';
import { seedSubmissions } from './demo-submissions';
import { seedRounds } from './demo-rounds';
import { seedTransformation } from './demo-transformation';
import { seedMaatwerk } from './demo-maatwerk';
import { seedOutcomes } from './demo-outcomes';
import { seedSurvey } from './demo-survey';

export interface SeedOptions {
  scale: number;
  demoPassword: string;
  /** 'YYYY-MM-DD', today in Europe/Amsterdam; every generated date is relative to it. */
  today: string;
  hashPassword: (p: string) => Promise<string>;
  log?: (msg: string) => void;
}

export interface SeedSummary {
  municipalityId: number;
  providers: number;
  arrangements: number;
  reports: number;
  users: { email: string; role: string; provider: string | null }[];
}

// The entity enums as string unions: type-checked against the schema without loading TypeORM at seed time.
export type Kind = `${ProviderKind}`;
type Category = `${ProductCategory}`;
type Form = `${ArrangementForm}`;
type Status = `${ArrangementStatus}`;
type Reason = `${EndReason}`;
type Attainment = `${GoalAttainment}`;
type UserRole = `${Role}`;
type OpgaveState = `${OpgaveStatus}`;
type Member = `${MemberKind}`;

export const ARRANGEMENTS_PER_SCALE = 300;
/** Rows per INSERT: big enough to amortise round trips, small enough to keep parameter arrays modest. */
const BATCH = 5000;

// ---------------------------------------------------------------------------------------------------------------
// Fixed demo cast

const MUNICIPALITY = { cbsCode: 'GM1999', name: 'Gemeente Lindeveld', inhabitants: 22_500 } as const;

export interface ProviderSeed {
  name: string;
  kind: Kind;
  kvk: string;
  agb: string | null;
  rep: string;
  /** Signed the convenant early (seven of ten); the others and the municipality signed last, three days ago. */
  signed: boolean;
}

// KvK and AGB numbers are made up (99/98 prefixes); AGB codes only for care providers, as in the Wmo.
export const PROVIDERS: readonly ProviderSeed[] = [
  { name: 'Zorggroep Lindehof', kind: 'CARE', kvk: '99012457', agb: '98001241', rep: 'Anouk Steenbergen', signed: true },
  { name: 'Stichting Veldzicht Begeleiding', kind: 'CARE', kvk: '99023618', agb: '98003375', rep: 'Gerrit Hofland', signed: true },
  { name: 'Zorgcoöperatie De Klaverhoek', kind: 'CARE', kvk: '99034729', agb: '98005519', rep: 'Fatima Bouzidi', signed: false },
  { name: 'Welzijn Lindeveld', kind: 'WELFARE', kvk: '99045830', agb: null, rep: 'Ruud Kamphorst', signed: true },
  { name: 'Stichting Buurtkracht Oosterbuurt', kind: 'WELFARE', kvk: '99056941', agb: null, rep: 'Nienke Wolterink', signed: true },
  { name: 'Jongerenwerk De Schakel', kind: 'WELFARE', kvk: '99067052', agb: null, rep: 'Mehmet Aydemir', signed: false },
  { name: 'Stichting Samen Thuis Lindeveld', kind: 'WELFARE', kvk: '99078163', agb: null, rep: 'Hanneke Zwiers', signed: true },
  { name: 'Vrijwilligerscentrale Lindeveld', kind: 'VOLUNTEER', kvk: '99089274', agb: null, rep: 'Olaf Tiemessen', signed: true },
  { name: 'Stichting Maatjes aan de Linde', kind: 'VOLUNTEER', kvk: '99090385', agb: null, rep: 'Priya Ramsaransing', signed: true },
  { name: 'Vereniging Burenhulp Zandakker', kind: 'VOLUNTEER', kvk: '99101496', agb: null, rep: 'Wilma Oosterveld', signed: false },
];

export const STAFF: readonly { email: string; name: string; role: UserRole }[] = [
  { email: 'regisseur@gemeente.example', name: 'Marloes Verhoef', role: 'REGISSEUR' },
  { email: 'analist@gemeente.example', name: 'Thijs Oudendijk', role: 'ANALYST' },
  { email: 'admin@gemeente.example', name: 'Ilse Brinkhorst', role: 'ADMIN' },
];

/** The people who take part themselves: a member of the client council, and a resident in the kerngroep and one team. */
const PARTICIPANTS: readonly { email: string; name: string; role: UserRole }[] = [
  { email: 'clientenraad@gemeente.example', name: 'Gerrit Wassenaar', role: 'CLIENT_COUNCIL' },
  { email: 'bewoner@gemeente.example', name: 'Fenna Kuipers', role: 'RESIDENT' },
];

export const CONVENANT = {
  title: 'Convenant Algemene Voorziening Begeleiding 2025-2028',
  startsOn: '2025-01-01',
  endsOn: '2028-12-31',
  budgetCents: 3_450_000_00,
} as const;

interface OpgaveSeed {
  title: string;
  area: string;
  description: string;
  status: OpgaveState;
  rung: number;
  team: { procesbegeleider: string; organisatiecoach: string } | null;
}

const OPGAVEN: readonly OpgaveSeed[] = [
  {
    title: 'Eenzaamheid onder ouderen in Oosterbuurt',
    area: 'Oosterbuurt',
    description:
      'Veel alleenwonende ouderen in Oosterbuurt komen weinig buiten en hebben nauwelijks contact met buren. Bewoners willen ontmoeting dichtbij huis organiseren.',
    status: 'IN_PROGRESS',
    rung: 3,
    team: { procesbegeleider: 'Saskia Roelofsen', organisatiecoach: 'Jeroen Valkema' },
  },
  {
    title: 'Een eigen plek voor jongeren in Zandakker',
    area: 'Zandakker',
    description:
      'Jongeren hangen bij gebrek aan een ontmoetingsplek rond het winkelcentrum; omwonenden ervaren overlast. Jongeren en buurt zoeken samen naar een plek die van hen is.',
    status: 'SELECTED',
    rung: 2,
    team: { procesbegeleider: 'Bram Eijkelkamp', organisatiecoach: 'Esther Grootveld' },
  },
  {
    title: 'Geldzorgen bij jonge gezinnen in Lindeveld-Centrum',
    area: 'Lindeveld-Centrum',
    description:
      'Steeds meer jonge gezinnen melden zich pas bij de schuldhulp als de problemen groot zijn. Ouders, school en maatschappelijk werk willen eerder signaleren en helpen.',
    status: 'IN_PROGRESS',
    rung: 2,
    team: { procesbegeleider: 'Lotte Hazenberg', organisatiecoach: 'Kees Wennekes' },
  },
  {
    title: 'Mantelzorgers in Hoeverdam lopen tegen hun grenzen aan',
    area: 'Hoeverdam',
    description:
      'Mantelzorgers in het dorp geven aan overbelast te raken. Samen met hen is een respijtregeling met vrijwilligers en een vast inloopmoment opgezet.',
    status: 'COMPLETED',
    rung: 4,
    team: { procesbegeleider: 'Daan Rikkerink', organisatiecoach: 'Chantal Overbeek' },
  },
  {
    title: 'Veilig naar school in Ter Wielen',
    area: 'Ter Wielen',
    description: 'Ouders maken zich zorgen over het verkeer rond de basisschool tijdens het halen en brengen.',
    status: 'COLLECTED',
    rung: 1,
    team: null,
  },
  {
    title: 'Het dorpshuis van De Molenhof weer tot leven brengen',
    area: 'De Molenhof',
    description:
      'Het dorpshuis staat grotendeels leeg. Een groep bewoners wil het zelf gaan beheren als ontmoetingsplek met activiteiten voor alle leeftijden.',
    status: 'COLLECTED',
    rung: 5,
    team: null,
  },
];

// Name parts for generated team members: common Dutch first names and less common surnames, combined at random.
export const FIRST_NAMES = [
  'Anke',
  'Bas',
  'Carla',
  'Dirk',
  'Eline',
  'Floor',
  'Gijs',
  'Hatice',
  'Inge',
  'Joost',
  'Karin',
  'Luuk',
  'Merel',
  'Noah',
  'Roos',
  'Pieter',
  'Renske',
  'Samira',
  'Tom',
  'Ilona',
  'Vera',
  'Wout',
  'Yara',
  'Zoë',
  'Jan',
  'Truus',
  'Henk',
  'Ayoub',
] as const;
export const SURNAMES = [
  'Achterberg',
  'Bleumink',
  'Coenradie',
  'Droogendijk',
  'Elshof',
  'Feenstra',
  'Gortemaker',
  'Harmsen',
  'IJzerman',
  'Jonkers',
  'Klaassens',
  'Kamsma-ten Hove',
  'Mensink',
  'Nijhof',
  'Oldenkamp',
  'Pelgrim',
  'Rozendaal',
  'Schuttevaer',
  'Tammeling',
  'Uiterwijk',
  'Veldhorst',
  'Wassink',
  'El Khatib',
  'Yıldız',
  'van Buuren',
  'ter Horst',
  'de Kruijf',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// seedDemo

/** Seeds an empty database with the demo. Throws when a municipality exists: it never mixes into real data. */
export async function seedDemo(db: Queryable, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => undefined);
  toDayNumber(options.today); // validates the date before anything is written
  const existing = await db.query<{ id: number }>('SELECT id FROM municipality LIMIT 1');
  if (existing.length > 0) throw new Error('seedDemo needs an empty database: a municipality already exists');

  const [municipality] = await db.query<{ id: number }>('INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ($1, $2, $3) RETURNING id', [
    MUNICIPALITY.cbsCode,
    MUNICIPALITY.name,
    MUNICIPALITY.inhabitants,
  ]);
  if (!municipality) throw new Error('municipality insert returned no row');
  const municipalityId = municipality.id;

  const providerRows = await db.query<{ id: number; name: string }>(
    `INSERT INTO provider (municipality_id, name, kind, kvk_number, agb_code)
     SELECT $1, t.name, t.kind, t.kvk, t.agb
       FROM unnest($2::text[], $3::provider_kind[], $4::text[], $5::text[]) WITH ORDINALITY AS t(name, kind, kvk, agb, ord)
      ORDER BY t.ord
     RETURNING id, name`,
    [municipalityId, PROVIDERS.map((p) => p.name), PROVIDERS.map((p) => p.kind), PROVIDERS.map((p) => p.kvk), PROVIDERS.map((p) => p.agb)],
  );
  const providerIds = new Map(providerRows.map((r) => [r.name, r.id]));
  const providerId = (name: string): number => {
    const id = providerIds.get(name);
    if (id === undefined) throw new Error(`provider not inserted: ${name}`);
    return id;
  };
  log(`seed: municipality ${MUNICIPALITY.name} and ${providerRows.length} providers`);

  // argon2 is deliberately slow; one hash shared by all demo users keeps seeding fast.
  const passwordHash = await options.hashPassword(options.demoPassword);
  const users = [
    ...[...STAFF, ...PARTICIPANTS].map((s) => ({ email: s.email, name: s.name, role: s.role, provider: null as string | null })),
    ...PROVIDERS.map((p) => ({
      email: `vertegenwoordiger@${slug(p.name)}.example`,
      name: p.rep,
      role: 'PROVIDER_REP',
      provider: p.name,
    })),
  ];
  const userRows = await db.query<{ id: number; email: string }>(
    `INSERT INTO app_user (municipality_id, email, name, role, provider_id, password_hash)
     SELECT $1, t.email, t.name, t.role, t.provider_id, $6
       FROM unnest($2::text[], $3::text[], $4::role[], $5::bigint[]) WITH ORDINALITY AS t(email, name, role, provider_id, ord)
      ORDER BY t.ord
     RETURNING id, email`,
    [
      municipalityId,
      users.map((u) => u.email.toLowerCase()),
      users.map((u) => u.name),
      users.map((u) => u.role),
      users.map((u) => (u.provider === null ? null : providerId(u.provider))),
      passwordHash,
    ],
  );
  const userIds = new Map(userRows.map((r) => [r.email, r.id]));
  log(`seed: ${userRows.length} users`);

  // The real lifecycle, which the triggers enforce: parties are fixed while DRAFT, then the convenant opens for
  // signing, then parties sign (a signature is written once, onto an unsigned party).
  const [convenant] = await db.query<{ id: number }>(
    `INSERT INTO convenant (municipality_id, title, status, version, starts_on, ends_on, budget_cents)
     VALUES ($1, $2, 'DRAFT', 1, $3, $4, $5) RETURNING id`,
    [municipalityId, CONVENANT.title, CONVENANT.startsOn, CONVENANT.endsOn, CONVENANT.budgetCents],
  );
  if (!convenant) throw new Error('convenant insert returned no row');
  const partyProviderIds = PROVIDERS.map((p) => providerId(p.name));
  await db.query(
    `INSERT INTO convenant_party (municipality_id, convenant_id, kind, provider_id)
     SELECT $1::bigint, $2::bigint, 'MUNICIPALITY'::party_kind, NULL::bigint
     UNION ALL
     SELECT $1, $2, 'PROVIDER', t.provider_id FROM unnest($3::bigint[]) AS t(provider_id)`,
    [municipalityId, convenant.id, partyProviderIds],
  );
  // Opened the day before the first signature below, so that the parties still unsigned are reminded as in real use.
  const openedOn = addDays(options.today, -(7 + 5 * PROVIDERS.filter((p) => p.signed).length));
  await db.query(`UPDATE convenant SET status = 'OPEN_FOR_SIGNING', opened_for_signing_on = $2 WHERE id = $1`, [convenant.id, openedOn]);
  // Signatures spread over the past weeks, the earliest first; the municipality and three providers sign in the demo.
  const signedProviders = PROVIDERS.filter((p) => p.signed);
  const signatures = signedProviders.map((p, order) => {
    const rep = userIds.get(`vertegenwoordiger@${slug(p.name)}.example`);
    if (rep === undefined) throw new Error(`representative not inserted for ${p.name}`);
    const day = addDays(options.today, -(6 + 5 * (signedProviders.length - order)));
    return { providerId: providerId(p.name), signedAt: `${day}T${String(8 + order).padStart(2, '0')}:30:00Z`, signedBy: rep };
  });
  await db.query(
    `UPDATE convenant_party cp SET signed_at = t.signed_at, signed_by_user_id = t.signed_by
       FROM unnest($2::bigint[], $3::timestamptz[], $4::bigint[]) AS t(provider_id, signed_at, signed_by)
      WHERE cp.convenant_id = $1 AND cp.provider_id = t.provider_id`,
    [convenant.id, signatures.map((s) => s.providerId), signatures.map((s) => s.signedAt), signatures.map((s) => s.signedBy)],
  );
  // The others and the municipality signed three days ago: arrangements start only under a convenant in force that
  // their provider signed, so the demo's convenant is in force today with every party.
  const lastDay = `${addDays(options.today, -3)}T09:00:00Z`;
  const regisseur = userIds.get('regisseur@gemeente.example');
  if (regisseur === undefined) throw new Error('regisseur not inserted');
  await db.query(
    `UPDATE convenant_party cp SET signed_at = $2, signed_by_user_id = COALESCE(
        (SELECT u.id FROM app_user u WHERE u.provider_id = cp.provider_id AND u.role = 'PROVIDER_REP' ORDER BY u.id LIMIT 1), $3)
      WHERE cp.convenant_id = $1 AND cp.signed_at IS NULL`,
    [convenant.id, lastDay, regisseur],
  );
  await db.query(`UPDATE convenant SET status = 'IN_FORCE', version = version + 1 WHERE id = $1`, [convenant.id]);
  // The budget divided per provider: each party 6% for begeleiding and 3% for dagbesteding, a tenth kept back.
  await db.query(
    `INSERT INTO budget_allocation (municipality_id, convenant_id, provider_id, product_category, amount_cents)
     SELECT $1, $2, t.provider_id, c.category::product_category, round($4::bigint * c.share)::bigint
       FROM unnest($3::bigint[]) AS t(provider_id)
      CROSS JOIN (VALUES ('BEGELEIDING', 0.06), ('DAGBESTEDING', 0.03)) AS c(category, share)`,
    [municipalityId, convenant.id, partyProviderIds, CONVENANT.budgetCents],
  );
  log(`seed: convenant with ${PROVIDERS.length + 1} parties, all signed, in force`);

  const { arrangements, reports } = await seedArrangements(db, { municipalityId, scale: options.scale, today: options.today, seed: 1, log });
  // Arrangements record the convenant in force on their start date (those that started before it have none).
  await db.query(
    `UPDATE arrangement a SET convenant_id = c.id FROM convenant c
      WHERE c.id = $1 AND a.municipality_id = c.municipality_id AND a.starts_on BETWEEN c.starts_on AND c.ends_on`,
    [convenant.id],
  );

  await seedOpgaven(db, municipalityId);
  log(`seed: ${OPGAVEN.length} opgaven`);
  await seedMemberships(db, municipalityId, userIds);

  const rhythm = await seedRhythm(db, municipalityId, options.today);
  log(`seed: ${rhythm.overleggen} overleggen, ${rhythm.proposals} proposals, ${rhythm.actions} actions`);
  await seedSubmissions(db, municipalityId);
  await seedRounds(db, municipalityId, options.today);
  const fundings = await seedTransformation(db, municipalityId, options.today);
  log(`seed: ${String(fundings)} funding agreements from care to welfare and volunteers`);
  // Maatwerk of the Wmo administration, declining from the month the algemene voorziening's arrangements begin.
  await seedMaatwerk(db, municipalityId, regisseur, options.today, firstOfMonth(addDays(options.today, -730)), options.scale);
  log(`seed: ${await seedOutcomes(db, municipalityId, options.today)} re-requests and the outcome thresholds`);
  await seedSurvey(db, municipalityId, options);

  return {
    municipalityId,
    providers: providerRows.length,
    arrangements,
    reports,
    users: users.map((u) => ({ email: u.email.toLowerCase(), role: u.role, provider: u.provider })),
  };
}

async function seedOpgaven(db: Queryable, municipalityId: number): Promise<void> {
  // Its own stream, so that changing the arrangement generator does not reshuffle the teams.
  const rng = new Random(hash32('opgaven'));
  const rows = await db.query<{ id: number; title: string }>(
    `INSERT INTO opgave (municipality_id, version, title, description, area, status, ownership_rung)
     SELECT $1, 1, t.title, t.description, t.area, t.status, t.rung
       FROM unnest($2::text[], $3::text[], $4::text[], $5::opgave_status[], $6::smallint[]) WITH ORDINALITY AS t(title, description, area, status, rung, ord)
      ORDER BY t.ord
     RETURNING id, title`,
    [
      municipalityId,
      OPGAVEN.map((o) => o.title),
      OPGAVEN.map((o) => o.description),
      OPGAVEN.map((o) => o.area),
      OPGAVEN.map((o) => o.status),
      OPGAVEN.map((o) => o.rung),
    ],
  );
  const opgaveIds = new Map(rows.map((r) => [r.title, r.id]));
  const withTeam = OPGAVEN.filter((o) => o.team !== null);
  const teams = await db.query<{ id: number; opgave_id: number }>(
    `INSERT INTO opgaveteam (municipality_id, opgave_id, procesbegeleider, organisatiecoach)
     SELECT $1, t.opgave_id, t.pb, t.coach FROM unnest($2::bigint[], $3::text[], $4::text[]) AS t(opgave_id, pb, coach)
     RETURNING id, opgave_id`,
    [
      municipalityId,
      withTeam.map((o) => opgaveIds.get(o.title) ?? null),
      withTeam.map((o) => o.team?.procesbegeleider ?? null),
      withTeam.map((o) => o.team?.organisatiecoach ?? null),
    ],
  );
  const teamByOpgave = new Map(teams.map((t) => [t.opgave_id, t.id]));

  const members: { teamId: number; name: string; kind: Member; organisation: string | null }[] = [];
  // Unique across teams too, so that a repeated name never looks like a deliberate double role.
  const used = new Set<string>();
  for (const opgave of withTeam) {
    const teamId = teamByOpgave.get(opgaveIds.get(opgave.title) ?? -1);
    if (teamId === undefined) throw new Error(`team not inserted for ${opgave.title}`);
    const size = rng.int(4, 7);
    const names = new Set<string>();
    while (names.size < size) {
      const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
      if (!used.has(name)) names.add(name);
      used.add(name);
    }
    // Residents first and in the majority: the teams are about deciding with residents, not about them.
    const residents = Math.ceil(size / 2) + (rng.chance(0.5) ? 1 : 0);
    [...names].forEach((name, i) => {
      const resident = i < Math.min(residents, size - 1);
      members.push({ teamId, name, kind: resident ? 'RESIDENT' : 'PROFESSIONAL', organisation: resident ? null : rng.pick(PROVIDERS).name });
    });
  }
  await db.query(
    `INSERT INTO opgaveteam_member (municipality_id, opgaveteam_id, name, kind, organisation)
     SELECT $1, t.team_id, t.name, t.kind, t.organisation
       FROM unnest($2::bigint[], $3::text[], $4::member_kind[], $5::text[]) AS t(team_id, name, kind, organisation)`,
    [municipalityId, members.map((m) => m.teamId), members.map((m) => m.name), members.map((m) => m.kind), members.map((m) => m.organisation)],
  );
}

/** The demo resident is in the kerngroep and in the first opgave's team (also on its member list, with her account). */
async function seedMemberships(db: Queryable, municipalityId: number, userIds: ReadonlyMap<string, number>): Promise<void> {
  const resident = userIds.get('bewoner@gemeente.example');
  const name = PARTICIPANTS.find((p) => p.email === 'bewoner@gemeente.example')?.name;
  if (resident === undefined || name === undefined) throw new Error('demo resident not inserted');
  const [team] = await db.query<{ id: number }>(`SELECT id FROM opgaveteam WHERE municipality_id = $1 ORDER BY id LIMIT 1`, [municipalityId]);
  if (!team) throw new Error('no opgaveteam for the demo resident');
  await db.query(
    `INSERT INTO participant_membership (municipality_id, user_id, group_kind, opgaveteam_id)
     VALUES ($1, $2, 'KERNGROEP', NULL), ($1, $2, 'OPGAVETEAM', $3)`,
    [municipalityId, resident, team.id],
  );
  await db.query(`INSERT INTO opgaveteam_member (municipality_id, opgaveteam_id, name, kind, user_id) VALUES ($1, $2, $3, 'RESIDENT', $4)`, [
    municipalityId,
    team.id,
    name,
    resident,
  ]);
  // Participants sign in by login link or password, as they choose: the demo allows links for both their roles.
  await db.query(`INSERT INTO login_link_role (municipality_id, role) VALUES ($1, 'CLIENT_COUNCIL'), ($1, 'RESIDENT') ON CONFLICT DO NOTHING`, [
    municipalityId,
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// seedArrangements

export interface ProviderRow {
  id: number;
  name: string;
  kind: Kind;
  rep_id: number | null;
}

export interface ArrangementSeed {
  providerId: number;
  repId: number;
  clientKey: string;
  status: Status;
  form: Form;
  category: Category;
  requestedOn: string;
  startsOn: string | null;
  endedOn: string | null;
  endReason: Reason | null;
  attainment: Attainment | null;
  hoursPerWeek: number;
  plannedCostCents: number;
  goals: string[];
  reports: ReportSeed[];
}

export interface ReportSeed {
  periodStart: string;
  periodEnd: string;
  hours: number;
  costCents: number;
  remarks: string | null;
}

/** How many arrangements a provider of each kind carries, relative to the others: the large care providers most. */
export const KIND_SHARE: Record<Kind, number> = { CARE: 3, WELFARE: 1.3, VOLUNTEER: 0.7 };

const KIND_CATEGORIES: Record<Kind, readonly (readonly [Category, number])[]> = {
  CARE: [
    ['BEGELEIDING', 60],
    ['DAGBESTEDING', 30],
    ['OVERIGE_ARRANGEMENTEN', 10],
  ],
  WELFARE: [
    ['GROEPSGERICHTE_ONDERSTEUNING', 40],
    ['BEGELEIDING', 25],
    ['OVERIGE_ARRANGEMENTEN', 35],
  ],
  VOLUNTEER: [
    ['GROEPSGERICHTE_ONDERSTEUNING', 50],
    ['OVERIGE_ARRANGEMENTEN', 50],
  ],
};

const CATEGORY_FORMS: Record<Category, readonly (readonly [Form, number])[]> = {
  BEGELEIDING: [
    ['INDIVIDUAL', 75],
    ['MIXED', 20],
    ['GROUP', 5],
  ],
  DAGBESTEDING: [
    ['GROUP', 80],
    ['MIXED', 20],
  ],
  GROEPSGERICHTE_ONDERSTEUNING: [
    ['GROUP', 70],
    ['MIXED', 30],
  ],
  OVERIGE_ARRANGEMENTEN: [
    ['INDIVIDUAL', 45],
    ['MIXED', 35],
    ['GROUP', 20],
  ],
};

/** Planned hours per week, before rounding to quarter hours. */
const CATEGORY_HOURS: Record<Category, readonly [number, number]> = {
  BEGELEIDING: [1, 6],
  DAGBESTEDING: [4, 12],
  GROEPSGERICHTE_ONDERSTEUNING: [2, 8],
  OVERIGE_ARRANGEMENTEN: [1, 5],
};

/** Hourly cost in cents: care is professional and individual care most expensive; volunteer work costs coordination. */
const HOURLY_CENTS: Record<Kind, Record<Form, number>> = {
  CARE: { INDIVIDUAL: 68_00, MIXED: 52_00, GROUP: 36_00 },
  WELFARE: { INDIVIDUAL: 52_00, MIXED: 40_00, GROUP: 26_00 },
  VOLUNTEER: { INDIVIDUAL: 15_00, MIXED: 12_00, GROUP: 9_00 },
};

const GOALS: Record<Category, readonly string[]> = {
  BEGELEIDING: [
    'Zelfstandig de administratie bijhouden',
    'Grip krijgen op schulden',
    'Een vast dagritme opbouwen',
    'Zelf boodschappen doen en koken',
    'Afspraken met instanties zelf nakomen',
    'Het huishouden op orde houden',
  ],
  DAGBESTEDING: [
    'Drie dagdelen per week zinvol bezig zijn',
    'Sociale contacten buiten huis onderhouden',
    'De mantelzorger ontlasten',
    'Vaardigheden opdoen richting vrijwilligerswerk',
  ],
  GROEPSGERICHTE_ONDERSTEUNING: [
    'Zich minder eenzaam voelen',
    'Wekelijks meedoen aan een groepsactiviteit',
    'Nieuwe mensen in de buurt leren kennen',
    'Ervaringen delen met lotgenoten',
  ],
  OVERIGE_ARRANGEMENTEN: [
    'Het eigen netwerk versterken',
    'Vervoer naar activiteiten zelf regelen',
    'Digitale vaardigheden verbeteren',
    'Het Eigen Kracht-plan met familie uitvoeren',
    'Veilig en langer thuis blijven wonen',
  ],
};

const END_REASONS: readonly (readonly [Reason, number])[] = [
  ['GOALS_ACHIEVED', 40],
  ['NO_LONGER_NEEDED', 20],
  ['REFERRED_ELSEWHERE', 12],
  ['CLIENT_WITHDREW', 10],
  ['MOVED_AWAY', 8],
  ['OTHER', 7],
  ['DECEASED', 3],
];
/** Reasons that cut an arrangement short of its planned duration. */
const EARLY_END = new Set<Reason>(['REFERRED_ELSEWHERE', 'CLIENT_WITHDREW', 'MOVED_AWAY', 'DECEASED', 'OTHER']);

const OCCASIONAL_REMARKS = ['Inwoner twee weken ziek', 'Vakantieperiode', 'Extra inzet na crisissituatie', 'Evaluatiegesprek gevoerd met netwerk'];

/**
 * Adds `300 * scale` arrangements with their monthly reports to an existing municipality, spread over its providers
 * that have a representative (reports need an author). `seed` varies the data between runs, deterministically.
 */
export async function seedArrangements(
  db: Queryable,
  options: { municipalityId: number; scale: number; today: string; seed?: number; log?: (m: string) => void },
): Promise<{ arrangements: number; reports: number }> {
  const { municipalityId, today } = options;
  const log = options.log ?? (() => undefined);
  if (!(Number.isFinite(options.scale) && options.scale > 0)) throw new Error('scale must be a positive number');
  toDayNumber(today);
  const total = Math.max(1, Math.round(ARRANGEMENTS_PER_SCALE * options.scale));

  const providers = (
    await db.query<ProviderRow>(
      `SELECT p.id, p.name, p.kind::text AS kind,
              (SELECT min(u.id) FROM app_user u WHERE u.provider_id = p.id AND u.role = 'PROVIDER_REP') AS rep_id
         FROM provider p WHERE p.municipality_id = $1 ORDER BY p.id`,
      [municipalityId],
    )
  ).filter((p): p is ProviderRow & { rep_id: number } => p.rep_id !== null);
  if (providers.length === 0) throw new Error(`municipality ${municipalityId} has no provider with a representative`);
  const providerWeights = providers.map((p) => [p, KIND_SHARE[p.kind]] as const);

  const rng = new Random(options.seed ?? 1);
  const clientKeys: string[] = [];
  let arrangementCount = 0;
  let reportCount = 0;

  // Generate, insert and link one batch at a time, so memory stays flat however large the scale.
  for (let done = 0; done < total; done += BATCH) {
    const batch: ArrangementSeed[] = [];
    for (let i = done; i < Math.min(total, done + BATCH); i++) {
      const provider = rng.weighted(providerWeights);
      // Some residents get a second arrangement, for instance begeleiding plus dagbesteding.
      const reuse = clientKeys.length > 0 && rng.chance(0.12);
      const clientKey = reuse ? rng.pick(clientKeys) : `K-${rng.base36(8)}`;
      if (!reuse) clientKeys.push(clientKey);
      batch.push(generateArrangement(rng, provider, clientKey, today));
    }

    const ids = await insertArrangements(db, municipalityId, batch);
    arrangementCount += batch.length;

    const reports: (ReportSeed & { arrangementId: number; providerId: number; repId: number })[] = [];
    batch.forEach((a, i) => {
      const arrangementId = ids[i];
      if (arrangementId === undefined) throw new Error('arrangement id missing');
      for (const r of a.reports) reports.push({ ...r, arrangementId, providerId: a.providerId, repId: a.repId });
    });
    for (let r = 0; r < reports.length; r += BATCH) {
      const chunk = reports.slice(r, r + BATCH);
      await db.query(
        `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, remarks, created_by_user_id)
         SELECT $1, t.* FROM unnest($2::bigint[], $3::bigint[], $4::date[], $5::date[], $6::numeric[], $7::bigint[], $8::text[], $9::bigint[]) AS t`,
        [
          municipalityId,
          chunk.map((x) => x.arrangementId),
          chunk.map((x) => x.providerId),
          chunk.map((x) => x.periodStart),
          chunk.map((x) => x.periodEnd),
          chunk.map((x) => x.hours),
          chunk.map((x) => x.costCents),
          chunk.map((x) => x.remarks),
          chunk.map((x) => x.repId),
        ],
      );
    }
    reportCount += reports.length;
    log(`seed: ${arrangementCount}/${total} arrangements, ${reportCount} reports`);
  }

  // Realised cost needs no statement here: the reports' trigger adds each report's cost to its arrangement.
  return { arrangements: arrangementCount, reports: reportCount };
}

/**
 * Inserts one batch and returns the ids in the batch's order. Identity values are taken in the order the rows
 * are inserted (ORDER BY ord), so sorting RETURNING by id restores that order; the check makes sure of it.
 */
async function insertArrangements(db: Queryable, municipalityId: number, batch: readonly ArrangementSeed[]): Promise<number[]> {
  const GOAL_SEPARATOR = '\n';
  const rows = await db.query<{ id: number; client_key: string; requested_on: string; provider_id: number }>(
    `INSERT INTO arrangement (municipality_id, provider_id, client_key, version, status, form, product_category, requested_on,
                              starts_on, ended_on, end_reason, goal_attainment, hours_per_week, planned_cost_cents, goals)
     SELECT $1, t.provider_id, t.client_key, 1, t.status, t.form, t.category, t.requested_on,
            t.starts_on, t.ended_on, t.end_reason, t.attainment, t.hours, t.planned, string_to_array(t.goals, $15)
       FROM unnest($2::bigint[], $3::text[], $4::arrangement_status[], $5::arrangement_form[], $6::product_category[], $7::date[],
                   $8::date[], $9::date[], $10::end_reason[], $11::goal_attainment[], $12::numeric[], $13::bigint[], $14::text[])
            WITH ORDINALITY AS t(provider_id, client_key, status, form, category, requested_on, starts_on, ended_on, end_reason,
                                 attainment, hours, planned, goals, ord)
      ORDER BY t.ord
     RETURNING id, client_key, requested_on, provider_id`,
    [
      municipalityId,
      batch.map((a) => a.providerId),
      batch.map((a) => a.clientKey),
      batch.map((a) => a.status),
      batch.map((a) => a.form),
      batch.map((a) => a.category),
      batch.map((a) => a.requestedOn),
      batch.map((a) => a.startsOn),
      batch.map((a) => a.endedOn),
      batch.map((a) => a.endReason),
      batch.map((a) => a.attainment),
      batch.map((a) => a.hoursPerWeek),
      batch.map((a) => a.plannedCostCents),
      batch.map((a) => a.goals.join(GOAL_SEPARATOR)),
      GOAL_SEPARATOR,
    ],
  );
  rows.sort((a, b) => a.id - b.id);
  if (rows.length !== batch.length) throw new Error(`inserted ${rows.length} of ${batch.length} arrangements`);
  rows.forEach((row, i) => {
    const a = batch[i];
    if (row.client_key !== a?.clientKey || row.requested_on !== a.requestedOn || row.provider_id !== a.providerId) {
      throw new Error('arrangement ids came back in an unexpected order; reports cannot be linked safely');
    }
  });
  return rows.map((r) => r.id);
}

/**
 * One arrangement's life so far: request (within `historyDays` before today), start after a waiting time, then running,
 * paused or ended, with reports.
 */
export function generateArrangement(
  rng: Random,
  provider: ProviderRow & { rep_id: number },
  clientKey: string,
  today: string,
  historyDays = 730,
): ArrangementSeed {
  const category = rng.weighted(KIND_CATEGORIES[provider.kind]);
  const form = rng.weighted(CATEGORY_FORMS[category]);
  const [minHours, maxHours] = CATEGORY_HOURS[category];
  const hoursPerWeek = clamp(quarter(rng.real(minHours, maxHours)), 1, 12);
  // Each provider has its own price level (stable per name), so that providers can be compared on cost.
  const rate = Math.round(HOURLY_CENTS[provider.kind][form] * (0.9 + (hash32(provider.name) % 21) / 100));
  const goals = rng.sample(GOALS[category], rng.int(1, 3));

  const requestedOn = rng.dateBetween(addDays(today, -historyDays), today);
  const waitDays = rng.weighted<readonly [number, number]>([
    [[0, 7], 35],
    [[8, 21], 35],
    [[22, 42], 20],
    [[43, 60], 10],
  ]);
  const plannedDays = rng.weighted<readonly [number, number]>(
    category === 'DAGBESTEDING'
      ? [
          [[120, 270], 20],
          [[270, 540], 40],
          [[540, 1100], 40],
        ]
      : [
          [[45, 120], 20],
          [[120, 270], 35],
          [[270, 540], 30],
          [[540, 1100], 15],
        ],
  );
  const planned = rng.int(plannedDays[0], plannedDays[1]);
  const plannedCostCents = Math.round((hoursPerWeek * rate * planned) / 7 / 100) * 100;
  const reason = rng.weighted(END_REASONS);
  const actualDays = Math.max(7, Math.round(planned * (EARLY_END.has(reason) ? rng.real(0.2, 0.8) : rng.real(0.85, 1.15))));
  const startsOn = addDays(requestedOn, rng.int(waitDays[0], waitDays[1]));
  const pauseRoll = rng.next();
  const variation = rng.next();

  const base = { providerId: provider.id, repId: provider.rep_id, clientKey, form, category, requestedOn, hoursPerWeek, plannedCostCents, goals };
  if (startsOn > today) {
    // Still waiting: only recent requests get here, since the wait is at most 60 days.
    return { ...base, status: 'REQUESTED', startsOn: null, endedOn: null, endReason: null, attainment: null, reports: [] };
  }
  const endedOn = addDays(startsOn, actualDays);
  if (endedOn <= today) {
    const attainment = reason === 'GOALS_ACHIEVED' ? (variation < 0.85 ? 'ACHIEVED' : 'PARTLY') : attainmentAfterEarlyEnd(reason, variation);
    return {
      ...base,
      status: 'ENDED',
      startsOn,
      endedOn,
      endReason: reason,
      attainment,
      reports: monthlyReports(rng, { startsOn, endedOn, hoursPerWeek, rate, pausedFrom: null }, today),
    };
  }
  // A pause needs some history first: only arrangements running for three months or more are paused.
  const paused = pauseRoll < 0.12 && daysBetween(startsOn, today) >= 90;
  const pausedFrom = paused ? firstOfMonth(addDays(today, -rng.int(20, 80))) : null;
  return {
    ...base,
    status: paused ? 'PAUSED' : 'ACTIVE',
    startsOn,
    endedOn: null,
    endReason: null,
    attainment: null,
    reports: monthlyReports(rng, { startsOn, endedOn: null, hoursPerWeek, rate, pausedFrom }, today),
  };
}

function attainmentAfterEarlyEnd(reason: Reason, roll: number): Attainment {
  if (reason === 'NO_LONGER_NEEDED') return roll < 0.5 ? 'ACHIEVED' : 'PARTLY';
  if (reason === 'CLIENT_WITHDREW' || reason === 'DECEASED') return roll < 0.3 ? 'PARTLY' : 'NOT_ACHIEVED';
  return roll < 0.2 ? 'ACHIEVED' : roll < 0.65 ? 'PARTLY' : 'NOT_ACHIEVED';
}

/**
 * One report per calendar month from the start month through the last full month before today (or the end
 * month): the first period starts on the start date, the last ends on the end date.
 */
function monthlyReports(
  rng: Random,
  a: { startsOn: string; endedOn: string | null; hoursPerWeek: number; rate: number; pausedFrom: string | null },
  today: string,
): ReportSeed[] {
  const lastFullMonthEnd = addDays(firstOfMonth(today), -1);
  const until = a.endedOn === null ? lastFullMonthEnd : minDate(a.endedOn, lastFullMonthEnd);
  const reports: ReportSeed[] = [];
  for (let month = firstOfMonth(a.startsOn); month <= until; month = addMonths(month, 1)) {
    const periodStart = maxDate(month, a.startsOn);
    const periodEnd = a.endedOn === null ? lastOfMonth(month) : minDate(lastOfMonth(month), a.endedOn);
    if (a.pausedFrom !== null && month >= a.pausedFrom) {
      // Nothing delivered while paused; the provider still reports the period (a nil report).
      reports.push({ periodStart, periodEnd, hours: 0, costCents: 0, remarks: 'Gepauzeerd op verzoek van de inwoner' });
      continue;
    }
    const days = daysBetween(periodStart, periodEnd) + 1;
    // Delivery varies around the plan: illness, holidays and the occasional extra effort.
    const hours = quarter((a.hoursPerWeek * days * rng.real(0.7, 1.1)) / 7);
    const remarks = rng.chance(0.06) ? rng.pick(OCCASIONAL_REMARKS) : null;
    reports.push({ periodStart, periodEnd, hours, costCents: Math.round(hours * a.rate), remarks });
  }
  return reports;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

/** Hours are planned and reported in quarter hours. */
function quarter(hours: number): number {
  return Math.round(hours * 4) / 4;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** 'Zorgcoöperatie De Klaverhoek' -> 'zorgcooperatie-de-klaverhoek', for e-mail domains. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
