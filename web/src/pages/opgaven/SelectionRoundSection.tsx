import { formatText, SELECTION_CANCEL_TEXTS as C, SELECTION_ROUND_SECTION_TEXTS as S, SELECTION_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, Notice, TextAreaField, TextField } from '../../components/Form';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import { formatDate, todayInAmsterdam } from '../../lib/format';
import { useViewer } from '../../lib/session';
import {
  COLLECTED_OPGAVEN,
  ROUND_CANCEL,
  ROUND_CLOSE,
  ROUND_DECIDE,
  ROUND_OPEN,
  ROUND_PAPER_TALLY,
  SELECTION_ROUNDS,
} from '../meedoen/selection.documents';
import type { SelectionRoundsQuery } from '../../gql/graphql';
import { WisdomForm } from '../meedoen/WisdomForm';
import { FormDisclosure } from './FormDisclosure';
import { useSend } from './useSend';

type Round = SelectionRoundsQuery['opgaveSelectionRounds'][number];
const REFETCH = { refetchQueries: ['SelectionRounds', 'CollectedOpgaven'], awaitRefetchQueries: true };

/**
 * The selection round on the opgaven page: the latest round and its count for every role; the regisseur opens one,
 * adds a paper tally, closes and counts, then takes the decision.
 */
export function SelectionRoundSection() {
  const viewer = useViewer();
  const query = useQuery(SELECTION_ROUNDS);
  const regisseur = viewer.role === 'REGISSEUR';
  return (
    <section className="section" aria-labelledby="stemronde">
      <Heading2 id="stemronde">{T.roundPageTitle}</Heading2>
      <Paragraph>{T.roundPageIntro}</Paragraph>
      <QueryState query={query} what={S.what}>
        {(data) => {
          const [latest] = data.opgaveSelectionRounds;
          // A counted round goes on to its decision; a decided or cancelled one leaves room for the next.
          const busy = latest !== undefined && (latest.status === 'OPEN' || latest.status === 'COUNTED');
          return (
            <>
              {latest && <RoundView round={latest} regisseur={regisseur} />}
              {regisseur && !busy && (
                <FormDisclosure summary={T.openTitle}>
                  <OpenForm />
                </FormDisclosure>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function RoundView({ round, regisseur }: { round: Round; regisseur: boolean }) {
  const wisdoms = round.wisdoms.length;
  const status =
    round.status === 'OPEN'
      ? formatText(T.statusOPEN, { closesOn: formatDate(round.closesOn), count: round.ballotsCast })
      : round.status === 'COUNTED'
        ? formatText(T.statusCOUNTED, { count: wisdoms })
        : round.status === 'CANCELLED'
          ? formatText(C.statusCANCELLED, { reason: round.cancelReason ?? '' })
          : T.statusDECIDED;
  return (
    <>
      <Paragraph role="status">{status}</Paragraph>
      <TallyTable round={round} />
      {round.wisdoms.length > 0 && (
        <>
          <Paragraph>
            <strong>{T.wisdomsTitle}</strong>
          </Paragraph>
          {round.wisdoms.map((w) => (
            <Paragraph key={w}>{w}</Paragraph>
          ))}
        </>
      )}
      {regisseur && round.status === 'OPEN' && (
        <FormDisclosure summary={T.paperTitle}>
          <PaperTallyForm round={round} />
        </FormDisclosure>
      )}
      {regisseur && round.status === 'OPEN' && <RoundAction round={round} kind="close" />}
      {regisseur && round.status === 'OPEN' && (
        <FormDisclosure summary={C.cancelTitle}>
          <CancelForm round={round} />
        </FormDisclosure>
      )}
      {regisseur && round.status === 'COUNTED' && <PaperWisdomForm round={round} />}
      {regisseur && round.status === 'COUNTED' && <RoundAction round={round} kind="decide" />}
    </>
  );
}

/** The count per opgave; on a phone each opgave a card, as every table of the client. */
function TallyTable({ round }: { round: Round }) {
  const columns: Column[] = [
    { key: 'title', header: T.tallyOpgave, rowHeader: true },
    { key: 'paper', header: T.tallyPaper, numeric: true },
    { key: 'votes', header: T.tallyVotes, numeric: true },
    { key: 'rank', header: T.tallyRank, numeric: true },
    { key: 'chosen', header: T.tallyChosen, nowrap: true },
  ];
  const rows = round.options.map((o) => ({
    key: o.opgaveId,
    cells: {
      title: o.title,
      paper: o.paperVotes ?? '—',
      votes: o.votes ?? '—',
      rank: o.rank ?? '—',
      chosen: o.selected === null ? '—' : o.selected ? T.yes : T.no,
    },
  }));
  return <ResponsiveTable label={T.tallyCaption} caption={<span className="visually-hidden">{T.tallyCaption}</span>} columns={columns} rows={rows} />;
}

function RoundAction({ round, kind }: { round: Round; kind: 'close' | 'decide' }) {
  const formId = useId().replace(/:/g, '');
  const form = useSend([]);
  const [close, closing] = useMutation(ROUND_CLOSE, REFETCH);
  const [decide, deciding] = useMutation(ROUND_DECIDE, REFETCH);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const variables = { input: { roundId: round.id } };
    await form.send(async () =>
      kind === 'close'
        ? (await close({ variables })).data?.opgaveSelectionClose.userErrors
        : (await decide({ variables })).data?.opgaveSelectionDecide.userErrors,
    );
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary formId={formId} errors={form.errors} />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={closing.loading || deciding.loading}>
          {kind === 'close' ? T.closeSubmit : T.decideSubmit}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** Cancels an open round that cannot come to a decision (a tie nobody can break), with the reason its voters are told. */
function CancelForm({ round }: { round: Round }) {
  const formId = useId().replace(/:/g, '');
  const [reason, setReason] = useState('');
  const form = useSend(['reason']);
  const [cancel, { loading }] = useMutation(ROUND_CANCEL, REFETCH);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.send(async () => (await cancel({ variables: { input: { roundId: round.id, reason } } })).data?.opgaveSelectionCancel.userErrors);
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={C.cancelTitle}>
      <Paragraph>{C.cancelIntro}</Paragraph>
      <ErrorSummary formId={formId} errors={form.errors} />
      <TextAreaField
        formId={formId}
        name="reason"
        label={C.cancelReason}
        maxLength={TEXT_MAX.default}
        value={reason}
        onChange={setReason}
        errors={form.errors}
      />
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="submit" busy={loading}>
          {C.cancelSubmit}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function PaperTallyForm({ round }: { round: Round }) {
  const formId = useId().replace(/:/g, '');
  const [note, setNote] = useState(round.paperNote ?? '');
  const [votes, setVotes] = useState<Record<string, string>>(Object.fromEntries(round.options.map((o) => [o.opgaveId, String(o.paperVotes ?? '')])));
  const form = useSend(['note', 'tallies']);
  const [save, { loading }] = useMutation(ROUND_PAPER_TALLY, REFETCH);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const tallies = round.options.map((o) => ({ opgaveId: o.opgaveId, votes: Number(votes[o.opgaveId] ?? '0') || 0 }));
    await form.send(
      async () => (await save({ variables: { input: { roundId: round.id, note, tallies } } })).data?.opgaveSelectionPaperTally.userErrors,
    );
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.paperTitle}>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>{T.paperSaved}</Notice>}
      <TextField formId={formId} name="note" label={T.paperNote} maxLength={TEXT_MAX.default} value={note} onChange={setNote} errors={form.errors} />
      {round.options.map((o, i) => (
        <TextField
          key={o.opgaveId}
          formId={formId}
          name={`tallies-${i}`}
          label={formatText(T.paperVotes, { title: o.title })}
          inputMode="numeric"
          width="small"
          value={votes[o.opgaveId] ?? ''}
          onChange={(value) => setVotes({ ...votes, [o.opgaveId]: value })}
          errors={form.errors}
        />
      ))}
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="submit" busy={loading}>
          {T.paperSubmit}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function PaperWisdomForm({ round }: { round: Round }) {
  if (!round.options.some((o) => (o.paperVotes ?? 0) > 0 && o.selected === false)) return null;
  return <WisdomForm roundId={round.id} initial="" label={T.paperWisdomLabel} submit={T.paperWisdomSubmit} />;
}

function OpenForm() {
  const formId = useId().replace(/:/g, '');
  const query = useQuery(COLLECTED_OPGAVEN);
  const [chosen, setChosen] = useState<string[]>([]);
  const [seats, setSeats] = useState('1');
  const [closesOn, setClosesOn] = useState(todayInAmsterdam());
  const form = useSend(['opgaveIds', 'seats', 'closesOn']);
  const [open, { loading }] = useMutation(ROUND_OPEN, REFETCH);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.send(
      async () =>
        (await open({ variables: { input: { opgaveIds: chosen, seats: Number(seats) || 0, closesOn } } })).data?.opgaveSelectionOpen.userErrors,
    );
  }
  const opgaven = query.data?.opgaven.edges.map((e) => e.node) ?? [];
  return (
    <>
      {opgaven.length === 0 && query.data ? (
        <Paragraph>{T.openNoCollected}</Paragraph>
      ) : (
        <form className="form ballot" noValidate onSubmit={(e) => void submit(e)} aria-label={T.openTitle}>
          <ErrorSummary formId={formId} errors={form.errors} />
          <fieldset className="ballot__choices" id={`${formId}-veld-opgaveIds`} tabIndex={-1}>
            <legend className="ballot__legend">{T.openChoices}</legend>
            {opgaven.map((o) => (
              <label key={o.id} className="ballot__choice">
                <input
                  type="checkbox"
                  name="opgaveIds"
                  checked={chosen.includes(o.id)}
                  onChange={() => setChosen((now) => (now.includes(o.id) ? now.filter((x) => x !== o.id) : [...now, o.id]))}
                />
                <span className="ballot__title">
                  {o.title}
                  <span className="ballot__description">{o.area}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <TextField
            formId={formId}
            name="seats"
            label={T.openSeats}
            inputMode="numeric"
            width="small"
            value={seats}
            onChange={setSeats}
            errors={form.errors}
          />
          <DateField formId={formId} name="closesOn" label={T.openClosesOn} value={closesOn} onChange={setClosesOn} errors={form.errors} />
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit" busy={loading}>
              {T.openSubmit}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </>
  );
}
