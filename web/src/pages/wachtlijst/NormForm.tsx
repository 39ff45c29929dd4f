import { useMutation } from '@apollo/client/react';
import { formatText, WAITING_TEXTS as T } from '@regiekamer/texts';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextField, type FieldError } from '../../components/Form';
import { toFieldErrors, TECHNICAL_ERROR } from '../../lib/errors';
import { parseNormDays } from './norm';
import { WAITING_NORM_SET } from './waiting-list.documents';

/** The regisseur sets the municipality's waiting norm. */
export function NormForm({ current, onDone }: { current: number; onDone: () => void }) {
  const formId = useId().replace(/:/g, '');
  const [days, setDays] = useState(String(current));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [save, { loading }] = useMutation(WAITING_NORM_SET);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const normDays = parseNormDays(days);
    if (normDays === null) {
      setErrors([{ field: 'normDays', message: T.normInvalid }]);
      return;
    }
    try {
      const { data } = await save({ variables: { normDays } });
      const userErrors = data?.waitingNormSet.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['normDays']));
      if (userErrors.length > 0) return;
      setNotice(formatText(T.normDone, { days: normDays }));
      onDone();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`} className="utrecht-heading-2">
        {T.normTitle}
      </h2>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary formId={formId} errors={errors} />
      <TextField formId={formId} name="normDays" label={T.normLabel} description={T.normHelp} inputMode="numeric" width="small" errors={errors} value={days} onChange={setDays} />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.normButton}
        </Button>
      </ButtonGroup>
    </form>
  );
}
