import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { calendarDateInAmsterdam } from '../../api/src/clock';
import { addDays } from '../../api/src/shared/local-date';
import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { declaredPermissions, declaredTables } from '../../api/src/modules';
import { Role } from '../../api/src/modules/user/user.entity';
import type { Access } from '../../api/src/shared/module';

/**
 * Every root field and mutation, tried by every role. Who may call it is declared once, by its module (`permissions`);
 * this table says how to call it. A field in the schema without both fails the test, so nothing new ships without a
 * decision.
 */
type Actor = 'anonymous' | FixtureUser;
type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const ACTORS: Actor[] = ['anonymous', 'regisseur', 'analyst', 'admin', 'repCare', 'repWelfare', 'council', 'resident'];

interface Case {
  query: (t: TestApp) => { query: string; variables?: Record<string, unknown> };
}

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
  'Query.me': { query: () => ({ query: '{ me { email } }' }) },
  'Query.node': {
    query: (t) => ({ query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: gid('Provider', t.fixture.providers.care) } }),
  },
  'Query.providers': { query: () => ({ query: '{ providers { totalCount } }' }) },
  'Query.convenants': { query: () => ({ query: '{ convenants { totalCount } }' }) },
  'Query.arrangements': { query: () => ({ query: '{ arrangements { totalCount } }' }) },
  'Query.opgaven': { query: () => ({ query: '{ opgaven { totalCount } }' }) },
  'Query.opgaveteams': { query: () => ({ query: '{ opgaveteams { totalCount } }' }) },
  'Query.auditTrail': {
    query: (t) => ({
      query: 'query ($id: ID!) { auditTrail(entityId: $id) { totalCount } }',
      variables: { id: gid('Provider', t.fixture.providers.care) },
    }),
  },
  'Query.overview': {
    query: () => ({ query: '{ overview(period: { from: "2026-01-01", to: "2026-03-31" }) { arrangements { active } } }' }),
  },
  'Mutation.login': {
    query: () => ({ query: 'mutation { login(input: { email: "x@y.example", password: "z" }) { token } }' }),
  },
  // With a wrong current password: every signed-in user may try, nothing changes.
  'Mutation.passwordChange': {
    query: () => ({
      query: 'mutation { passwordChange(input: { currentPassword: "not-it", newPassword: "a-long-new-password" }) { token } }',
    }),
  },
  // The second factor: a signed-in user's own; the login's steps take a challenge instead of a token (a wrong one here).
  'Query.secondFactorStatus': { query: () => ({ query: '{ secondFactorStatus { enabled } }' }) },
  'Mutation.secondFactorEnrolStart': {
    query: () => ({ query: 'mutation { secondFactorEnrolStart(input: { challenge: "not-a-challenge" }) { userErrors { code } } }' }),
  },
  'Mutation.secondFactorEnrolConfirm': {
    query: () => ({
      query: 'mutation { secondFactorEnrolConfirm(input: { challenge: "not-a-challenge", code: "000000" }) { userErrors { code } } }',
    }),
  },
  'Mutation.secondFactorDisable': { query: () => ({ query: 'mutation { secondFactorDisable(input: { password: "not-it" }) { disabled } }' }) },
  'Mutation.loginSecondFactor': {
    query: () => ({ query: 'mutation { loginSecondFactor(input: { challenge: "not-a-challenge", code: "000000" }) { token } }' }),
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
  },
  'Mutation.convenantOpenForSigning': {
    query: () => ({ query: `mutation { convenantOpenForSigning(id: "${gid('Convenant', 999999)}", version: 1) { userErrors { code } } }` }),
  },
  'Mutation.convenantSign': {
    query: () => ({ query: `mutation { convenantSign(id: "${gid('Convenant', 999999)}") { userErrors { code } } }` }),
  },
  'Mutation.arrangementCreate': {
    query: () => ({
      query: 'mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { userErrors { code } } }',
      variables: { input: arrangementInput },
    }),
  },
  'Mutation.arrangementUpdate': {
    query: () => ({ query: `mutation { arrangementUpdate(id: "${gid('Arrangement', 999999)}", version: 1, input: {}) { userErrors { code } } }` }),
  },
  'Mutation.arrangementEnd': {
    query: () => ({
      query: `mutation { arrangementEnd(id: "${gid('Arrangement', 999999)}", version: 1, input: { endedOn: "2026-06-01", endReason: OTHER, goalAttainment: PARTLY }) { userErrors { code } } }`,
    }),
  },
  'Mutation.arrangementReportAdd': {
    query: () => ({
      query: `mutation { arrangementReportAdd(arrangementId: "${gid('Arrangement', 999999)}", input: { periodStart: "2026-05-01", periodEnd: "2026-05-31", hoursDelivered: 1, costCents: 1 }) { userErrors { code } } }`,
    }),
  },
  'Mutation.opgaveCreate': {
    query: () => ({ query: 'mutation { opgaveCreate(input: { title: "Matrix", area: "Centrum", ownershipRung: 2 }) { userErrors { code } } }' }),
  },
  'Mutation.opgaveUpdate': {
    query: () => ({ query: `mutation { opgaveUpdate(id: "${gid('Opgave', 999999)}", version: 1, input: {}) { userErrors { code } } }` }),
  },
  'Mutation.opgaveteamCreate': {
    query: () => ({
      query: `mutation { opgaveteamCreate(input: { opgaveId: "${gid('Opgave', 999999)}", procesbegeleider: "P" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.opgaveteamMembersAdd': {
    query: () => ({
      query: `mutation { opgaveteamMembersAdd(input: { opgaveteamId: "${gid('Opgaveteam', 999999)}", members: [{ name: "N", kind: RESIDENT }] }) { userErrors { code } } }`,
    }),
  },
  // The teams' make-up: the regisseur.
  'Mutation.opgaveteamMemberRemove': {
    query: () => ({
      query: `mutation { opgaveteamMemberRemove(input: { opgaveteamId: "${gid('Opgaveteam', 999999)}", memberId: "1" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.opgaveteamUpdate': {
    query: () => ({
      query: `mutation { opgaveteamUpdate(id: "${gid('Opgaveteam', 999999)}", input: { organisatiecoach: "C" }) { userErrors { code } } }`,
    }),
  },
  // Inviting participants: the regisseur, and a team's procesbegeleider (staff or resident; the service checks the team).
  // An empty name is refused before the team is looked at.
  'Mutation.participantInvite': {
    query: () => ({
      query:
        'mutation { participantInvite(input: { email: "m@x.example", name: "", role: RESIDENT, memberships: [{ group: KERNGROEP }] }) { userErrors { code } } }',
    }),
  },
  'Query.myMemberships': { query: () => ({ query: '{ myMemberships { group } }' }) },
  // Participation: everyone reads; the regisseur runs meetings, the cycle, votes, ateliers, actions and tracks.
  'Query.overleggen': { query: () => ({ query: '{ overleggen { totalCount } }' }) },
  'Query.proposals': { query: () => ({ query: '{ proposals(filter: { overdue: true }) { totalCount } }' }) },
  'Query.actions': { query: () => ({ query: '{ actions(filter: { overdue: true }) { totalCount } }' }) },
  // What needs attention: whoever acts on it; analysts read aggregates and act on nothing here.
  'Query.attention': { query: () => ({ query: '{ attention { kind } }' }) },
  'Query.calendarFeed': { query: () => ({ query: '{ calendarFeed { createdAt } }' }) },
  'Mutation.calendarFeedRenew': { query: () => ({ query: 'mutation { calendarFeedRenew { path userErrors { code } } }' }) },
  'Mutation.calendarFeedRevoke': { query: () => ({ query: 'mutation { calendarFeedRevoke { userErrors { code } } }' }) },
  // Mailed links: used by whoever holds one; the requests with no address, so nothing is counted or mailed.
  // Setting the empty list: the default, so nothing changes.
  'Query.loginLinkRoles': { query: () => ({ query: '{ loginLinkRoles }' }) },
  'Mutation.loginLinkRolesSet': { query: () => ({ query: 'mutation { loginLinkRolesSet(input: { roles: [] }) { roles } }' }) },
  // Single sign-on: the login page's options for anyone; the ADMIN's setup with ids that do not exist or empty lists,
  // so nothing changes. The issuer with a URL that is refused, so none is added.
  'Query.signInOptions': { query: () => ({ query: '{ signInOptions { loginPath } }' }) },
  'Query.oidcSetup': { query: () => ({ query: '{ oidcSetup { redirectUrl } }' }) },
  'Mutation.oidcIssuerSave': {
    query: () => ({
      query:
        'mutation { oidcIssuerSave(input: { displayName: "X", issuerUrl: "http://idp.example", clientId: "c", clientSecret: "s" }) { userErrors { code } } }',
    }),
  },
  'Mutation.oidcIssuerDelete': { query: () => ({ query: 'mutation { oidcIssuerDelete(id: "999999") { deleted } }' }) },
  'Mutation.oidcRoleMappingAdd': {
    query: () => ({ query: 'mutation { oidcRoleMappingAdd(input: { claimValue: "", role: ANALYST }) { userErrors { code } } }' }),
  },
  'Mutation.oidcRoleMappingDelete': { query: () => ({ query: 'mutation { oidcRoleMappingDelete(id: "999999") { deleted } }' }) },
  'Mutation.passwordOffRolesSet': { query: () => ({ query: 'mutation { passwordOffRolesSet(input: { roles: [] }) { roles } }' }) },
  'Query.accessLink': { query: () => ({ query: '{ accessLink(purpose: INVITATION, secret: "x") { state } }' }) },
  'Mutation.userInvite': {
    query: () => ({ query: 'mutation { userInvite(input: { email: "geen-adres", name: "N", role: ANALYST }) { email userErrors { code } } }' }),
  },
  'Mutation.invitationAccept': {
    query: () => ({ query: 'mutation { invitationAccept(input: { secret: "x", password: "a-long-new-password" }) { token } }' }),
  },
  'Mutation.loginLinkRequest': { query: () => ({ query: 'mutation { loginLinkRequest(input: { email: "geen-adres" }) { accepted } }' }) },
  'Mutation.loginLinkRedeem': { query: () => ({ query: 'mutation { loginLinkRedeem(input: { secret: "x" }) { token } }' }) },
  'Mutation.passwordResetRequest': { query: () => ({ query: 'mutation { passwordResetRequest(input: { email: "geen-adres" }) { accepted } }' }) },
  'Mutation.passwordResetComplete': {
    query: () => ({ query: 'mutation { passwordResetComplete(input: { secret: "x", password: "a-long-new-password" }) { token } }' }),
  },
  'Query.improvementTracks': { query: () => ({ query: '{ improvementTracks { totalCount } }' }) },
  'Query.podium': { query: () => ({ query: '{ podium(year: 2026) { status decisions { minorityPosition } } }' }) },
  'Query.opgaveSelectionRounds': { query: () => ({ query: '{ opgaveSelectionRounds { id status myBallot options { title votes } } }' }) },
  'Mutation.overlegCreate': {
    query: () => ({
      query: 'mutation { overlegCreate(input: { kind: PROVIDER_OVERLEG, title: "Matrix", heldOn: "2026-06-01" }) { userErrors { code } } }',
    }),
  },
  'Mutation.overlegUpdate': {
    query: () => ({ query: `mutation { overlegUpdate(id: "${gid('Overleg', 999999)}", version: 1, input: {}) { userErrors { code } } }` }),
  },
  'Mutation.overlegCancel': {
    query: () => ({ query: `mutation { overlegCancel(id: "${gid('Overleg', 999999)}", version: 1) { userErrors { code } } }` }),
  },
  'Mutation.overlegMinutesRecord': {
    query: () => ({
      query: `mutation { overlegMinutesRecord(id: "${gid('Overleg', 999999)}", version: 1, input: { minutes: "M" }) { userErrors { code } } }`,
    }),
  },
  // Provider representatives take part in the overleg: they add agenda items.
  'Mutation.overlegAgendaItemAdd': {
    query: () => ({
      query: `mutation { overlegAgendaItemAdd(input: { overlegId: "${gid('Overleg', 999999)}", title: "T" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.proposalSubmit': {
    query: () => ({
      query: 'mutation { proposalSubmit(input: { title: "Matrix", submittedOn: "2026-06-01", urgent: true }) { userErrors { code } } }',
    }),
  },
  // Each side speaks for itself (an unknown proposal answers NOT_FOUND first; another side is FORBIDDEN, see proposal-cycle).
  'Mutation.proposalPerspectiveRecord': {
    query: () => ({
      query: `mutation { proposalPerspectiveRecord(id: "${gid('Proposal', 999999)}", input: { perspective: STAFF, position: "P", consultedConstituency: true }) { userErrors { code } } }`,
    }),
  },
  'Mutation.proposalDecide': {
    query: () => ({
      query: `mutation { proposalDecide(id: "${gid('Proposal', 999999)}", version: 1, input: { decidedOn: "2026-06-01", outcome: ADOPTED, text: "T", paperTally: { agree: 1, disagree: 0, abstain: 0 } }) { userErrors { code } } }`,
    }),
  },
  'Mutation.proposalStanceRecord': {
    query: () => ({
      query: `mutation { proposalStanceRecord(input: { proposalId: "${gid('Proposal', 999999)}", position: AGREE, reason: "R" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.decisionMinorityConfirm': {
    query: () => ({ query: `mutation { decisionMinorityConfirm(id: "${gid('Decision', 999999)}", input: {}) { userErrors { code } } }` }),
  },
  'Query.myTasks': { query: () => ({ query: '{ myTasks { kind dueOn } }' }) },
  'Mutation.overlegRolesSet': {
    query: () => ({ query: `mutation { overlegRolesSet(id: "${gid('Overleg', 999999)}", version: 1, input: {}) { userErrors { code } } }` }),
  },
  'Mutation.proposalFeedbackRecord': {
    query: () => ({
      query: `mutation { proposalFeedbackRecord(id: "${gid('Proposal', 999999)}", input: { residentsMeetingOn: "2026-06-01", summary: "S" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.proposalClientCouncilCheck': {
    query: () => ({
      query: `mutation { proposalClientCouncilCheck(id: "${gid('Proposal', 999999)}", input: { checkedOn: "2026-06-01", verdict: INTERESTS_SERVED }) { userErrors { code } } }`,
    }),
  },
  'Mutation.opgaveSelectionOpen': {
    query: () => ({
      query: `mutation { opgaveSelectionOpen(input: { opgaveIds: ["${gid('Opgave', 999998)}", "${gid('Opgave', 999999)}"], seats: 1, closesOn: "2026-06-30" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.opgaveBallotCast': {
    query: () => ({
      query: `mutation { opgaveBallotCast(input: { roundId: "${Buffer.from('OpgaveSelectionRound:999999').toString('base64url')}", opgaveIds: ["${gid('Opgave', 999999)}"] }) { userErrors { code } } }`,
    }),
  },
  'Mutation.opgaveSelectionPaperTally': {
    query: () => ({
      query: `mutation { opgaveSelectionPaperTally(input: { roundId: "${Buffer.from('OpgaveSelectionRound:999999').toString('base64url')}", note: "Avond", tallies: [{ opgaveId: "${gid('Opgave', 999999)}", votes: 2 }] }) { userErrors { code } } }`,
    }),
  },
  'Mutation.opgaveSelectionClose': {
    query: () => ({
      query: `mutation { opgaveSelectionClose(input: { roundId: "${Buffer.from('OpgaveSelectionRound:999999').toString('base64url')}" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.opgaveSelectionWisdomWrite': {
    query: () => ({
      query: `mutation { opgaveSelectionWisdomWrite(input: { roundId: "${Buffer.from('OpgaveSelectionRound:999999').toString('base64url')}", text: "Wijsheid" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.opgaveSelectionDecide': {
    query: () => ({
      query: `mutation { opgaveSelectionDecide(input: { roundId: "${Buffer.from('OpgaveSelectionRound:999999').toString('base64url')}" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.opgavenSelect': {
    query: () => ({
      query: `mutation { opgavenSelect(input: { heldOn: "2026-06-01", seats: 1, ballots: [{ opgaveId: "${gid('Opgave', 999999)}", votes: 3 }] }) { userErrors { code } } }`,
    }),
  },
  'Mutation.opgaveSelectionCancel': {
    query: () => ({
      query: `mutation { opgaveSelectionCancel(input: { roundId: "${Buffer.from('OpgaveSelectionRound:999999').toString('base64url')}", reason: "Gelijke stand" }) { userErrors { code } } }`,
    }),
  },
  'Query.overlegRoleCandidates': { query: () => ({ query: '{ overlegRoleCandidates { id } }' }) },
  'Query.opgaveSubmissions': { query: () => ({ query: '{ opgaveSubmissions { id title } }' }) },
  'Mutation.opgaveSubmissionPublish': {
    query: () => ({ query: `mutation { opgaveSubmissionPublish(id: "${gid('OpgaveSubmission', 999999)}") { userErrors { code } } }` }),
  },
  'Mutation.opgaveSubmissionMerge': {
    query: () => ({
      query: `mutation { opgaveSubmissionMerge(id: "${gid('OpgaveSubmission', 999999)}", opgaveId: "${gid('Opgave', 999999)}") { userErrors { code } } }`,
    }),
  },
  'Mutation.opgaveSubmissionDecline': {
    query: () => ({
      query: `mutation { opgaveSubmissionDecline(id: "${gid('OpgaveSubmission', 999999)}", reason: "Dubbel") { userErrors { code } } }`,
    }),
  },
  'Mutation.atelierPlan': {
    query: () => ({
      query: `mutation { atelierPlan(input: { opgaveId: "${gid('Opgave', 999999)}", title: "A" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.atelierMeetingRecord': {
    query: () => ({
      query: `mutation { atelierMeetingRecord(input: { atelierId: "${gid('Atelier', 999999)}", kind: DESIGN, heldOn: "2026-06-01" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.atelierHoursLog': {
    query: () => ({
      query: `mutation { atelierHoursLog(input: { atelierId: "${gid('Atelier', 999999)}", workedOn: "2026-06-01", hours: 2 }) { userErrors { code } } }`,
    }),
  },
  'Mutation.atelierConclude': {
    query: () => ({
      query: `mutation { atelierConclude(id: "${gid('Atelier', 999999)}", version: 1, input: { outcome: "O", followUpDecision: "F" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.actionCreate': {
    query: () => ({
      query: `mutation { actionCreate(input: { title: "A", ownerName: "N", dueOn: "2026-07-01", sourceId: "${gid('Overleg', 999999)}" }) { userErrors { code } } }`,
    }),
  },
  // The owner of an action closes it too; for an unknown action a representative gets NOT_FOUND (see ateliers-and-actions).
  'Mutation.actionComplete': {
    query: () => ({
      query: `mutation { actionComplete(id: "${gid('Action', 999999)}", version: 1, input: { closedOn: "2026-06-01" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.actionDrop': {
    query: () => ({
      query: `mutation { actionDrop(id: "${gid('Action', 999999)}", version: 1, input: { closedOn: "2026-06-01" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.improvementTrackStart': {
    query: () => ({ query: 'mutation { improvementTrackStart(input: { topic: "Matrix", startedOn: "2026-06-01" }) { userErrors { code } } }' }),
  },
  'Mutation.improvementTrackAdvance': {
    query: () => ({
      query: `mutation { improvementTrackAdvance(id: "${gid('ImprovementTrack', 999999)}", version: 1, input: { toStep: 2 }) { userErrors { code } } }`,
    }),
  },
  'Mutation.improvementTrackEvaluate': {
    query: () => ({
      query: `mutation { improvementTrackEvaluate(id: "${gid('ImprovementTrack', 999999)}", input: { evaluatedOn: "2026-06-01", findings: "F" }) { userErrors { code } } }`,
    }),
  },
  // Money: funding between providers is seen by the pair and the regisseur (analysts: totals in fundingFlows, read by all).
  'Query.fundingAgreements': { query: () => ({ query: '{ fundingAgreements { totalCount } }' }) },
  'Query.fundingFlows': {
    query: () => ({ query: '{ fundingFlows(period: { from: "2026-01-01", to: "2026-12-31" }) { flows { agreedCents } positions { netCents } } }' }),
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
  },
  'Mutation.fundingAgreementAgree': {
    query: () => ({ query: `mutation { fundingAgreementAgree(id: "${gid('FundingAgreement', 999999)}", version: 1) { userErrors { code } } }` }),
  },
  'Mutation.fundingAgreementEnd': {
    query: () => ({
      query: `mutation { fundingAgreementEnd(id: "${gid('FundingAgreement', 999999)}", version: 1, input: { endedOn: "2026-06-01" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.fundingPaymentRecord': {
    query: () => ({
      query: `mutation { fundingPaymentRecord(input: { agreementId: "${gid('FundingAgreement', 999999)}", paidOn: "2026-06-01", amountCents: 1 }) { userErrors { code } } }`,
    }),
  },
  // Annual plans and quarterly accountability: everyone reads (a representative their own and the municipality's part);
  // the regisseur adopts and reviews, a provider accounts for its own plan (the regisseur for the municipality's).
  'Query.annualPlans': { query: () => ({ query: '{ annualPlans { totalCount } }' }) },
  'Query.quarterReports': {
    query: () => ({ query: '{ quarterReports(filter: { year: 2026, quarter: 1, verdict: ON_TRACK }) { totalCount } }' }),
  },
  // An invalid year: a user error, so that the matrix creates nothing.
  'Mutation.annualPlanCreate': {
    query: () => ({
      query:
        'mutation { annualPlanCreate(input: { year: 1900, goals: [{ title: "G", indicator: "I", target: 1 }], budgetLines: [{ title: "B", amountCents: 1 }] }) { userErrors { code } } }',
    }),
  },
  'Mutation.annualPlanAdopt': {
    query: () => ({ query: `mutation { annualPlanAdopt(id: "${gid('AnnualPlan', 999999)}", version: 1) { userErrors { code } } }` }),
  },
  'Mutation.quarterReportSubmit': {
    query: () => ({
      query: `mutation { quarterReportSubmit(input: { planId: "${gid('AnnualPlan', 999999)}", quarter: 1, goalProgress: [] }) { userErrors { code } } }`,
    }),
  },
  'Mutation.quarterReportReview': {
    query: () => ({
      query: `mutation { quarterReportReview(id: "${gid('QuarterReport', 999999)}", version: 1, input: { reviewedOn: "2026-06-01", attendees: [{ name: "K", role: KERNGROEP }], verdict: ON_TRACK }) { userErrors { code } } }`,
    }),
  },
  'Mutation.arrangementNetworkPlanRecord': {
    query: () => ({
      query: `mutation { arrangementNetworkPlanRecord(arrangementId: "${gid('Arrangement', 999999)}", version: 1, input: { conferenceHeldOn: "2026-06-01", participantsCount: 5, coordinator: "C", planSummary: "P", decisionsOfNetwork: ["D"], professionalRole: "R" }) { userErrors { code } } }`,
    }),
  },
  // Each user's own notifications; the outbox is the administrator's.
  'Query.notifications': { query: () => ({ query: '{ notifications(unreadOnly: true) { totalCount } }' }) },
  'Mutation.notificationsMarkRead': {
    query: () => ({ query: 'mutation { notificationsMarkRead(input: { ids: ["999999"] }) { userErrors { code } } }' }),
  },
  'Query.outgoingMessages': { query: () => ({ query: '{ outgoingMessages(status: FAILED) { totalCount } }' }) },
  'Mutation.outgoingMessageResend': {
    query: () => ({ query: 'mutation { outgoingMessageResend(input: { id: "999999" }) { userErrors { code } } }' }),
  },
  // Users: the ADMIN manages the municipality's, the REGISSEUR those below ADMIN. A stale version: nothing changes.
  'Query.users': { query: () => ({ query: '{ users { totalCount } }' }) },
  'Mutation.userDeactivate': {
    query: (t) => ({
      query: 'mutation ($id: ID!) { userDeactivate(id: $id, version: 999) { userErrors { code } } }',
      variables: { id: gid('User', t.fixture.users.repCare) },
    }),
  },
  'Mutation.userReactivate': {
    query: (t) => ({
      query: 'mutation ($id: ID!) { userReactivate(id: $id, version: 999) { userErrors { code } } }',
      variables: { id: gid('User', t.fixture.users.repCare) },
    }),
  },
  'Mutation.userRoleChange': {
    query: (t) => ({
      query: 'mutation ($id: ID!) { userRoleChange(id: $id, version: 999, input: { role: ANALYST }) { userErrors { code } } }',
      variables: { id: gid('User', t.fixture.users.repCare) },
    }),
  },
  // Each user's own personal access tokens.
  'Query.personalAccessTokens': { query: () => ({ query: '{ personalAccessTokens { name } }' }) },
  'Mutation.personalAccessTokenCreate': {
    query: () => ({
      query: 'mutation ($on: LocalDate!) { personalAccessTokenCreate(input: { name: "Matrix", expiresOn: $on }) { userErrors { code } } }',
      variables: { on: addDays(calendarDateInAmsterdam(new Date()), 30) },
    }),
  },
  // Web sessions: a bearer token has none, so these end nothing here; another user's is NOT_FOUND.
  'Query.mySessions': { query: () => ({ query: '{ mySessions { id current } }' }) },
  'Mutation.sessionEnd': { query: () => ({ query: 'mutation { sessionEnd(input: { id: "999999" }) { userErrors { code } } }' }) },
  'Mutation.userSessionsEnd': {
    query: () => ({ query: `mutation { userSessionsEnd(input: { userId: "${gid('User', 999999)}" }) { userErrors { code } } }` }),
  },
  'Mutation.logout': { query: () => ({ query: 'mutation { logout { ended redirectTo } }' }) },
  'Mutation.sessionKeepAlive': { query: () => ({ query: 'mutation { sessionKeepAlive { idleExpiresAt } }' }) },
  'Mutation.personalAccessTokenRevoke': {
    query: () => ({ query: 'mutation { personalAccessTokenRevoke(id: "999999") { userErrors { code } } }' }),
  },
  'Mutation.fundingAgreementDecline': {
    query: () => ({
      query: `mutation { fundingAgreementDecline(id: "${gid('FundingAgreement', 999999)}", version: 1, input: { reason: "R" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.fundingAgreementWithdraw': {
    query: () => ({
      query: `mutation { fundingAgreementWithdraw(id: "${gid('FundingAgreement', 999999)}", version: 1, input: { reason: "R" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.quarterReportReopen': {
    query: () => ({
      query: `mutation { quarterReportReopen(id: "${gid('QuarterReport', 999999)}", version: 1, input: { reason: "R" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.arrangementReportCorrect': {
    query: () => ({
      query: `mutation { arrangementReportCorrect(reportId: "${gid('ArrangementReport', 999999)}", input: { reason: "Fout" }) { userErrors { code } } }`,
    }),
  },
  // Each user's own choices per kind of notification.
  'Query.notificationPreferences': { query: () => ({ query: '{ notificationPreferences { kind mode } }' }) },
  'Mutation.notificationPreferencesUpdate': {
    query: () => ({
      query: 'mutation { notificationPreferencesUpdate(input: { preferences: [{ kind: DAILY_DIGEST, mode: OFF }] }) { userErrors { code } } }',
    }),
  },
  // The convenant through its life and providers managed: unknown ids and an invalid KvK number change nothing.
  'Mutation.convenantAmendmentPropose': {
    query: () => ({
      query: `mutation { convenantAmendmentPropose(input: { convenantId: "${gid('Convenant', 999999)}", budgetCents: 1, reason: "R" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.convenantAmendmentSign': {
    query: () => ({ query: `mutation { convenantAmendmentSign(id: "${gid('ConvenantAmendment', 999999)}") { userErrors { code } } }` }),
  },
  'Mutation.convenantAmendmentWithdraw': {
    query: () => ({ query: `mutation { convenantAmendmentWithdraw(id: "${gid('ConvenantAmendment', 999999)}") { userErrors { code } } }` }),
  },
  'Mutation.convenantEnd': {
    query: () => ({
      query: `mutation { convenantEnd(input: { convenantId: "${gid('Convenant', 999999)}", endsOn: "2026-12-01", reason: "R" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.convenantRenew': {
    query: () => ({
      query: `mutation { convenantRenew(input: { convenantId: "${gid('Convenant', 999999)}", title: "T", startsOn: "2030-01-01", endsOn: "2030-12-31", budgetCents: 1 }) { userErrors { code } } }`,
    }),
  },
  'Mutation.providerCreate': {
    query: () => ({ query: 'mutation { providerCreate(input: { name: "Matrix", kind: CARE, kvkNumber: "1" }) { userErrors { code } } }' }),
  },
  'Mutation.providerUpdate': {
    query: () => ({
      query: `mutation { providerUpdate(id: "${gid('Provider', 999999)}", version: 1, input: { name: "M" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.providerDeactivate': {
    query: () => ({
      query: `mutation { providerDeactivate(input: { providerId: "${gid('Provider', 999999)}", reason: "R" }) { userErrors { code } } }`,
    }),
  },
  'Mutation.providerReactivate': {
    query: () => ({ query: `mutation { providerReactivate(id: "${gid('Provider', 999999)}") { userErrors { code } } }` }),
  },
  // Budget per provider: staff read (a representative their own), the regisseur allocates and reallocates.
  'Query.budgetAllocations': { query: () => ({ query: `{ budgetAllocations(convenantId: "${gid('Convenant', 999999)}") { id } }` }) },
  'Query.budgetReallocations': { query: () => ({ query: `{ budgetReallocations(convenantId: "${gid('Convenant', 999999)}") { amountCents } }` }) },
  'Mutation.budgetAllocationSet': {
    query: (t) => ({
      query: `mutation { budgetAllocationSet(input: { convenantId: "${gid('Convenant', 999999)}", providerId: "${gid('Provider', t.fixture.providers.care)}",
        productCategory: BEGELEIDING, amountCents: 100 }) { userErrors { code } } }`,
    }),
  },
  'Mutation.budgetReallocate': {
    query: () => ({
      query: `mutation { budgetReallocate(input: { from: "${gid('BudgetAllocation', 999998)}", to: "${gid('BudgetAllocation', 999999)}",
        amountCents: 100, decisionId: "${gid('Decision', 999999)}" }) { userErrors { code } } }`,
    }),
  },
  // The waiting list names clients one by one: the regisseur and the provider's own representative only.
  'Query.waitingList': { query: () => ({ query: '{ waitingList { normDays } }' }) },
  'Mutation.waitingListEntryUpdate': {
    query: () => ({
      query: `mutation { waitingListEntryUpdate(arrangementId: "${gid('Arrangement', 999999)}", input: { priority: HIGH, version: 0 }) { userErrors { code } } }`,
    }),
  },
  'Mutation.waitingNormSet': { query: () => ({ query: 'mutation { waitingNormSet(normDays: 42) { userErrors { code } } }' }) },
  // Everyone signed in may ask; the service allows only the uploader and the regisseur (documents.test.ts).
  'Mutation.documentDelete': {
    query: () => ({ query: `mutation { documentDelete(id: "${gid('Document', 999999)}") { userErrors { code } } }` }),
  },
  // Search: everyone, each within what their own lists show; the besluitenlijst: staff.
  'Query.search': { query: () => ({ query: '{ search(query: "buurthuis") { totalCount } }' }) },
  'Query.decisionList': { query: () => ({ query: '{ decisionList { totalCount } }' }) },
  // Substitution figures: the regisseur and analysts (protected); a representative their own provider.
  'Query.transformation': {
    query: () => ({ query: '{ transformation(period: { from: "2026-01-01", to: "2026-12-31" }) { periodTotals { kind activeArrangements } } }' }),
  },
  'Query.maatwerkSeries': {
    query: () => ({ query: '{ maatwerkSeries(period: { from: "2026-01-01", to: "2026-03-31" }) { buckets { maatwerk { clients } } } }' }),
  },
  // Outcomes: the regisseur and analysts (protected), a representative their own provider; thresholds and norms: the regisseur.
  'Query.transformationOutcomes': {
    query: () => ({ query: '{ transformationOutcomes(period: { from: "2026-01-01", to: "2026-03-31" }) { total { ended } } }' }),
  },
  'Query.transformationThresholds': { query: () => ({ query: '{ transformationThresholds { indicator } }' }) },
  'Mutation.transformationThresholdSet': {
    query: () => ({ query: 'mutation { transformationThresholdSet(input: { indicator: RE_REQUEST_RATE, value: 0.3 }) { userErrors { code } } }' }),
  },
  'Mutation.transformationThresholdRemove': {
    query: () => ({ query: 'mutation { transformationThresholdRemove(indicator: RE_REQUEST_RATE) { userErrors { code } } }' }),
  },
  'Mutation.durationNormSet': {
    query: () => ({ query: 'mutation { durationNormSet(productCategory: BEGELEIDING, normDays: 365) { userErrors { code } } }' }),
  },
  // The client experience survey: codes by representatives, answering by anyone with a code (survey.test.ts).
  'Mutation.surveyCodeIssue': {
    query: () => ({ query: `mutation { surveyCodeIssue(arrangementId: "${gid('Arrangement', 999999)}") { userErrors { code } } }` }),
  },
  'Query.surveyCodes': { query: () => ({ query: `{ surveyCodes(arrangementId: "${gid('Arrangement', 999999)}") { used } }` }) },
  'Query.surveyCode': { query: () => ({ query: '{ surveyCode(code: "22222-22222") { status } }' }) },
  'Mutation.surveySubmit': {
    query: () => ({
      query: 'mutation { surveySubmit(input: { code: "22222-22222", answers: [{ question: QUALITY_GOOD, answer: AGREE }] }) { accepted } }',
    }),
  },
  'Query.surveyResults': { query: () => ({ query: '{ surveyResults(year: 2026) { threshold } }' }) },
  // Consent per purpose (consent.test.ts): the regisseur records it for anyone, a participant their own.
  'Query.consentSubjects': { query: () => ({ query: '{ consentSubjects { kind id } }' }) },
  'Query.myConsents': { query: () => ({ query: '{ myConsents { id } }' }) },
  'Query.privacyOfficerContact': { query: () => ({ query: '{ privacyOfficerContact }' }) },
  'Mutation.consentGive': {
    query: () => ({ query: `mutation { consentGive(input: { subject: { kind: PARTICIPANT, id: "${gid('User', 999999)}" }, purpose: PUBLIC_NAME }) { userErrors { code } } }` }),
  },
  'Mutation.consentWithdraw': { query: () => ({ query: 'mutation { consentWithdraw(input: { id: "999999" }) { userErrors { code } } }' }) },
  'Query.surveyOpenAnswers': { query: () => ({ query: '{ surveyOpenAnswers(year: 2026) { id } }' }) },
  'Mutation.surveyAnswerMask': {
    query: () => ({
      query: 'mutation { surveyAnswerMask(answerId: "00000000-0000-4000-8000-000000000000", input: { phrases: [], quote: false }) { userErrors { code } } }',
    }),
  },
  // Residents' requests (AVG): the regisseur handles them, a representative links the client (privacy-requests.test.ts).
  'Query.privacyRequests': { query: () => ({ query: '{ privacyRequests { id } }' }) },
  'Mutation.privacyRequestRecord': {
    query: (t) => ({
      query: `mutation ($input: PrivacyRequestRecordInput!) { privacyRequestRecord(input: $input) { userErrors { code } } }`,
      // Received after today: refused by its rule, nothing is recorded.
      variables: {
        input: { providerId: gid('Provider', t.fixture.providers.care), kind: 'ACCESS', receivedOn: '2099-01-01', identityMethod: 'DIGID', identityVerifiedOn: '2099-01-01' },
      },
    }),
  },
  'Mutation.privacyRequestExtend': {
    query: () => ({ query: `mutation { privacyRequestExtend(id: "${gid('PrivacyRequest', 999999)}", input: { reason: "x", version: 1 }) { userErrors { code } } }` }),
  },
  'Mutation.privacyRequestLinkClient': {
    query: () => ({
      query: `mutation { privacyRequestLinkClient(id: "${gid('PrivacyRequest', 999999)}", input: { noDataHeld: true, version: 1 }) { userErrors { code } } }`,
    }),
  },
  'Mutation.privacyRequestCompile': {
    query: () => ({ query: `mutation { privacyRequestCompile(id: "${gid('PrivacyRequest', 999999)}", version: 1) { userErrors { code } } }` }),
  },
  'Mutation.privacyRequestDecide': {
    query: () => ({
      query: `mutation { privacyRequestDecide(id: "${gid('PrivacyRequest', 999999)}", input: { decision: REFUSED, legalGround: UAVG_41_RESTRICTION, version: 1 }) { userErrors { code } } }`,
    }),
  },
};

/** Tables a refused call must leave alone: every module's, except the logs that record the attempt itself. */
const LOGS = ['audit_log', 'access_log', 'login_attempt', 'idempotency_key'];
const TABLES = declaredTables()
  .map((d) => d.table)
  .filter((table) => !LOGS.includes(table));

/** Who each actor is to the modules' declared permissions (`permissions` in each `<module>.module.ts`). */
const ACCESS_OF: Record<Actor, Access> = {
  anonymous: 'ANONYMOUS',
  regisseur: Role.REGISSEUR,
  analyst: Role.ANALYST,
  admin: Role.ADMIN,
  repCare: Role.PROVIDER_REP,
  repWelfare: Role.PROVIDER_REP,
  repVolunteer: Role.PROVIDER_REP,
  council: Role.CLIENT_COUNCIL,
  resident: Role.RESIDENT,
};

function expectedOutcome(field: string, actor: Actor): Outcome {
  if (declaredPermissions().get(field)?.includes(ACCESS_OF[actor])) return 'ok';
  return actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

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
    expect([...declaredPermissions().keys()].sort()).toEqual(fields);
  });

  const snapshot = (): Promise<number[]> => t.counts(TABLES);

  for (const [field, entry] of Object.entries(MATRIX)) {
    for (const actor of ACTORS) {
      const expected = expectedOutcome(field, actor);
      it(`${field} by ${actor}: ${expected}`, async () => {
        const { query, variables } = entry.query(t);
        const token = actor === 'anonymous' ? null : await t.login(actor);
        // Only a refusal is compared with what was there before.
        const before = expected === 'ok' ? null : await snapshot();
        const res: GraphQLResponse<unknown> = await t.gql(query, variables, token);
        if (before === null) {
          expect(errorCodes(res)).toEqual([]);
        } else {
          expect(errorCodes(res)).toEqual([expected]);
          expect(await snapshot()).toEqual(before);
        }
      });
    }
  }
});
