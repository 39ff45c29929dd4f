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
import type { Pseudonymizer } from './shared/pseudonym';

/** Settings the services need from the configuration. */
export interface ServiceSettings {
  suppressionThreshold: number;
  pseudonymize: Pseudonymizer;
}

/** The domain services of one request, all on that request's connection. */
export function createServices(db: RequestDb, clock: Clock, settings: ServiceSettings) {
  return {
    provider: new ProviderService(db),
    convenant: new ConvenantService(db, clock),
    arrangement: new ArrangementService(db, clock),
    opgave: new OpgaveService(db),
    audit: new AuditService(db),
    overleg: new OverlegService(db, clock),
    proposal: new ProposalService(db, clock),
    participation: new ParticipationService(db, clock),
    atelier: new AtelierService(db, clock),
    action: new ActionService(db, clock),
    improvementTrack: new ImprovementTrackService(db, clock),
    monitor: new MonitorService(db, settings.suppressionThreshold),
    funding: new FundingService(db, clock),
    annualPlan: new AnnualPlanService(db, clock),
    networkPlan: new NetworkPlanService(db, clock),
  };
}
export type Services = ReturnType<typeof createServices>;
