import { useMutation, useQuery } from '@apollo/client/react';
import { TASK_PAGE_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextAreaField, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import type { MyTaskKind } from '../../gql/graphql';
import { formatDate, todayInAmsterdam } from '../../lib/format';
import { Link } from '../../lib/router';
import { useProposalForm } from '../proposal/useProposalForm';
import { COUNCIL_CHECK, MY_TASKS, OWN_MINORITY_CONFIRM, OWN_PERSPECTIVE, OWN_STANCE } from './tasks.documents';
import { TASK_KIND_LABELS } from './task-kinds';
import './meedoen.css';

/** One question per kind of task: its choices (the first tap), what the text field asks, and whether it must be filled. */
interface Question {
  legend: string;
  choices: Record<string, string>;
  text: string;
  /** When the text is required for some choices only: says for which. */
  textHint?: string;
  textRequired: (choice: string) => boolean;
  done: string;
}

const QUESTIONS: Record<MyTaskKind, Question> = {
  PERSPECTIVE: {
    legend: T.perspectiveLegend,
    choices: { Voor: T.perspectiveFor, Tegen: T.perspectiveAgainst, Verdeeld: T.perspectiveDivided },
    text: T.perspectiveText,
    textRequired: () => false,
    done: T.perspectiveDone,
  },
  STANCE: {
    legend: T.stanceLegend,
    choices: { AGREE: T.stanceAgree, DISAGREE: T.stanceDisagree, ABSTAIN: T.stanceAbstain },
    text: T.stanceText,
    textRequired: () => true,
    done: T.stanceDone,
  },
  COUNCIL_CHECK: {
    legend: T.checkLegend,
    choices: { INTERESTS_SERVED: T.checkServed, CONCERNS: T.checkConcerns },
    text: T.checkText,
    textHint: T.checkHint,
    textRequired: (choice) => choice === 'CONCERNS',
    done: T.checkDone,
  },
  MINORITY_CONFIRM: {
    legend: T.minorityLegend,
    choices: { AS_IS: T.minorityAsIs, OWN_WORDS: T.minorityOwnWords },
    text: T.minorityText,
    textHint: T.minorityHint,
    textRequired: (choice) => choice === 'OWN_WORDS',
    done: T.minorityDone,
  },
};

/** The path word of each kind of task (the API's `MyTask.link`: /meedoen/<word>/<id>). */
const KIND_OF_PATH: Record<string, MyTaskKind | undefined> = {
  perspectief: 'PERSPECTIVE',
  standpunt: 'STANCE',
  toets: 'COUNCIL_CHECK',
  minderheid: 'MINORITY_CONFIRM',
};

/** One task, one screen: a choice (a tap), a text field and the button (the second tap). Phone first. */
export function TaskPage({ task: word, id }: { task: string; id: string }) {
  const kind = KIND_OF_PATH[word];
  return kind ? <Task kind={kind} id={id} /> : <PageHeading title={T.notFound} />;
}

function Task({ kind, id }: { kind: MyTaskKind; id: string }) {
  const query = useQuery(MY_TASKS);
  const task = query.data?.myTasks.find((t) => t.kind === kind && t.subjectId === id) ?? null;
  const [answered, setAnswered] = useState(false);
  return (
    <>
      <PageHeading title={TASK_KIND_LABELS[kind]} />
      <Paragraph>
        <Link to="/">{T.back}</Link>
      </Paragraph>
      <QueryState query={query} what={T.what}>
        {() =>
          answered ? (
            <Notice>{QUESTIONS[kind].done}</Notice>
          ) : task ? (
            <>
              <Paragraph>
                <strong>{task.title}</strong>
              </Paragraph>
              {task.description && <Paragraph className="preserve">{task.description}</Paragraph>}
              <Paragraph>
                {T.due} {formatDate(task.dueOn)}.
              </Paragraph>
              <Answer kind={kind} id={id} onDone={() => void query.refetch().then(() => setAnswered(true))} />
            </>
          ) : (
            <Paragraph>{T.nothingAsked}</Paragraph>
          )
        }
      </QueryState>
    </>
  );
}

function Answer({ kind, id, onDone }: { kind: MyTaskKind; id: string; onDone: () => void }) {
  const q = QUESTIONS[kind];
  const { formId, errors, setErrors, run } = useProposalForm();
  const [choice, setChoice] = useState('');
  const [text, setText] = useState('');
  const [perspective, p1] = useMutation(OWN_PERSPECTIVE);
  const [stance, p2] = useMutation(OWN_STANCE);
  const [check, p3] = useMutation(COUNCIL_CHECK);
  const [confirm, p4] = useMutation(OWN_MINORITY_CONFIRM);
  const busy = p1.loading || p2.loading || p3.loading || p4.loading;
  const send = async () => {
    const t = text.trim() || null;
    if (kind === 'PERSPECTIVE') {
      const input = { perspective: 'RESIDENTS' as const, position: choice, advice: t, consultedConstituency: false };
      return (await perspective({ variables: { id, input } })).data?.proposalPerspectiveRecord;
    }
    if (kind === 'STANCE') {
      const input = { proposalId: id, position: choice as 'AGREE' | 'DISAGREE' | 'ABSTAIN', reason: text.trim() };
      return (await stance({ variables: { input } })).data?.proposalStanceRecord;
    }
    if (kind === 'MINORITY_CONFIRM') {
      const input = { text: choice === 'OWN_WORDS' ? t : null };
      return (await confirm({ variables: { id, input } })).data?.decisionMinorityConfirm;
    }
    const input = { checkedOn: todayInAmsterdam(), verdict: choice as 'INTERESTS_SERVED' | 'CONCERNS', remarks: t };
    return (await check({ variables: { id, input } })).data?.proposalClientCouncilCheck;
  };
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!choice) found.push({ field: 'choice', message: T.chooseAnswer });
    if (q.textRequired(choice) && !text.trim()) found.push({ field: 'text', message: T.fillIn });
    setErrors(found);
    if (found.length > 0) return;
    if (await run(send, ['choice', 'text', 'reason', 'remarks', 'advice', 'position', 'verdict'])) onDone();
  }
  const choiceError = errors.find((e) => e.field === 'choice');
  return (
    <form className="form task-answer" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary formId={formId} errors={errors} />
      <fieldset className="choice-group" id={`${formId}-choice`} aria-describedby={choiceError ? `${formId}-choice-error` : undefined}>
        <legend>{q.legend}</legend>
        {choiceError && (
          <Paragraph id={`${formId}-choice-error`} className="utrecht-form-field-error-message">
            {choiceError.message}
          </Paragraph>
        )}
        {Object.entries(q.choices).map(([value, label]) => (
          <label key={value} className="choice">
            <input type="radio" name="choice" value={value} checked={choice === value} onChange={() => setChoice(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        formId={formId}
        name="text"
        label={q.text}
        description={q.textHint}
        required={q.textRequired(choice)}
        maxLength={TEXT_MAX.perspectiveAdvice}
        value={text}
        onChange={setText}
        errors={errors}
      />
      <Button appearance="primary-action-button" type="submit" busy={busy}>
        {T.submit}
      </Button>
    </form>
  );
}
