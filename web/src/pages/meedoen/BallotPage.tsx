import { BALLOT_PAGE_TEXTS as B, formatText, SELECTION_CANCEL_TEXTS as C, SELECTION_TEXTS as T } from '@regiekamer/texts';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import { formatDate } from '../../lib/format';
import { useSubmit } from './useSubmit';
import { BALLOT_CAST, SELECTION_ROUNDS } from './selection.documents';
import { WisdomForm } from './WisdomForm';
import type { SelectionRoundsQuery } from '../../gql/graphql';

type Round = SelectionRoundsQuery['opgaveSelectionRounds'][number];

/** A participant's ballot (phone first: tap your choices, tap "Stem uitbrengen"), and the minority's wisdom when asked. */
export function BallotPage() {
  const query = useQuery(SELECTION_ROUNDS);
  return (
    <>
      <PageHeading title={T.ballotTitle} />
      <QueryState query={query} what={B.what}>
        {(data) => {
          const open = data.opgaveSelectionRounds.find((r) => r.status === 'OPEN');
          const invited = data.opgaveSelectionRounds.find((r) => r.status === 'COUNTED' && r.minorityInvited);
          // The cancelled round's voters come here from their notice: it says the round is off.
          if (!open && !invited)
            return <Paragraph>{data.opgaveSelectionRounds[0]?.status === 'CANCELLED' ? C.ballotCancelled : T.ballotNone}</Paragraph>;
          return (
            <>
              {invited && (
                <section className="section" aria-labelledby="wijsheid">
                  <Heading2 id="wijsheid">{T.wisdomTitle}</Heading2>
                  <Paragraph>{T.wisdomIntro}</Paragraph>
                  <WisdomForm
                    roundId={invited.id}
                    initial={invited.myWisdom ?? ''}
                    label={T.wisdomLabel}
                    submit={T.wisdomSubmit}
                    labelledBy="wijsheid"
                  />
                </section>
              )}
              {open && <BallotForm key={open.id} round={open} />}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function BallotForm({ round }: { round: Round }) {
  const formId = useId().replace(/:/g, '');
  const [chosen, setChosen] = useState<string[]>(round.myBallot ?? []);
  const form = useSubmit(['opgaveIds']);
  const [cast, { loading }] = useMutation(BALLOT_CAST, { refetchQueries: ['SelectionRounds'], awaitRefetchQueries: true });
  const toggle = (id: string) => {
    form.setDone(false);
    setChosen((now) => (now.includes(id) ? now.filter((x) => x !== id) : round.seats === 1 ? [id] : [...now, id]));
  };
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.send(async () => (await cast({ variables: { input: { roundId: round.id, opgaveIds: chosen } } })).data?.opgaveBallotCast.userErrors);
  }
  const inputType = round.seats === 1 ? 'radio' : 'checkbox';
  return (
    <form className="form ballot" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-legend`}>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>{T.ballotSaved}</Notice>}
      <fieldset className="ballot__choices" id={`${formId}-veld-opgaveIds`} tabIndex={-1}>
        <legend id={`${formId}-legend`} className="ballot__legend">
          {round.seats === 1 ? T.ballotIntroOne : formatText(T.ballotIntro, { seats: round.seats })}
        </legend>
        <Paragraph>{formatText(round.myBallot ? T.taskVoted : T.taskOpen, { closesOn: formatDate(round.closesOn) })}</Paragraph>
        {round.options.map((o) => (
          <label key={o.opgaveId} className="ballot__choice">
            <input
              type={inputType}
              name="opgaveIds"
              value={o.opgaveId}
              checked={chosen.includes(o.opgaveId)}
              onChange={() => toggle(o.opgaveId)}
              disabled={inputType === 'checkbox' && !chosen.includes(o.opgaveId) && chosen.length >= round.seats}
            />
            <span>
              <strong>{o.title}</strong>
              {o.description && <span className="ballot__description">{o.description}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading} disabled={chosen.length === 0}>
          {T.ballotSubmit}
        </Button>
      </ButtonGroup>
    </form>
  );
}
