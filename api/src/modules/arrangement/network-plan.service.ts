import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { Checks } from '../../shared/validation';
import { Role } from '../user/user.entity';
import { ArrangementStatus, type Arrangement } from './arrangement.entity';
import { ARRANGEMENT_COLUMNS, ARRANGEMENTS } from './arrangement.loaders';
import { COUNT_MAX, NUMBER_BOUNDS, TEXT_MAX } from '@regiekamer/texts';
import { RequestService } from '../../shared/request-service';

export interface NetworkPlanRecord {
  conferenceHeldOn: string;
  participantsCount: number;
  coordinator: string;
  planSummary: string;
  decisionsOfNetwork: string[];
  professionalRole: string;
}

const notFound = () => problem(ErrorCode.NOT_FOUND, 'No arrangement with this id.', 'arrangementId');

/**
 * Eigen Kracht: the resident and their network make the plan in a family group conference; the provider's
 * representative records it with the arrangement, and the professional follows it. Recording it again replaces it.
 */
export class NetworkPlanService extends RequestService {
  async record(viewerOrNull: Viewer | null, arrangementGlobalId: string, version: number, input: NetworkPlanRecord): Promise<Outcome<Arrangement>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const id = decodeIdOf('Arrangement', arrangementGlobalId);
    if (id === null) return fail(notFound());
    const checks = new Checks();
    checks.notAfter('input.conferenceHeldOn', input.conferenceHeldOn, this.clock.today(), 'The conference must have been held.');
    checks.intRange(
      'input.participantsCount',
      input.participantsCount,
      NUMBER_BOUNDS.networkPlanParticipants.min,
      NUMBER_BOUNDS.networkPlanParticipants.max,
    );
    checks.nonEmpty('input.coordinator', input.coordinator, TEXT_MAX.networkPlanCoordinator);
    checks.nonEmpty('input.planSummary', input.planSummary, TEXT_MAX.networkPlanSummary);
    if (input.decisionsOfNetwork.length === 0 || input.decisionsOfNetwork.length > COUNT_MAX.networkPlanDecisions) {
      checks.add('input.decisionsOfNetwork', `Record 1 to ${COUNT_MAX.networkPlanDecisions} decisions of the network.`);
    }
    input.decisionsOfNetwork.forEach((d, i) => checks.nonEmpty(`input.decisionsOfNetwork.${i}`, d, TEXT_MAX.networkPlanDecision));
    checks.nonEmpty('input.professionalRole', input.professionalRole, TEXT_MAX.networkPlanProfessionalRole);
    if (!checks.ok) return fail(...checks.problems);

    return this.db.transaction(async (tx) => {
      // Row-level security hides another provider's arrangement (NOT_FOUND); FORBIDDEN is the first wall should a policy be missing.
      const a = await ARRANGEMENTS.lock(tx, viewer.municipalityId, id);
      if (!a) return fail<Arrangement>(notFound());
      if (a.providerId !== viewer.providerId) throw new ForbiddenError("You cannot change another provider's arrangements.");
      if (a.version !== version) return fail<Arrangement>(staleVersion(a.version));
      if (a.status === ArrangementStatus.ENDED) {
        return fail<Arrangement>(problem(ErrorCode.INVALID_STATE, 'An ended arrangement cannot get a network plan.', 'arrangementId'));
      }
      await tx.query(
        `INSERT INTO arrangement_network_plan (municipality_id, arrangement_id, provider_id, conference_held_on, participants_count, coordinator,
           plan_summary, decisions_of_network, professional_role, recorded_by_user_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (arrangement_id) DO UPDATE SET conference_held_on = EXCLUDED.conference_held_on,
           participants_count = EXCLUDED.participants_count, coordinator = EXCLUDED.coordinator, plan_summary = EXCLUDED.plan_summary,
           decisions_of_network = EXCLUDED.decisions_of_network, professional_role = EXCLUDED.professional_role,
           recorded_by_user_id = EXCLUDED.recorded_by_user_id, updated_at = now()`,
        [
          viewer.municipalityId,
          a.id,
          a.providerId,
          input.conferenceHeldOn,
          input.participantsCount,
          input.coordinator.trim(),
          input.planSummary.trim(),
          input.decisionsOfNetwork.map((d) => d.trim()),
          input.professionalRole.trim(),
          viewer.userId,
        ],
      );
      // The plan is part of the arrangement: recording it is a change of the arrangement, under its version.
      const [row] = await tx.query<Arrangement>(
        `UPDATE arrangement a SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING ${ARRANGEMENT_COLUMNS}`,
        [a.id, version],
      );
      return row ? ok(row) : fail<Arrangement>(staleVersion(version + 1));
    });
  }
}
