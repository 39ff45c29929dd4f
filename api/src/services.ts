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

/** The domain services of one request, all on that request's connection; each is built on first use. */
export class Services {
  private madeProvider?: ProviderService;
  private madeConvenant?: ConvenantService;
  private madeArrangement?: ArrangementService;
  private madeOpgave?: OpgaveService;
  private madeAudit?: AuditService;
  private madeOverleg?: OverlegService;
  private madeProposal?: ProposalService;
  private madeParticipation?: ParticipationService;
  private madeAtelier?: AtelierService;
  private madeAction?: ActionService;
  private madeImprovementTrack?: ImprovementTrackService;
  private madeMonitor?: MonitorService;
  private madeFunding?: FundingService;
  private madeAnnualPlan?: AnnualPlanService;
  private madeNetworkPlan?: NetworkPlanService;

  constructor(
    private readonly db: RequestDb,
    private readonly clock: Clock,
    private readonly settings: ServiceSettings,
  ) {}

  get provider(): ProviderService {
    return (this.madeProvider ??= new ProviderService(this.db));
  }

  get convenant(): ConvenantService {
    return (this.madeConvenant ??= new ConvenantService(this.db, this.clock));
  }

  get arrangement(): ArrangementService {
    return (this.madeArrangement ??= new ArrangementService(this.db, this.clock));
  }

  get opgave(): OpgaveService {
    return (this.madeOpgave ??= new OpgaveService(this.db));
  }

  get audit(): AuditService {
    return (this.madeAudit ??= new AuditService(this.db));
  }

  get overleg(): OverlegService {
    return (this.madeOverleg ??= new OverlegService(this.db, this.clock));
  }

  get proposal(): ProposalService {
    return (this.madeProposal ??= new ProposalService(this.db, this.clock));
  }

  get participation(): ParticipationService {
    return (this.madeParticipation ??= new ParticipationService(this.db, this.clock));
  }

  get atelier(): AtelierService {
    return (this.madeAtelier ??= new AtelierService(this.db, this.clock));
  }

  get action(): ActionService {
    return (this.madeAction ??= new ActionService(this.db, this.clock));
  }

  get improvementTrack(): ImprovementTrackService {
    return (this.madeImprovementTrack ??= new ImprovementTrackService(this.db, this.clock));
  }

  get monitor(): MonitorService {
    return (this.madeMonitor ??= new MonitorService(this.db, this.settings.suppressionThreshold));
  }

  get funding(): FundingService {
    return (this.madeFunding ??= new FundingService(this.db, this.clock));
  }

  get annualPlan(): AnnualPlanService {
    return (this.madeAnnualPlan ??= new AnnualPlanService(this.db, this.clock));
  }

  get networkPlan(): NetworkPlanService {
    return (this.madeNetworkPlan ??= new NetworkPlanService(this.db, this.clock));
  }
}

export function createServices(db: RequestDb, clock: Clock, settings: ServiceSettings): Services {
  return new Services(db, clock, settings);
}
