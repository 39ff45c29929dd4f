import { formatText, NETWORK_PLAN_RULES_TEXTS as T } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import type { NetworkPlanFieldsFragment, NetworkPlanInput } from '../../gql/graphql';
import { isLocalDate } from '../../lib/format';
import { NETWORK_PLAN_LIMITS as L } from './network-plan.documents';

export interface NetworkPlanValues {
  conferenceHeldOn: string;
  participantsCount: string;
  coordinator: string;
  planSummary: string;
  decisions: string;
  professionalRole: string;
}

export function planValues(plan: NetworkPlanFieldsFragment | null): NetworkPlanValues {
  return {
    conferenceHeldOn: plan?.conferenceHeldOn ?? '',
    participantsCount: plan ? String(plan.participantsCount) : '',
    coordinator: plan?.coordinator ?? '',
    planSummary: plan?.planSummary ?? '',
    decisions: (plan?.decisionsOfNetwork ?? []).join('\n'),
    professionalRole: plan?.professionalRole ?? '',
  };
}

const tooLong = (message: string, text: string, max: number) =>
  formatText(message, { max: max.toLocaleString('nl-NL'), count: text.length.toLocaleString('nl-NL') });

/**
 * The checks the API makes, done before sending so that every problem shows at once, in Dutch, in the order of the
 * fields on the form (the error summary lists them so).
 */
export function parsePlan(v: NetworkPlanValues, today: string): { errors: FieldError[]; input: NetworkPlanInput | null } {
  const errors: FieldError[] = [];
  if (!isLocalDate(v.conferenceHeldOn)) errors.push({ field: 'conferenceHeldOn', message: T.conferenceMissing });
  else if (v.conferenceHeldOn > today) errors.push({ field: 'conferenceHeldOn', message: T.conferenceInFuture });
  const count = /^\d+$/.test(v.participantsCount.trim()) ? Number(v.participantsCount.trim()) : NaN;
  if (!(count >= 1 && count <= L.participants))
    errors.push({ field: 'participantsCount', message: formatText(T.participantsCountInvalid, { max: String(L.participants) }) });
  const text = (field: string, value: string, max: number, empty: string, long: string) => {
    if (value.trim() === '') errors.push({ field, message: empty });
    else if (value.trim().length > max) errors.push({ field, message: tooLong(long, value.trim(), max) });
  };
  text('coordinator', v.coordinator, L.coordinator, T.coordinatorMissing, T.coordinatorTooLong);
  text('planSummary', v.planSummary, L.planSummary, T.planSummaryMissing, T.planSummaryTooLong);
  const decisions = v.decisions
    .split('\n')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  if (decisions.length === 0 || decisions.length > L.decisions)
    errors.push({ field: 'decisionsOfNetwork', message: formatText(T.decisionsCount, { max: String(L.decisions) }) });
  else if (decisions.some((d) => d.length > L.decision))
    errors.push({ field: 'decisionsOfNetwork', message: formatText(T.decisionTooLong, { max: L.decision.toLocaleString('nl-NL') }) });
  text('professionalRole', v.professionalRole, L.professionalRole, T.professionalRoleMissing, T.professionalRoleTooLong);
  if (errors.length > 0) return { errors, input: null };
  return {
    errors,
    input: {
      conferenceHeldOn: v.conferenceHeldOn,
      participantsCount: count,
      coordinator: v.coordinator.trim(),
      planSummary: v.planSummary.trim(),
      decisionsOfNetwork: decisions,
      professionalRole: v.professionalRole.trim(),
    },
  };
}
