import { useMutation } from '@apollo/client/react';
import { NETWORK_PLAN_FORM_TEXTS as T } from '@regiekamer/texts';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, type FieldError } from '../../components/Form';
import type { ArrangementFieldsFragment, NetworkPlanFieldsFragment } from '../../gql/graphql';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { todayInAmsterdam } from '../../lib/format';
import { NETWORK_PLAN_RECORD } from './network-plan.documents';
import { parsePlan, planValues } from './network-plan.rules';
import { NetworkPlanFields } from './NetworkPlanFields';

const FIELDS = ['conferenceHeldOn', 'participantsCount', 'coordinator', 'planSummary', 'decisionsOfNetwork', 'professionalRole'];

/** Records (or replaces) the network plan, against the version of the arrangement on screen. */
export function NetworkPlanForm(props: { a: ArrangementFieldsFragment; plan: NetworkPlanFieldsFragment | null; onDone: (saved: boolean) => void }) {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState(() => planValues(props.plan));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [record, { loading }] = useMutation(NETWORK_PLAN_RECORD);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const { errors: found, input } = parsePlan(values, todayInAmsterdam());
    setErrors(found);
    if (!input) return;
    try {
      const { data } = await record({ variables: { arrangementId: props.a.id, version: props.a.version, input } });
      const payload = data?.arrangementNetworkPlanRecord;
      if (payload?.arrangement) {
        props.onDone(true);
        return;
      }
      const userErrors = payload?.userErrors ?? [];
      if (isStale(userErrors)) {
        setErrors([{ field: null, message: T.stale }]);
        return;
      }
      setErrors(toFieldErrors(userErrors, FIELDS));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.label}>
      <ErrorSummary formId={formId} errors={errors} />
      <NetworkPlanFields formId={formId} values={values} onChange={setValues} errors={errors} />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
          {T.submit}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={() => props.onDone(false)}>
          {T.cancel}
        </Button>
      </ButtonGroup>
      {loading && <Paragraph role="status">{T.saving}</Paragraph>}
    </form>
  );
}
