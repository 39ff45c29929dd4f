import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';

/**
 * Every root field and mutation, tried by every role. The expected outcome lives in this one table;
 * a field in the schema without an entry here fails the test, so nothing new ships without a decision.
 */
type Actor = 'anonymous' | FixtureUser;
type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const ACTORS: Actor[] = ['anonymous', 'regisseur', 'analyst', 'admin', 'repCare', 'repWelfare'];

interface Case {
  query: (t: TestApp) => { query: string; variables?: Record<string, unknown> };
  /** Outcome per actor; anonymous is always UNAUTHENTICATED unless given. */
  expect: Partial<Record<Actor, Outcome>>;
}

const ALL_READ: Partial<Record<Actor, Outcome>> = { regisseur: 'ok', analyst: 'ok', admin: 'ok', repCare: 'ok', repWelfare: 'ok' };
const ONLY = (...who: Actor[]): Partial<Record<Actor, Outcome>> =>
  Object.fromEntries(ACTORS.filter((a) => a !== 'anonymous').map((a) => [a, who.includes(a) ? 'ok' : 'FORBIDDEN']));

const arrangementInput = {
  clientKey: 'K-MATRIX',
  productCategory: 'BEGELEIDING',
  form: 'INDIVIDUAL',
  requestedOn: '2026-05-01',
  hoursPerWeek: 2,
  plannedCostCents: 1000,
};

const MATRIX: Record<string, Case> = {
  // Without a token `me` is null: a client asks it to learn whether it is signed in.
  'Query.me': { query: () => ({ query: '{ me { email } }' }), expect: { anonymous: 'ok', ...ALL_READ } },
  'Query.node': {
    query: (t) => ({ query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: gid('Provider', t.fixture.providers.care) } }),
    expect: ALL_READ,
  },
  'Query.providers': { query: () => ({ query: '{ providers { totalCount } }' }), expect: ALL_READ },
  'Query.convenants': { query: () => ({ query: '{ convenants { totalCount } }' }), expect: ALL_READ },
  'Query.arrangements': { query: () => ({ query: '{ arrangements { totalCount } }' }), expect: ALL_READ },
  'Query.opgaven': { query: () => ({ query: '{ opgaven { totalCount } }' }), expect: ALL_READ },
  'Query.opgaveteams': { query: () => ({ query: '{ opgaveteams { totalCount } }' }), expect: ALL_READ },
  'Query.auditTrail': {
    query: (t) => ({
      query: 'query ($id: ID!) { auditTrail(entityId: $id) { totalCount } }',
      variables: { id: gid('Provider', t.fixture.providers.care) },
    }),
    expect: ONLY('regisseur', 'admin'),
  },
  'Query.overview': {
    query: () => ({ query: '{ overview(period: { from: "2026-01-01", to: "2026-03-31" }) { arrangements { active } } }' }),
    expect: ALL_READ,
  },
  'Mutation.login': {
    query: () => ({ query: 'mutation { login(input: { email: "x@y.example", password: "z" }) { token } }' }),
    expect: { anonymous: 'ok', ...ALL_READ },
  },
  // With a wrong current password: every signed-in user may try, nothing changes.
  'Mutation.passwordChange': {
    query: () => ({
      query: 'mutation { passwordChange(input: { currentPassword: "not-it", newPassword: "a-long-new-password" }) { token } }',
    }),
    expect: ALL_READ,
  },
  'Mutation.convenantCreate': {
    query: (t) => ({
      query: 'mutation ($input: ConvenantInput!) { convenantCreate(input: $input) { userErrors { code } } }',
      variables: {
        input: {
          title: 'Matrix',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          budgetCents: 100,
          partyIds: [gid('Provider', t.fixture.providers.care)],
        },
      },
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.convenantOpenForSigning': {
    query: () => ({ query: `mutation { convenantOpenForSigning(id: "${gid('Convenant', 999999)}", version: 1) { userErrors { code } } }` }),
    expect: ONLY('regisseur'),
  },
  'Mutation.convenantSign': {
    query: () => ({ query: `mutation { convenantSign(id: "${gid('Convenant', 999999)}") { userErrors { code } } }` }),
    expect: ONLY('regisseur', 'repCare', 'repWelfare'),
  },
  'Mutation.arrangementCreate': {
    query: () => ({
      query: 'mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { userErrors { code } } }',
      variables: { input: arrangementInput },
    }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  'Mutation.arrangementUpdate': {
    query: () => ({ query: `mutation { arrangementUpdate(id: "${gid('Arrangement', 999999)}", version: 1, input: {}) { userErrors { code } } }` }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  'Mutation.arrangementEnd': {
    query: () => ({
      query: `mutation { arrangementEnd(id: "${gid('Arrangement', 999999)}", version: 1, input: { endedOn: "2026-06-01", endReason: OTHER, goalAttainment: PARTLY }) { userErrors { code } } }`,
    }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  'Mutation.arrangementReportAdd': {
    query: () => ({
      query: `mutation { arrangementReportAdd(arrangementId: "${gid('Arrangement', 999999)}", input: { periodStart: "2026-05-01", periodEnd: "2026-05-31", hoursDelivered: 1, costCents: 1 }) { userErrors { code } } }`,
    }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  'Mutation.opgaveCreate': {
    query: () => ({ query: 'mutation { opgaveCreate(input: { title: "Matrix", area: "Centrum", ownershipRung: 2 }) { userErrors { code } } }' }),
    expect: ONLY('regisseur'),
  },
  'Mutation.opgaveUpdate': {
    query: () => ({ query: `mutation { opgaveUpdate(id: "${gid('Opgave', 999999)}", version: 1, input: {}) { userErrors { code } } }` }),
    expect: ONLY('regisseur'),
  },
  'Mutation.opgaveteamCreate': {
    query: () => ({
      query: `mutation { opgaveteamCreate(input: { opgaveId: "${gid('Opgave', 999999)}", procesbegeleider: "P" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.opgaveteamMembersAdd': {
    query: () => ({
      query: `mutation { opgaveteamMembersAdd(input: { opgaveteamId: "${gid('Opgaveteam', 999999)}", members: [{ name: "N", kind: RESIDENT }] }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  // Participation: everyone reads; the regisseur runs meetings, the cycle, votes, ateliers, actions and tracks.
  'Query.overleggen': { query: () => ({ query: '{ overleggen { totalCount } }' }), expect: ALL_READ },
  'Query.proposals': { query: () => ({ query: '{ proposals(filter: { overdue: true }) { totalCount } }' }), expect: ALL_READ },
  'Query.actions': { query: () => ({ query: '{ actions(filter: { overdue: true }) { totalCount } }' }), expect: ALL_READ },
  // What needs attention: whoever acts on it; analysts read aggregates and act on nothing here.
  'Query.attention': { query: () => ({ query: '{ attention { kind } }' }), expect: ONLY('regisseur', 'admin', 'repCare', 'repWelfare') },
  'Query.improvementTracks': { query: () => ({ query: '{ improvementTracks { totalCount } }' }), expect: ALL_READ },
  'Query.podium': { query: () => ({ query: '{ podium(year: 2026) { status decisions { minorityPosition } } }' }), expect: ALL_READ },
  'Mutation.overlegCreate': {
    query: () => ({
      query: 'mutation { overlegCreate(input: { kind: PROVIDER_OVERLEG, title: "Matrix", heldOn: "2026-06-01" }) { userErrors { code } } }',
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.overlegUpdate': {
    query: () => ({ query: `mutation { overlegUpdate(id: "${gid('Overleg', 999999)}", version: 1, input: {}) { userErrors { code } } }` }),
    expect: ONLY('regisseur'),
  },
  'Mutation.overlegMinutesRecord': {
    query: () => ({
      query: `mutation { overlegMinutesRecord(id: "${gid('Overleg', 999999)}", version: 1, input: { minutes: "M" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  // Provider representatives take part in the overleg: they add agenda items.
  'Mutation.overlegAgendaItemAdd': {
    query: () => ({
      query: `mutation { overlegAgendaItemAdd(input: { overlegId: "${gid('Overleg', 999999)}", title: "T" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur', 'repCare', 'repWelfare'),
  },
  'Mutation.proposalSubmit': {
    query: () => ({ query: 'mutation { proposalSubmit(input: { title: "Matrix", submittedOn: "2026-06-01" }) { userErrors { code } } }' }),
    expect: ONLY('regisseur'),
  },
  // A representative speaks for the staff side only (tried here with STAFF; other sides are FORBIDDEN, see proposal-cycle).
  'Mutation.proposalPerspectiveRecord': {
    query: () => ({
      query: `mutation { proposalPerspectiveRecord(id: "${gid('Proposal', 999999)}", input: { perspective: STAFF, position: "P", consultedConstituency: true }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur', 'repCare', 'repWelfare'),
  },
  'Mutation.proposalDecide': {
    query: () => ({
      query: `mutation { proposalDecide(id: "${gid('Proposal', 999999)}", version: 1, input: { decidedOn: "2026-06-01", outcome: ADOPTED, text: "T", votesFor: 1, votesAgainst: 0, votesAbstain: 0 }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.proposalFeedbackRecord': {
    query: () => ({
      query: `mutation { proposalFeedbackRecord(id: "${gid('Proposal', 999999)}", input: { residentsMeetingOn: "2026-06-01", summary: "S" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.proposalClientCouncilCheck': {
    query: () => ({
      query: `mutation { proposalClientCouncilCheck(id: "${gid('Proposal', 999999)}", input: { checkedOn: "2026-06-01", verdict: INTERESTS_SERVED }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.opgavenSelect': {
    query: () => ({
      query: `mutation { opgavenSelect(input: { heldOn: "2026-06-01", seats: 1, ballots: [{ opgaveId: "${gid('Opgave', 999999)}", votes: 3 }] }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.atelierPlan': {
    query: () => ({
      query: `mutation { atelierPlan(input: { opgaveId: "${gid('Opgave', 999999)}", title: "A" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.atelierMeetingRecord': {
    query: () => ({
      query: `mutation { atelierMeetingRecord(input: { atelierId: "${gid('Atelier', 999999)}", kind: DESIGN, heldOn: "2026-06-01" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.atelierHoursLog': {
    query: () => ({
      query: `mutation { atelierHoursLog(input: { atelierId: "${gid('Atelier', 999999)}", workedOn: "2026-06-01", hours: 2 }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.atelierConclude': {
    query: () => ({
      query: `mutation { atelierConclude(id: "${gid('Atelier', 999999)}", version: 1, input: { outcome: "O", followUpDecision: "F" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.actionCreate': {
    query: () => ({
      query: `mutation { actionCreate(input: { title: "A", ownerName: "N", dueOn: "2026-07-01", sourceId: "${gid('Overleg', 999999)}" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  // The owner of an action closes it too; for an unknown action a representative gets NOT_FOUND (see ateliers-and-actions).
  'Mutation.actionComplete': {
    query: () => ({
      query: `mutation { actionComplete(id: "${gid('Action', 999999)}", version: 1, input: { closedOn: "2026-06-01" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur', 'repCare', 'repWelfare'),
  },
  'Mutation.actionDrop': {
    query: () => ({
      query: `mutation { actionDrop(id: "${gid('Action', 999999)}", version: 1, input: { closedOn: "2026-06-01" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur', 'repCare', 'repWelfare'),
  },
  'Mutation.improvementTrackStart': {
    query: () => ({ query: 'mutation { improvementTrackStart(input: { topic: "Matrix", startedOn: "2026-06-01" }) { userErrors { code } } }' }),
    expect: ONLY('regisseur'),
  },
  'Mutation.improvementTrackAdvance': {
    query: () => ({
      query: `mutation { improvementTrackAdvance(id: "${gid('ImprovementTrack', 999999)}", version: 1, input: { toStep: 2 }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.improvementTrackEvaluate': {
    query: () => ({
      query: `mutation { improvementTrackEvaluate(id: "${gid('ImprovementTrack', 999999)}", input: { evaluatedOn: "2026-06-01", findings: "F" }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  // Money: funding between providers is seen by the pair and the regisseur (analysts: totals in fundingFlows, read by all).
  'Query.fundingAgreements': { query: () => ({ query: '{ fundingAgreements { totalCount } }' }), expect: ONLY('regisseur', 'repCare', 'repWelfare') },
  'Query.fundingFlows': {
    query: () => ({ query: '{ fundingFlows(period: { from: "2026-01-01", to: "2026-12-31" }) { flows { agreedCents } positions { netCents } } }' }),
    expect: ALL_READ,
  },
  'Mutation.fundingAgreementPropose': {
    query: (t) => ({
      query: 'mutation ($input: FundingAgreementProposeInput!) { fundingAgreementPropose(input: $input) { userErrors { code } } }',
      variables: {
        input: {
          convenantId: gid('Convenant', 999999),
          toProviderId: gid('Provider', t.fixture.providers.volunteer),
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          amountCents: 100,
          purpose: 'Matrix',
        },
      },
    }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  'Mutation.fundingAgreementAgree': {
    query: () => ({ query: `mutation { fundingAgreementAgree(id: "${gid('FundingAgreement', 999999)}", version: 1) { userErrors { code } } }` }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  'Mutation.fundingAgreementEnd': {
    query: () => ({
      query: `mutation { fundingAgreementEnd(id: "${gid('FundingAgreement', 999999)}", version: 1, input: { endedOn: "2026-06-01" }) { userErrors { code } } }`,
    }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  'Mutation.fundingPaymentRecord': {
    query: () => ({
      query: `mutation { fundingPaymentRecord(input: { agreementId: "${gid('FundingAgreement', 999999)}", paidOn: "2026-06-01", amountCents: 1 }) { userErrors { code } } }`,
    }),
    expect: ONLY('repCare', 'repWelfare'),
  },
  // Annual plans and quarterly accountability: everyone reads (a representative their own and the municipality's part);
  // the regisseur adopts and reviews, a provider accounts for its own plan (the regisseur for the municipality's).
  'Query.annualPlans': { query: () => ({ query: '{ annualPlans { totalCount } }' }), expect: ALL_READ },
  'Query.quarterReports': {
    query: () => ({ query: '{ quarterReports(filter: { year: 2026, quarter: 1, verdict: ON_TRACK }) { totalCount } }' }),
    expect: ALL_READ,
  },
  // An invalid year: a user error, so that the matrix creates nothing.
  'Mutation.annualPlanCreate': {
    query: () => ({
      query:
        'mutation { annualPlanCreate(input: { year: 1900, goals: [{ title: "G", indicator: "I", target: 1 }], budgetLines: [{ title: "B", amountCents: 1 }] }) { userErrors { code } } }',
    }),
    expect: ONLY('regisseur', 'repCare', 'repWelfare'),
  },
  'Mutation.annualPlanAdopt': {
    query: () => ({ query: `mutation { annualPlanAdopt(id: "${gid('AnnualPlan', 999999)}", version: 1) { userErrors { code } } }` }),
    expect: ONLY('regisseur'),
  },
  'Mutation.quarterReportSubmit': {
    query: () => ({
      query: `mutation { quarterReportSubmit(input: { planId: "${gid('AnnualPlan', 999999)}", quarter: 1, goalProgress: [] }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur', 'repCare', 'repWelfare'),
  },
  'Mutation.quarterReportReview': {
    query: () => ({
      query: `mutation { quarterReportReview(id: "${gid('QuarterReport', 999999)}", version: 1, input: { reviewedOn: "2026-06-01", attendees: [{ name: "K", role: KERNGROEP }], verdict: ON_TRACK }) { userErrors { code } } }`,
    }),
    expect: ONLY('regisseur'),
  },
  'Mutation.arrangementNetworkPlanRecord': {
    query: () => ({
      query: `mutation { arrangementNetworkPlanRecord(arrangementId: "${gid('Arrangement', 999999)}", version: 1, input: { conferenceHeldOn: "2026-06-01", participantsCount: 5, coordinator: "C", planSummary: "P", decisionsOfNetwork: ["D"], professionalRole: "R" }) { userErrors { code } } }`,
    }),
    expect: ONLY('repCare', 'repWelfare'),
  },
};

const TABLES = [
  'convenant',
  'convenant_party',
  'arrangement',
  'arrangement_report',
  'opgave',
  'opgaveteam',
  'opgaveteam_member',
  'app_user',
  'provider',
  'overleg',
  'overleg_agenda_item',
  'proposal',
  'proposal_perspective',
  'decision',
  'opgave_selection',
  'atelier',
  'atelier_meeting',
  'atelier_hours',
  'action_item',
  'improvement_track',
  'improvement_track_evaluation',
  'funding_agreement',
  'funding_payment',
  'annual_plan',
  'quarter_report',
  'arrangement_network_plan',
];

describe('permission matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('has an entry for every root field and mutation in the schema', () => {
    const sdl = readFileSync(path.join(__dirname, '..', '..', 'packages', 'schema', 'schema.graphql'), 'utf8');
    const schema = buildSchema(sdl);
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(fields);
  });

  const snapshot = async (): Promise<number[]> => Promise.all(TABLES.map((table) => t.count(table)));

  for (const [field, entry] of Object.entries(MATRIX)) {
    for (const actor of ACTORS) {
      const expected: Outcome = entry.expect[actor] ?? 'UNAUTHENTICATED';
      it(`${field} by ${actor}: ${expected}`, async () => {
        const { query, variables } = entry.query(t);
        const token = actor === 'anonymous' ? null : await t.login(actor);
        const before = await snapshot();
        const res: GraphQLResponse<unknown> = await t.gql(query, variables, token);
        if (expected === 'ok') {
          expect(errorCodes(res)).toEqual([]);
        } else {
          expect(errorCodes(res)).toEqual([expected]);
          expect(await snapshot()).toEqual(before);
        }
      });
    }
  }
});
