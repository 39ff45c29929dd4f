import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import { TenantTable } from '../../shared/tenant-table';
import type { NetworkPlan } from './network-plan.entity';

export const NETWORK_PLAN_COLUMNS = `n.id, n.municipality_id AS "municipalityId", n.arrangement_id AS "arrangementId", n.provider_id AS "providerId",
  n.conference_held_on AS "conferenceHeldOn", n.participants_count AS "participantsCount", n.coordinator, n.plan_summary AS "planSummary",
  n.decisions_of_network AS "decisionsOfNetwork", n.professional_role AS "professionalRole", n.recorded_by_user_id AS "recordedByUserId",
  n.created_at AS "createdAt", n.updated_at AS "updatedAt"`;
const NETWORK_PLANS = new TenantTable<NetworkPlan>('arrangement_network_plan', 'n', NETWORK_PLAN_COLUMNS);

export function createNetworkPlanLoaders(db: RequestDb, municipalityId: number) {
  const { one } = batchLoaders(db, municipalityId);
  return {
    networkPlanByArrangementId: one<NetworkPlan>(NETWORK_PLANS.batchSelect('arrangement_id'), (r) => r.arrangementId),
  };
}
export type NetworkPlanLoaders = ReturnType<typeof createNetworkPlanLoaders>;
