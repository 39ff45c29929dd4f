import { getMetadataArgsStorage } from 'typeorm';
import type { NodeType } from '../../shared/graphql/global-id';
import { Municipality } from '../municipality/municipality.entity';
import { User } from '../user/user.entity';
import { Provider } from '../provider/provider.entity';
import { Convenant } from '../convenant/convenant.entity';
import { Arrangement, ArrangementReport } from '../arrangement/arrangement.entity';
import { Opgave, Opgaveteam } from '../opgave/opgave.entity';
import { Overleg } from '../overleg/overleg.entity';
import { Proposal } from '../proposal/proposal.entity';
import { Decision } from '../decision/decision.entity';
import { Atelier } from '../atelier/atelier.entity';
import { ActionItem } from '../action/action.entity';
import { ImprovementTrack } from '../improvement-track/improvement-track.entity';
import { FundingAgreement } from '../funding/funding.entity';
import { AnnualPlan, QuarterReport } from '../annual-plan/annual-plan.entity';

/**
 * The entity behind every Node type. A Record over all of NodeType, so a new Node type does not compile until it is
 * listed here; the table names come from the entities' own @Entity metadata, so they cannot drift from the schema.
 */
const ENTITY_OF_NODE: Record<NodeType, abstract new (...args: never[]) => unknown> = {
  Municipality,
  User,
  Provider,
  Convenant,
  Arrangement,
  ArrangementReport,
  Opgave,
  Opgaveteam,
  Overleg,
  Proposal,
  Decision,
  Atelier,
  Action: ActionItem,
  ImprovementTrack,
  FundingAgreement,
  AnnualPlan,
  QuarterReport,
};

function tableOfEntity(target: unknown): string {
  const table = getMetadataArgsStorage().tables.find((t) => t.target === target)?.name;
  if (table === undefined) throw new Error(`no @Entity table for ${String(target)}`);
  return table;
}

/** Node type to the table whose audit rows (audit_log.table_name) describe it. */
export const TABLE_OF_NODE: Readonly<Record<NodeType, string>> = Object.fromEntries(
  Object.entries(ENTITY_OF_NODE).map(([type, entity]) => [type, tableOfEntity(entity)]),
) as Record<NodeType, string>;
