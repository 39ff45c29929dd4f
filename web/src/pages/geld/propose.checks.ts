import { formatText, PROPOSE_CHECKS_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import type { FundingAgreementProposeInput } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { checkAmount, checkDate, checkText, FormChecks } from './checks';
import type { ProposeValues } from './ProposeFields';

export const PURPOSE_MAX = TEXT_MAX.fundingPurpose;

/** Everything the API would refuse in a proposal, checked in the form first (the API checks again). */
export function checkProposal(
  v: ProposeValues,
  convenant: { id: string; startsOn: string; endsOn: string } | undefined,
): { errors: FieldError[]; input: FundingAgreementProposeInput | null } {
  const checks = new FormChecks();
  if (!convenant) checks.add('convenantId', T.chooseConvenant);
  if (!v.toProviderId) checks.add('toProviderId', T.chooseProvider);
  const within = convenant ? formatText(T.convenantRuns, { from: formatDate(convenant.startsOn), to: formatDate(convenant.endsOn) }) : undefined;
  checks.add(
    'periodStart',
    checkDate(v.periodStart, { notBefore: convenant?.startsOn, notBeforeText: formatText(T.periodWithin, { within: within ?? '' }) }),
  );
  checks.add(
    'periodEnd',
    checkDate(v.periodEnd, { notAfter: convenant?.endsOn, notAfterText: formatText(T.periodWithin, { within: within ?? '' }) }) ??
      (v.periodStart && v.periodEnd < v.periodStart ? T.endBeforeStart : null),
  );
  const amountCents = checks.value('amountCents', checkAmount(v.amount));
  checks.add('purpose', checkText(v.purpose, PURPOSE_MAX, T.purpose));
  if (checks.errors.length > 0 || amountCents === null || !convenant) return { errors: checks.errors, input: null };
  return {
    errors: [],
    input: {
      convenantId: convenant.id,
      toProviderId: v.toProviderId,
      periodStart: v.periodStart,
      periodEnd: v.periodEnd,
      amountCents,
      purpose: v.purpose.trim(),
    },
  };
}
