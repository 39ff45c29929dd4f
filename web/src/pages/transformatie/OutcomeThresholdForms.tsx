import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { formatText, OUTCOME_PAGE_TEXTS as T } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, SelectField, TextField, type FieldError } from '../../components/Form';
import type { OutcomeIndicator, ProductCategory } from '../../gql/graphql';
import { toFieldErrors, TECHNICAL_ERROR } from '../../lib/errors';
import { PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { DURATION_NORM_SET, THRESHOLD_REMOVE, THRESHOLD_SET } from './outcomes.documents';
import { formatThreshold, indicatorLabel, INDICATORS, isRate, parseThreshold, type Threshold } from './outcomes';

interface NormView {
  productCategory: ProductCategory;
  normDays: number;
  isDefault: boolean;
}

/** The regisseur's instruments: a threshold per indicator (and removing one), and the duration norm per category. */
export function ThresholdForms({ thresholds, durationNorms, onDone }: { thresholds: readonly Threshold[]; durationNorms: readonly NormView[]; onDone: () => void }) {
  return (
    <>
      <ThresholdForm thresholds={thresholds} onDone={onDone} />
      <DurationNormForm durationNorms={durationNorms} onDone={onDone} />
    </>
  );
}

/** The threshold form's values, errors and notice; setting one after its checks, and removing one. */
function useThresholdEdit(onDone: () => void) {
  const [indicator, setIndicator] = useState<OutcomeIndicator | ''>('');
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [set, { loading }] = useMutation(THRESHOLD_SET);
  const [remove] = useMutation(THRESHOLD_REMOVE);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    if (indicator === '') {
      setErrors([{ field: 'indicator', message: T.chooseIndicatorError }]);
      return;
    }
    const parsed = parseThreshold(indicator, value);
    if (parsed === null) {
      setErrors([{ field: 'value', message: isRate(indicator) ? T.percentInvalid : T.daysInvalid }]);
      return;
    }
    try {
      const { data } = await set({ variables: { input: { indicator, value: parsed } } });
      const userErrors = data?.transformationThresholdSet.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['indicator', 'value']));
      if (userErrors.length > 0) return;
      setNotice(formatText(T.thresholdSaved, { indicator: indicatorLabel(indicator), value: formatThreshold({ indicator, value: parsed }) }));
      onDone();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  async function removeOne(t: Threshold) {
    setNotice(null);
    try {
      await remove({ variables: { indicator: t.indicator } });
      setNotice(formatText(T.thresholdRemoved, { indicator: indicatorLabel(t.indicator) }));
      onDone();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return { indicator, setIndicator, value, setValue, errors, notice, loading, submit, removeOne };
}

/** The thresholds set now, each with its remove button; nothing when none is set. */
function ThresholdList({ thresholds, onRemove }: { thresholds: readonly Threshold[]; onRemove: (t: Threshold) => void }) {
  if (thresholds.length === 0) return null;
  return (
    <ul>
      {thresholds.map((t) => (
        <li key={t.indicator}>
          {indicatorLabel(t.indicator)}: {formatThreshold(t)}{' '}
          <Button appearance="subtle-button" type="button" onClick={() => onRemove(t)}>
            {formatText(T.removeThreshold, { indicator: indicatorLabel(t.indicator).toLowerCase() })}
          </Button>
        </li>
      ))}
    </ul>
  );
}

function ThresholdForm({ thresholds, onDone }: { thresholds: readonly Threshold[]; onDone: () => void }) {
  const formId = useId().replace(/:/g, '');
  const { indicator, setIndicator, value, setValue, errors, notice, loading, submit, removeOne } = useThresholdEdit(onDone);
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} className="utrecht-heading-3">
        {T.thresholdsTitle}
      </h3>
      <Paragraph>{T.thresholdsHelp}</Paragraph>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary formId={formId} errors={errors} />
      <ThresholdList thresholds={thresholds} onRemove={(t) => void removeOne(t)} />
      <SelectField
        formId={formId}
        name="indicator"
        label={T.indicatorLabel}
        value={indicator}
        onChange={setIndicator}
        emptyLabel={T.chooseIndicator}
        options={INDICATORS.map((i) => ({ value: i, label: indicatorLabel(i) }))}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="value"
        label={T.valueLabel}
        description={T.valueHelp}
        inputMode="decimal"
        width="small"
        value={value}
        onChange={setValue}
        errors={errors}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.saveThreshold}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function DurationNormForm({ durationNorms, onDone }: { durationNorms: readonly NormView[]; onDone: () => void }) {
  const formId = useId().replace(/:/g, '');
  const [category, setCategory] = useState<ProductCategory | ''>('');
  const [days, setDays] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [save, { loading }] = useMutation(DURATION_NORM_SET);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const found: FieldError[] = [];
    if (category === '') found.push({ field: 'productCategory', message: T.chooseCategoryError });
    const normDays = /^\s*\d{1,4}\s*$/.test(days) ? Number(days.trim()) : NaN;
    if (!(normDays >= 1 && normDays <= 3650)) found.push({ field: 'normDays', message: T.normDaysInvalid });
    setErrors(found);
    if (found.length > 0 || category === '') return;
    try {
      const { data } = await save({ variables: { productCategory: category, normDays } });
      const userErrors = data?.durationNormSet.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['productCategory', 'normDays']));
      if (userErrors.length > 0) return;
      setNotice(formatText(T.normSaved, { category: PRODUCT_CATEGORY_LABELS[category], days: normDays }));
      onDone();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} className="utrecht-heading-3">
        {T.normsTitle}
      </h3>
      <Paragraph>
        {formatText(T.normsHelp, {
          norms: durationNorms
            .map((n) => `${PRODUCT_CATEGORY_LABELS[n.productCategory]} ${String(n.normDays)} dagen${n.isDefault ? ` ${T.normStandard}` : ''}`)
            .join('; '),
        })}
      </Paragraph>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary formId={formId} errors={errors} />
      <SelectField
        formId={formId}
        name="productCategory"
        label={T.categoryLabel}
        value={category}
        onChange={setCategory}
        emptyLabel={T.chooseCategory}
        options={durationNorms.map((n) => ({ value: n.productCategory, label: PRODUCT_CATEGORY_LABELS[n.productCategory] }))}
        errors={errors}
      />
      <TextField formId={formId} name="normDays" label={T.normDaysLabel} inputMode="numeric" width="small" value={days} onChange={setDays} errors={errors} />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.saveNorm}
        </Button>
      </ButtonGroup>
    </form>
  );
}
