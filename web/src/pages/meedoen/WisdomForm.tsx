import { SELECTION_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextAreaField } from '../../components/Form';
import { useSubmit } from './useSubmit';
import { WISDOM_WRITE } from './selection.documents';

/** The minority's wisdom of a counted round: a voter's own (on their ballot page) or the paper meeting's (the regisseur's). */
export function WisdomForm(props: { roundId: string; initial: string; label: string; submit: string; labelledBy?: string }) {
  const formId = useId().replace(/:/g, '');
  const [text, setText] = useState(props.initial);
  const form = useSubmit(['text']);
  const [write, { loading }] = useMutation(WISDOM_WRITE, { refetchQueries: ['SelectionRounds'], awaitRefetchQueries: true });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.send(
      async () => (await write({ variables: { input: { roundId: props.roundId, text } } })).data?.opgaveSelectionWisdomWrite.userErrors,
    );
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={props.labelledBy}>
      {form.done && <Notice>{T.wisdomSaved}</Notice>}
      <ErrorSummary formId={formId} errors={form.errors} />
      <TextAreaField
        formId={formId}
        name="text"
        label={props.label}
        maxLength={TEXT_MAX.minorityWisdom}
        value={text}
        onChange={setText}
        errors={form.errors}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {props.submit}
        </Button>
      </ButtonGroup>
    </form>
  );
}
