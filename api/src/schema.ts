import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { ArrangementReportResolver, ArrangementResolver } from './modules/arrangement/arrangement.resolver';
import { ConvenantPartyResolver, ConvenantResolver } from './modules/convenant/convenant.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { OverviewResolver, ProviderFiguresResolver } from './modules/monitor/monitor.resolver';
import { OpgaveResolver, OpgaveteamMemberResolver, OpgaveteamResolver } from './modules/opgave/opgave.resolver';
import { ProviderResolver } from './modules/provider/provider.resolver';
import { UserResolver } from './modules/user/user.resolver';
import { OverlegAgendaItemResolver, OverlegParticipantResolver, OverlegResolver } from './modules/overleg/overleg.resolver';
import { DecisionResolver } from './modules/decision/decision.resolver';
import { ProposalPerspectiveResolver, ProposalResolver } from './modules/proposal/proposal.resolver';
import {
  OpgaveParticipationResolver,
  OpgaveRungChangeResolver,
  OpgaveSelectionResolver,
  ParticipationResolver,
} from './modules/participation/participation.resolver';
import { AtelierResolver, OpgaveAtelierResolver } from './modules/atelier/atelier.resolver';
import {
  ActionResolver,
  AtelierActionsResolver,
  DecisionActionsResolver,
  ImprovementTrackActionsResolver,
  OverlegActionsResolver,
} from './modules/action/action.resolver';
import { ImprovementTrackResolver } from './modules/improvement-track/improvement-track.resolver';
import { FundingAgreementResolver, FundingFlowResolver, FundingPositionResolver, OverviewFundingResolver } from './modules/funding/funding.resolver';
import { AnnualPlanResolver, QuarterReportResolver, ReviewAttendeeResolver } from './modules/annual-plan/annual-plan.resolver';
import { ArrangementNetworkPlanResolver, NetworkPlanResolver } from './modules/arrangement/network-plan.resolver';
import { AttentionResolver } from './modules/attention/attention.resolver';
import { Node } from './shared/graphql/node';
import { installLocalDateRange } from './shared/graphql/date-range';
import { answerViolationsAsUserErrors } from './shared/graphql/mutation-violations';

export const resolvers = [
  NodeResolver,
  UserResolver,
  ProviderResolver,
  ConvenantResolver,
  ConvenantPartyResolver,
  ArrangementResolver,
  ArrangementReportResolver,
  OpgaveResolver,
  OpgaveteamResolver,
  OpgaveteamMemberResolver,
  AuditResolver,
  OverlegResolver,
  OverlegParticipantResolver,
  OverlegAgendaItemResolver,
  DecisionResolver,
  ProposalResolver,
  ProposalPerspectiveResolver,
  ParticipationResolver,
  OpgaveParticipationResolver,
  OpgaveSelectionResolver,
  OpgaveRungChangeResolver,
  AtelierResolver,
  OpgaveAtelierResolver,
  ActionResolver,
  OverlegActionsResolver,
  AtelierActionsResolver,
  DecisionActionsResolver,
  ImprovementTrackActionsResolver,
  ImprovementTrackResolver,
  OverviewResolver,
  ProviderFiguresResolver,
  FundingAgreementResolver,
  FundingFlowResolver,
  FundingPositionResolver,
  OverviewFundingResolver,
  AnnualPlanResolver,
  QuarterReportResolver,
  ReviewAttendeeResolver,
  ArrangementNetworkPlanResolver,
  NetworkPlanResolver,
  AttentionResolver,
] as const;

let cached: Promise<GraphQLSchema> | null = null;

/**
 * Built once per process: type-graphql keeps its metadata globally. What is behaviour is applied here; the runtime
 * (graphql-runtime/, GRAPHQL_RUNTIME) may then make it faster, never different.
 */
export function getSchema(): Promise<GraphQLSchema> {
  installLocalDateRange();
  cached ??= buildSchema({
    resolvers,
    orphanedTypes: [Node],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    emitSchemaFile: false,
  }).then((schema) => {
    answerViolationsAsUserErrors(schema);
    return schema;
  });
  return cached;
}
