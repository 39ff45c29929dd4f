import { Municipality } from '../modules/municipality/municipality.entity';
import { User } from '../modules/user/user.entity';
import { Provider } from '../modules/provider/provider.entity';
import { Convenant, ConvenantParty } from '../modules/convenant/convenant.entity';
import { Arrangement, ArrangementReport } from '../modules/arrangement/arrangement.entity';
import { Opgave, Opgaveteam, OpgaveteamMember } from '../modules/opgave/opgave.entity';
import { AccessLogEntry, AuditEntry } from '../modules/audit/audit.entity';
import { LoginAttempt } from '../modules/user/login-attempt.entity';
import { IdempotencyKey } from '../modules/idempotency/idempotency.entity';
import { Decision } from '../modules/decision/decision.entity';
import { Overleg, OverlegAgendaItem } from '../modules/overleg/overleg.entity';
import { Proposal, ProposalPerspective } from '../modules/proposal/proposal.entity';
import { OpgaveRungChange, OpgaveSelection } from '../modules/participation/participation.entity';
import { Atelier, AtelierHours, AtelierMeeting } from '../modules/atelier/atelier.entity';
import { ImprovementTrack, ImprovementTrackEvaluation } from '../modules/improvement-track/improvement-track.entity';
import { ActionItem } from '../modules/action/action.entity';
import { FundingAgreement, FundingPayment } from '../modules/funding/funding.entity';
import { AnnualPlan, QuarterReport } from '../modules/annual-plan/annual-plan.entity';
import { NetworkPlan } from '../modules/arrangement/network-plan.entity';
import { ReportSummary } from '../modules/monitor/report-summary.entity';

/** Every entity, listed explicitly so that the build and the tests see the same set. */
export const entities = [
  Municipality,
  User,
  Provider,
  Convenant,
  ConvenantParty,
  Arrangement,
  ArrangementReport,
  Opgave,
  Opgaveteam,
  OpgaveteamMember,
  AuditEntry,
  AccessLogEntry,
  LoginAttempt,
  IdempotencyKey,
  Overleg,
  OverlegAgendaItem,
  Decision,
  Proposal,
  ProposalPerspective,
  OpgaveSelection,
  OpgaveRungChange,
  Atelier,
  AtelierMeeting,
  AtelierHours,
  ImprovementTrack,
  ImprovementTrackEvaluation,
  ActionItem,
  FundingAgreement,
  FundingPayment,
  AnnualPlan,
  QuarterReport,
  NetworkPlan,
  ReportSummary,
];
