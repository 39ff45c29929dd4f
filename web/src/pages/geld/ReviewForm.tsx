import { useMutation } from '@apollo/client/react';
import { formatText, REVIEW_FORM_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, options, SelectField, TextAreaField, TextField, type FieldError } from '../../components/Form';
import { isStale, toFieldErrors } from '../../lib/errors';
import { todayInAmsterdam } from '../../lib/format';
import { QUARTER_VERDICT_LABELS } from '../../lib/labels';
import { thrownMessage } from './outcome';
import { QUARTER_REVIEW } from './plans.mutations';
import { checkReview, REVIEW_REMARKS_MAX, type ReviewValues } from './quarter.checks';
import type { QuarterReportNode } from './Quarters';
import { emptyAction } from '../overleg/action-values';
import { OwnerField } from '../overleg/OwnerField';

const FIELDS = ['reviewedOn', 'verdict', 'remarks'];

type FollowUp = ReturnType<typeof emptyAction>;

/** The regisseur records the quarterly review with the board, the head of finance and the kerngroep delegation. */
export function ReviewForm({ report, onDone }: { report: QuarterReportNode; onDone: (notice: string) => void }) {
  const formId = useId().replace(/:/g, '');
  const today = todayInAmsterdam();
  const [v, setV] = useState<ReviewValues>({ reviewedOn: today, verdict: '', kerngroep: '', board: '', finance: '', remarks: '', followUps: [] });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [review, { loading }] = useMutation(QUARTER_REVIEW, { refetchQueries: ['MoneyAnnualPlans'] });
  const field = (name: Exclude<keyof ReviewValues, 'followUps'>) => ({
    formId,
    errors,
    name,
    value: v[name],
    onChange: (value: string) => setV({ ...v, [name]: value }),
  });
  const setFollowUp = (i: number, next: FollowUp) => setV({ ...v, followUps: v.followUps.map((a, j) => (j === i ? next : a)) });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: found, input } = checkReview(v, report.submittedOn, today);
    setErrors(found);
    if (!input) return;
    try {
      const { data } = await review({ variables: { id: report.id, version: report.version, input } });
      const userErrors = data?.quarterReportReview.userErrors ?? [];
      if (isStale(userErrors))
        setErrors([
          {
            field: null,
            message: T.stale,
          },
        ]);
      else setErrors(toFieldErrors(userErrors, FIELDS));
      if (userErrors.length === 0) onDone(formatText(T.done, { q: String(report.quarter) }));
    } catch (error) {
      setErrors([{ field: null, message: thrownMessage(error) }]);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={formatText(T.formLabel, { q: String(report.quarter) })}>
      <ErrorSummary formId={formId} errors={errors} />
      <DateField {...field('reviewedOn')} label={T.reviewedOnLabel} width="small" />
      <SelectField
        formId={formId}
        errors={errors}
        name="verdict"
        label={T.verdictLabel}
        value={v.verdict}
        onChange={(verdict) => setV({ ...v, verdict })}
        options={options(QUARTER_VERDICT_LABELS)}
        emptyLabel={T.verdictEmpty}
      />
      <TextAreaField {...field('kerngroep')} label={T.kerngroepLabel} description={T.namesHint} />
      <TextAreaField {...field('board')} label={T.boardLabel} description={T.namesHint} />
      <TextAreaField {...field('finance')} label={T.financeLabel} description={T.namesHint} />
      <TextAreaField {...field('remarks')} required={false} label={T.remarksLabel} maxLength={REVIEW_REMARKS_MAX} />
      <FollowUps
        formId={formId}
        errors={errors}
        followUps={v.followUps}
        onChange={setFollowUp}
        onAdd={() => setV({ ...v, followUps: [...v.followUps, emptyAction()] })}
        onRemove={(i) => setV({ ...v, followUps: v.followUps.filter((_, j) => j !== i) })}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.submit}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The agreed follow-up actions: each becomes an action with its owner and due date, on the actions list. */
function FollowUps(props: {
  formId: string;
  errors: FieldError[];
  followUps: FollowUp[];
  onChange: (i: number, next: FollowUp) => void;
  onAdd: () => void;
  onRemove: (i: number) => void;
}) {
  const { formId, errors } = props;
  return (
    <Fieldset>
      <FieldsetLegend>{T.followUps}</FieldsetLegend>
      <Paragraph>{T.followUpsIntro}</Paragraph>
      {props.followUps.map((a, i) => (
        <Fieldset key={i} className="follow-up">
          <FieldsetLegend>{formatText(T.action, { n: String(i + 1) })}</FieldsetLegend>
          <TextField
            formId={formId}
            errors={errors}
            name={`followUp.${i}.title`}
            maxLength={TEXT_MAX.actionTitle}
            label={T.actionTitleLabel}
            value={a.title}
            onChange={(title) => props.onChange(i, { ...a, title })}
          />
          <OwnerField
            formId={formId}
            errors={errors}
            prefix={`followUp.${i}.`}
            ownerId={a.ownerId}
            ownerName={a.ownerName}
            onChange={(ownerId, ownerName) => props.onChange(i, { ...a, ownerId, ownerName })}
          />
          <DateField
            formId={formId}
            errors={errors}
            name={`followUp.${i}.dueOn`}
            label={T.dueOnLabel}
            width="medium"
            value={a.dueOn}
            onChange={(dueOn) => props.onChange(i, { ...a, dueOn })}
          />
          <Button appearance="subtle-button" type="button" onClick={() => props.onRemove(i)}>
            {formatText(T.removeAction, { n: String(i + 1) })}
          </Button>
        </Fieldset>
      ))}
      <Button appearance="secondary-action-button" type="button" onClick={props.onAdd}>
        {T.addAction}
      </Button>
    </Fieldset>
  );
}
