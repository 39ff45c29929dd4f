import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { FUNDING_PROPOSE_PAGE_TEXTS as T } from '@regiekamer/texts';
import { ErrorSummary, newIdempotencyKey, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import { toFieldErrors } from '../../lib/errors';
import { Link, navigate } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { agreementPath } from './AgreementsTable';
import { FUNDING_CONVENANTS } from './funding.documents';
import { FUNDING_PROPOSE } from './funding.mutations';
import { ProposeHelp } from './help';
import { thrownMessage } from './outcome';
import { ProposeFields, type ConvenantOption, type ProposeValues } from './ProposeFields';
import { checkProposal } from './propose.checks';

const EMPTY: ProposeValues = { convenantId: '', toProviderId: '', periodStart: '', periodEnd: '', amount: '', purpose: '' };
const FIELDS = ['convenantId', 'toProviderId', 'periodStart', 'periodEnd', 'amountCents', 'purpose'];

export function FundingProposePage() {
  const viewer = useViewer();
  const query = useQuery(FUNDING_CONVENANTS);
  const own = viewer.provider?.id ?? '';
  return (
    <>
      <PageHeading title={T.title} />
      <ProposeHelp />
      <Paragraph>
        <Link to="/financiering">{T.back}</Link>
      </Paragraph>
      <QueryState query={query} what={T.what}>
        {(data) => {
          const usable = data.convenants.edges
            .map((e) => e.node)
            .filter((c) => c.status === 'IN_FORCE' && c.parties.some((p) => p.provider?.id === own));
          return usable.length === 0 ? (
            <Paragraph>{T.noConvenant}</Paragraph>
          ) : (
            <ProposeForm convenants={usable} ownProviderId={own} />
          );
        }}
      </QueryState>
    </>
  );
}

function ProposeForm({ convenants, ownProviderId }: { convenants: ConvenantOption[]; ownProviderId: string }) {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState<ProposeValues>({ ...EMPTY, convenantId: convenants.length === 1 ? (convenants[0]?.id ?? '') : '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const key = useRef(newIdempotencyKey());
  const [propose, { loading }] = useMutation(FUNDING_PROPOSE, { refetchQueries: ['MoneyFundingAgreements'] });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: found, input } = checkProposal(
      values,
      convenants.find((c) => c.id === values.convenantId),
    );
    setErrors(found);
    if (!input) return;
    try {
      const { data } = await propose({ variables: { idempotencyKey: key.current, input } });
      const payload = data?.fundingAgreementPropose;
      if (payload?.agreement) {
        navigate(agreementPath(payload.agreement.id));
        return;
      }
      key.current = newIdempotencyKey();
      setErrors(toFieldErrors(payload?.userErrors ?? [], FIELDS));
    } catch (error) {
      setErrors([{ field: null, message: thrownMessage(error) }]);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.title}>
      <ErrorSummary formId={formId} errors={errors} />
      <ProposeFields formId={formId} values={values} onChange={setValues} errors={errors} convenants={convenants} ownProviderId={ownProviderId} />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.submit}
        </Button>
      </ButtonGroup>
    </form>
  );
}
