import type { Clock } from './clock';
import type { RequestDb } from './db/request-db';
import { AuditService } from './modules/audit/audit.service';
import { ProviderService } from './modules/provider/provider.service';
import { ConvenantService } from './modules/convenant/convenant.service';
import { ArrangementService } from './modules/arrangement/arrangement.service';
import { OpgaveService } from './modules/opgave/opgave.service';
import { OverlegService } from './modules/overleg/overleg.service';
import { ProposalService } from './modules/proposal/proposal.service';
import { ParticipationService } from './modules/participation/participation.service';
import { AtelierService } from './modules/atelier/atelier.service';
import { ActionService } from './modules/action/action.service';
import { ImprovementTrackService } from './modules/improvement-track/improvement-track.service';
import { MonitorService } from './modules/monitor/monitor.service';
import { FundingService } from './modules/funding/funding.service';
import { AnnualPlanService } from './modules/annual-plan/annual-plan.service';
import { NetworkPlanService } from './modules/arrangement/network-plan.service';
import { AttentionService } from './modules/attention/attention.service';
import type { Pseudonymizer } from './shared/pseudonym';
import { lazyMembers } from './shared/lazy';

/** Settings the services need from the configuration. */
export interface ServiceSettings {
  suppressionThreshold: number;
  pseudonymize: Pseudonymizer;
}

interface ServiceDeps {
  db: RequestDb;
  clock: Clock;
  settings: ServiceSettings;
}

/** The domain services of one request, all on that request's connection; each is built on first use. */
const RequestServices = lazyMembers<ServiceDeps>()({
  provider: ({ db }) => new ProviderService(db),
  convenant: ({ db, clock }) => new ConvenantService(db, clock),
  arrangement: ({ db, clock, settings }) => new ArrangementService(db, clock, settings.suppressionThreshold),
  opgave: ({ db }) => new OpgaveService(db),
  audit: ({ db }) => new AuditService(db),
  overleg: ({ db, clock }) => new OverlegService(db, clock),
  proposal: ({ db, clock }) => new ProposalService(db, clock),
  participation: ({ db, clock }) => new ParticipationService(db, clock),
  atelier: ({ db, clock }) => new AtelierService(db, clock),
  action: ({ db, clock }) => new ActionService(db, clock),
  improvementTrack: ({ db, clock }) => new ImprovementTrackService(db, clock),
  monitor: ({ db, settings }) => new MonitorService(db, settings.suppressionThreshold),
  funding: ({ db, clock }) => new FundingService(db, clock),
  annualPlan: ({ db, clock }) => new AnnualPlanService(db, clock),
  networkPlan: ({ db, clock }) => new NetworkPlanService(db, clock),
  attention: ({ db, clock }) => new AttentionService(db, clock),
});
export type Services = InstanceType<typeof RequestServices>;

export function createServices(db: RequestDb, clock: Clock, settings: ServiceSettings): Services {
  return new RequestServices({ db, clock, settings });
}
