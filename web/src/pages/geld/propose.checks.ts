import { TEXT_MAX } from '@regiekamer/texts';
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
  if (!convenant) checks.add('convenantId', 'Kies het convenant waaronder het geld gaat.');
  if (!v.toProviderId) checks.add('toProviderId', 'Kies de aanbieder die het geld ontvangt.');
  const within = convenant ? `Het convenant loopt van ${formatDate(convenant.startsOn)} tot en met ${formatDate(convenant.endsOn)}.` : undefined;
  checks.add(
    'periodStart',
    checkDate(v.periodStart, { notBefore: convenant?.startsOn, notBeforeText: `De periode valt binnen het convenant. ${within ?? ''}` }),
  );
  checks.add(
    'periodEnd',
    checkDate(v.periodEnd, { notAfter: convenant?.endsOn, notAfterText: `De periode valt binnen het convenant. ${within ?? ''}` }) ??
      (v.periodStart && v.periodEnd < v.periodStart ? 'De laatste dag ligt niet vóór de eerste dag.' : null),
  );
  const amountCents = checks.value('amountCents', checkAmount(v.amount));
  checks.add('purpose', checkText(v.purpose, PURPOSE_MAX, 'Beschrijf waarvoor het geld is.'));
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
