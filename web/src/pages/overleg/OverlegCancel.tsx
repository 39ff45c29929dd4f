import { useMutation } from '@apollo/client/react';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatText, OVERLEG_TEXTS } from '@regiekamer/texts';
import { useId, useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import type { OverlegFieldsFragment } from '../../gql/graphql';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { OVERLEG_CANCEL } from './overleg.documents';

/** The regisseur calls a meeting off, after a second step; the attendees are told by the API. */
export function OverlegCancel({ o, refetch }: { o: OverlegFieldsFragment; refetch: () => Promise<unknown> }) {
  const id = useId().replace(/:/g, '');
  const [cancel, { loading }] = useMutation(OVERLEG_CANCEL);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setError(null);
    try {
      const { data } = await cancel({ variables: { id: o.id, version: o.version } });
      const refused = toFieldErrors(data?.overlegCancel.userErrors ?? [], []);
      if (refused.length > 0) setError(refused.map((e) => e.message).join(' '));
    } catch {
      setError(TECHNICAL_ERROR.message);
    }
    await refetch();
  }
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <Heading2 id={`${id}-title`}>{OVERLEG_TEXTS.cancel}</Heading2>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ConfirmStep
        label={OVERLEG_TEXTS.cancel}
        name={formatText(OVERLEG_TEXTS.cancelName, { title: o.title })}
        question={OVERLEG_TEXTS.cancelQuestion}
        confirmLabel={OVERLEG_TEXTS.cancelConfirm}
        busy={loading}
        onConfirm={confirm}
      />
    </section>
  );
}
