import { useMutation, useQuery } from '@apollo/client/react';
import { COMPONENTS_FORM_TEXTS, TASK_PAGE_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { Button, Fieldset, FieldsetLegend, FormFieldErrorMessage, Paragraph } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, fieldId, Notice, TextAreaField, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import type { MyTaskKind } from '../../gql/graphql';
import { formatDate, todayInAmsterdam } from '../../lib/format';
import { Link } from '../../lib/router';
import { useProposalForm } from '../proposal/useProposalForm';
import { COUNCIL_CHECK, MY_TASKS, OWN_MINORITY_CONFIRM, OWN_PERSPECTIVE, OWN_STANCE } from './tasks.documents';
import { TASK_KIND_LABELS } from './task-kinds';
import './meedoen.css';

/**
 * One question per kind of task: its choices (the first tap), what the text field asks, and whether it must be filled;
 * with the messages that name what is missing.
 */
interface Question {
  legend: string;
  choices: Record<string, string>;
  choiceMissing: string;
  text: string;
  textMissing?: string;
  /** When the text is required for some choices only: says for which. */
  textHint?: string;
  textRequired: (choice: string) => boolean;
  done: string;
}

const QUESTIONS: Record<MyTaskKind, Question> = {
  PERSPECTIVE: {
    legend: T.perspectiveLegend,
    choices: { Voor: T.perspectiveFor, Tegen: T.perspectiveAgainst, Verdeeld: T.perspectiveDivided },
    choiceMissing: T.perspectiveChoiceMissing,
    text: T.perspectiveText,
    textRequired: () => false,
    done: T.perspectiveDone,
  },
  STANCE: {
    legend: T.stanceLegend,
    choices: { AGREE: T.stanceAgree, DISAGREE: T.stanceDisagree, ABSTAIN: T.stanceAbstain },
    choiceMissing: T.stanceChoiceMissing,
    text: T.stanceText,
    textMissing: T.stanceTextMissing,
    textRequired: () => true,
    done: T.stanceDone,
  },
  COUNCIL_CHECK: {
    legend: T.checkLegend,
    choices: { INTERESTS_SERVED: T.checkServed, CONCERNS: T.checkConcerns },
    choiceMissing: T.checkChoiceMissing,
    text: T.checkText,
    textMissing: T.checkTextMissing,
    textHint: T.checkHint,
    textRequired: (choice) => choice === 'CONCERNS',
    done: T.checkDone,
  },
  MINORITY_CONFIRM: {
    legend: T.minorityLegend,
    choices: { AS_IS: T.minorityAsIs, OWN_WORDS: T.minorityOwnWords },
    choiceMissing: T.minorityChoiceMissing,
    text: T.minorityText,
    textMissing: T.minorityTextMissing,
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
    if (!choice) found.push({ field: 'choice', message: q.choiceMissing });
    if (q.textMissing && q.textRequired(choice) && !text.trim()) found.push({ field: 'text', message: q.textMissing });
    setErrors(found);
    if (found.length > 0) return;
    if (await run(send, ['choice', 'text', 'reason', 'remarks', 'advice', 'position', 'verdict'])) onDone();
  }
  return (
    <form className="form task-answer" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary formId={formId} errors={errors} />
      <Choices formId={formId} question={q} value={choice} onChange={setChoice} error={errors.find((e) => e.field === 'choice')} />
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

/** The choices as one field: marked invalid as the other fields are, its message read with the group. */
function Choices(props: { formId: string; question: Question; value: string; onChange: (value: string) => void; error: FieldError | undefined }) {
  const { formId, question, error } = props;
  const errorId = `${fieldId(formId, 'choice')}-error`;
  return (
    <Fieldset className="task-choices" role="radiogroup" invalid={Boolean(error)} aria-describedby={error ? errorId : undefined}>
      <FieldsetLegend>{question.legend}</FieldsetLegend>
      {error && (
        <FormFieldErrorMessage id={errorId}>
          <span className="visually-hidden">{COMPONENTS_FORM_TEXTS.errorPrefix} </span>
          {error.message}
        </FormFieldErrorMessage>
      )}
      {Object.entries(question.choices).map(([value, label], i) => (
        <label key={value} className="choice">
          <input
            type="radio"
            id={i === 0 ? fieldId(formId, 'choice') : undefined}
            name="choice"
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
    </Fieldset>
  );
}
