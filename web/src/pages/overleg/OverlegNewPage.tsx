import { useMutation } from '@apollo/client/react';
import { OVERLEG_NEW_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import type { OverlegKind } from '../../gql/graphql';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { todayInAmsterdam } from '../../lib/format';
import { Link, navigate } from '../../lib/router';
import { OVERLEG_CREATE } from './overleg.documents';
import { checkOverleg, emptyOverleg, formField, participantsInput, timesInput } from './overleg-values';
import { OverlegFormFields } from './OverlegFormFields';

/** The regisseur plans a meeting: kind, title, date, place and participants. The agenda follows on its own page. */
export function OverlegNewPage() {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState(() => emptyOverleg(todayInAmsterdam()));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [create, { loading }] = useMutation(OVERLEG_CREATE);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkOverleg(values);
    setErrors(found);
    if (found.length > 0 || loading) return;
    try {
      const input = {
        kind: values.kind as OverlegKind,
        title: values.title.trim(),
        heldOn: values.heldOn,
        ...timesInput(values),
        location: values.location.trim() || null,
        participants: participantsInput(values),
      };
      const { data } = await create({ variables: { input } });
      const created = data?.overlegCreate.overleg;
      if (created) {
        navigate(`/overleg/${encodeURIComponent(created.id)}`);
        return;
      }
      const userErrors = (data?.overlegCreate.userErrors ?? []).map((e) => ({ ...e, field: formField(e.field) }));
      setErrors(
        toFieldErrors(userErrors, [
          'kind',
          'title',
          'heldOn',
          'startsAt',
          'endsAt',
          'location',
          ...values.participants.flatMap((_, i) => [`participant-${i}-name`, `participant-${i}-organisation`]),
        ]),
      );
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.helpPlan}</Paragraph>
        <Paragraph>{T.helpAfter}</Paragraph>
      </PageHelp>
      <Paragraph>
        <Link to="/overleg">{T.back}</Link>
      </Paragraph>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.form}>
        <ErrorSummary formId={formId} errors={errors} />
        <OverlegFormFields formId={formId} values={values} onChange={setValues} errors={errors} />
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.submit}
        </Button>
      </form>
    </>
  );
}
