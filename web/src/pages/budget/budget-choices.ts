import type { BudgetDecisionsQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import type { BudgetConvenant } from './types';

/** The convenant shown first: the one in force, else one that has not ended. */
export function defaultConvenant(convenants: readonly BudgetConvenant[]): BudgetConvenant | null {
  return convenants.find((c) => c.status === 'IN_FORCE') ?? convenants.find((c) => c.status !== 'ENDED') ?? null;
}

/** The decisions a reallocation can come from: every decision of an overleg that was not a rejection, newest first. */
export function decisionOptions(data: BudgetDecisionsQuery): { value: string; label: string }[] {
  return data.overleggen.edges
    .flatMap((e) => e.node.decisions.map((d) => ({ ...d, overleg: e.node.title })))
    .filter((d) => d.outcome !== 'REJECTED')
    .sort((a, b) => b.decidedOn.localeCompare(a.decidedOn))
    .map((d) => ({ value: d.id, label: `${formatDate(d.decidedOn)}, ${d.overleg}: ${d.text.length > 80 ? `${d.text.slice(0, 79)}…` : d.text}` }));
}
