import type { LoadersOf, NodeTypesOf, ServicesOf } from '../shared/module';
import { listModules } from './registry';
import { nodeModule } from './node/node.module';
import { municipalityModule } from './municipality/municipality.module';
import { providerModule } from './provider/provider.module';
import { userModule } from './user/user.module';
import { convenantModule } from './convenant/convenant.module';
import { arrangementModule } from './arrangement/arrangement.module';
import { monitorModule } from './monitor/monitor.module';
import { opgaveModule } from './opgave/opgave.module';
import { overlegModule } from './overleg/overleg.module';
import { decisionModule } from './decision/decision.module';
import { proposalModule } from './proposal/proposal.module';
import { participationModule } from './participation/participation.module';
import { atelierModule } from './atelier/atelier.module';
import { participantModule } from './participant/participant.module';
import { improvementTrackModule } from './improvement-track/improvement-track.module';
import { actionModule } from './action/action.module';
import { fundingModule } from './funding/funding.module';
import { annualPlanModule } from './annual-plan/annual-plan.module';
import { auditModule } from './audit/audit.module';
import { idempotencyModule } from './idempotency/idempotency.module';
import { attentionModule } from './attention/attention.module';
import { notificationModule } from './notification/notification.module';
import { calendarModule } from './calendar/calendar.module';
import { notificationPreferenceModule } from './notification-preference/notification-preference.module';
import { accessLinkModule } from './access-link/access-link.module';
import { sessionModule } from './session/session.module';
import { oidcModule } from './oidc/oidc.module';
import { opgaveSubmissionModule } from './opgave-submission/opgave-submission.module';
import { selectionModule } from './selection/selection.module';
import { budgetModule } from './budget/budget.module';
import { waitingListModule } from './waiting-list/waiting-list.module';
import { documentModule } from './document/document.module';
import { csvImportModule } from './csv-import/csv-import.module';
import { searchModule } from './search/search.module';
import { transformationModule } from './transformation/transformation.module';
import { maatwerkModule } from './maatwerk/maatwerk.module';
import { outcomeModule } from './outcome/outcome.module';
import { surveyModule } from './survey/survey.module';
import { retentionModule } from './retention/retention.module';
import { privacyRequestModule } from './privacy-request/privacy-request.module';
import { consentModule } from './consent/consent.module';

/**
 * Every module, once. A module comes after the modules whose tables its tables refer to: backups restore in this order.
 * Everything else that lists modules (schema, services, loaders, entities, global ids, `node`, audit trail, backups,
 * registry tests) is derived from here.
 */
export const modules = [
  nodeModule,
  municipalityModule,
  providerModule,
  userModule,
  convenantModule,
  arrangementModule,
  monitorModule,
  opgaveModule,
  overlegModule,
  decisionModule,
  proposalModule,
  participationModule,
  atelierModule,
  participantModule,
  improvementTrackModule,
  actionModule,
  fundingModule,
  annualPlanModule,
  auditModule,
  idempotencyModule,
  attentionModule,
  notificationModule,
  calendarModule,
  notificationPreferenceModule,
  accessLinkModule,
  sessionModule,
  oidcModule,
  opgaveSubmissionModule,
  selectionModule,
  budgetModule,
  waitingListModule,
  documentModule,
  csvImportModule,
  searchModule,
  transformationModule,
  maatwerkModule,
  outcomeModule,
  surveyModule,
  retentionModule,
  privacyRequestModule,
  consentModule,
] as const;
listModules(modules);

// For code outside the modules: importing these from here loads the list first.
export { declaredPermissions, declaredTables, moduleResolvers, nodeSources, tableOfEntity } from './registry';

export type ModuleServiceFactories = ServicesOf<typeof modules>;
export type ModuleLoaderFactories = LoadersOf<typeof modules>;
export type NodeType = NodeTypesOf<typeof modules>;
