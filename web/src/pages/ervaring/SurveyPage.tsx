import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { formatText, SURVEY_QUESTION_TEXTS, SURVEY_SCALE_TEXTS, SURVEY_TEXTS as T } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextAreaField, TextField, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/States';
import { graphql } from '../../gql';
import type { SurveyAnswerValue, SurveyCodeStatus, SurveyQuestion } from '../../gql/graphql';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import '../meedoen/meedoen.css';
import './survey.css';

const SURVEY_CODE = graphql(`
  query SurveyCode($code: String!) {
    surveyCode(code: $code) {
      status
      expiresOn
    }
  }
`);

const SURVEY_SUBMIT = graphql(`
  mutation SurveySubmit($input: SurveySubmitInput!) {
    surveySubmit(input: $input) {
      accepted
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The questions in the order asked; the open question comes after them. */
const QUESTIONS = Object.keys(SURVEY_QUESTION_TEXTS) as SurveyQuestion[];
const SCALE = Object.keys(SURVEY_SCALE_TEXTS) as SurveyAnswerValue[];
const OPEN_MAX = 2000;

const NOT_USABLE: Record<Exclude<SurveyCodeStatus, 'VALID'>, string> = {
  UNKNOWN: T.unknown,
  USED: T.used,
  EXPIRED: T.expired,
  LIMITED: T.limited,
};

/** `/ervaring`: the resident types the code from the letter. */
export function SurveyCodeEntryPage() {
  const formId = useId().replace(/:/g, '');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = code.trim().toUpperCase().replace(/\s+/g, '');
    if (typed === '') {
      setErrors([{ field: 'code', message: T.codeHint }]);
      return;
    }
    navigate(`/ervaring/${encodeURIComponent(typed)}`);
  }
  return (
    <div className="survey">
      <PageHeading title={T.title} />
      <Paragraph>{T.intro}</Paragraph>
      <form noValidate onSubmit={submit}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextField formId={formId} name="code" label={T.codeLabel} description={T.codeHint} value={code} onChange={setCode} errors={errors} />
        <div className="survey-actions">
          <Button appearance="primary-action-button" type="submit">
            {T.codeSubmit}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** `/ervaring/<code>`: the Wmo client experience survey, without signing in, one question per screen. */
export function SurveyPage({ code }: { code: string }) {
  const { data, loading, error } = useQuery(SURVEY_CODE, { variables: { code }, fetchPolicy: 'network-only' });
  const [done, setDone] = useState(false);
  const state = data?.surveyCode;
  if (done) {
    return (
      <div className="survey">
        <PageHeading title={T.thanksTitle} />
        <Notice>{T.thanks}</Notice>
        <Paragraph>{T.thanksClose}</Paragraph>
      </div>
    );
  }
  return (
    <div className="survey">
      <PageHeading title={T.title} />
      {loading && <Loading what={T.checking} />}
      {error && <LoadError what={T.checking} />}
      {state && state.status !== 'VALID' && <Notice type="warning">{NOT_USABLE[state.status]}</Notice>}
      {state?.status === 'VALID' && <Questions code={code} expiresOn={state.expiresOn ?? null} onDone={() => setDone(true)} />}
    </div>
  );
}

type Answers = Partial<Record<SurveyQuestion, SurveyAnswerValue>>;

/** Step 0 is the introduction, 1..8 the questions, 9 the open question and sending. */
function Questions({ code, expiresOn, onDone }: { code: string; expiresOn: string | null; onDone: () => void }) {
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  const [open, setOpen] = useState('');
  const go = (next: number) => {
    setStep(next);
    window.scrollTo(0, 0);
  };
  if (step === 0) {
    return (
      <>
        <Paragraph>{T.intro}</Paragraph>
        <Paragraph>{T.anonymous}</Paragraph>
        <Paragraph>{T.optional}</Paragraph>
        {expiresOn && <Paragraph>{formatText(T.validUntil, { date: formatDate(expiresOn) })}</Paragraph>}
        <div className="survey-actions">
          <Button appearance="primary-action-button" type="button" onClick={() => go(1)}>
            {T.start}
          </Button>
        </div>
      </>
    );
  }
  const question = QUESTIONS[step - 1];
  if (question !== undefined) {
    return (
      <QuestionStep
        key={question}
        step={step}
        question={question}
        value={answers[question]}
        onAnswer={(value) => setAnswers({ ...answers, [question]: value })}
        onNext={() => go(step + 1)}
        onPrevious={() => go(step - 1)}
      />
    );
  }
  return <OpenStep code={code} answers={answers} open={open} onOpen={setOpen} onPrevious={() => go(QUESTIONS.length)} onDone={onDone} />;
}

function QuestionStep(props: {
  step: number;
  question: SurveyQuestion;
  value: SurveyAnswerValue | undefined;
  onAnswer: (value: SurveyAnswerValue) => void;
  onNext: () => void;
  onPrevious: () => void;
}) {
  const name = useId().replace(/:/g, '');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onNext();
      }}
    >
      <p className="survey-progress">{formatText(T.progress, { n: props.step, total: QUESTIONS.length })}</p>
      <fieldset className="choice-group">
        <legend>{SURVEY_QUESTION_TEXTS[props.question]}</legend>
        {SCALE.map((value) => (
          <label key={value} className={`choice${value === 'DONT_KNOW' ? ' choice--apart' : ''}`}>
            <input type="radio" name={name} value={value} checked={props.value === value} onChange={() => props.onAnswer(value)} />
            {SURVEY_SCALE_TEXTS[value]}
          </label>
        ))}
      </fieldset>
      <StepButtons label={props.value === undefined ? T.skip : T.next} onPrevious={props.onPrevious} />
    </form>
  );
}

function OpenStep(props: { code: string; answers: Answers; open: string; onOpen: (v: string) => void; onPrevious: () => void; onDone: () => void }) {
  const formId = useId().replace(/:/g, '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [send, { loading }] = useMutation(SURVEY_SUBMIT);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const answers = QUESTIONS.flatMap((question) => {
      const answer = props.answers[question];
      return answer === undefined ? [] : [{ question, answer }];
    });
    if (answers.every((a) => a.answer === 'DONT_KNOW') && props.open.trim() === '') {
      setErrors([{ field: 'openAnswer', message: T.needOne }]);
      return;
    }
    try {
      const res = await send({ variables: { input: { code: props.code, answers, openAnswer: props.open.trim() || null } } });
      const payload = res.data?.surveySubmit;
      if (payload?.accepted) props.onDone();
      else setErrors(toFieldErrors(payload?.userErrors ?? [], ['openAnswer']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <p className="survey-progress">{formatText(T.progress, { n: QUESTIONS.length + 1, total: QUESTIONS.length + 1 })}</p>
      <ErrorSummary formId={formId} errors={errors} />
      <TextAreaField
        formId={formId}
        name="openAnswer"
        label={T.openLegend}
        description={T.openHint}
        required={false}
        maxLength={OPEN_MAX}
        rows={6}
        value={props.open}
        onChange={props.onOpen}
        errors={errors}
      />
      <StepButtons label={T.send} busy={loading} onPrevious={props.onPrevious} />
    </form>
  );
}

/** The step's own button (large, full width) and the way back. */
function StepButtons({ label, busy, onPrevious }: { label: string; busy?: boolean; onPrevious: () => void }) {
  return (
    <div className="survey-actions">
      <Button appearance="primary-action-button" type="submit" busy={busy}>
        {label}
      </Button>
      <Button appearance="secondary-action-button" type="button" onClick={onPrevious}>
        {T.previous}
      </Button>
    </div>
  );
}
