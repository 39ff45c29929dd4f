import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
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

function ThresholdForm({ thresholds, onDone }: { thresholds: readonly Threshold[]; onDone: () => void }) {
  const formId = useId().replace(/:/g, '');
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
      setErrors([{ field: 'indicator', message: 'Kies een indicator.' }]);
      return;
    }
    const parsed = parseThreshold(indicator, value);
    if (parsed === null) {
      setErrors([{ field: 'value', message: isRate(indicator) ? 'Vul een percentage in van 0 tot en met 100.' : 'Vul een heel aantal dagen in van 0 tot en met 3650.' }]);
      return;
    }
    try {
      const { data } = await set({ variables: { input: { indicator, value: parsed } } });
      const userErrors = data?.transformationThresholdSet.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['indicator', 'value']));
      if (userErrors.length > 0) return;
      setNotice(`De drempel voor „${indicatorLabel(indicator)}” is nu ${formatThreshold({ indicator, value: parsed })}.`);
      onDone();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  async function removeOne(t: Threshold) {
    setNotice(null);
    try {
      await remove({ variables: { indicator: t.indicator } });
      setNotice(`De drempel voor „${indicatorLabel(t.indicator)}” is verwijderd.`);
      onDone();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} className="utrecht-heading-3">
        Drempels
      </h3>
      <Paragraph>
        Een aanbieder waarvan een cijfer over de laatste twaalf maanden boven een drempel komt, staat op de lijst „Aandacht nodig”. Dat
        gebeurt alleen als het cijfer op 5 of meer gevallen rust.
      </Paragraph>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary formId={formId} errors={errors} />
      {thresholds.length > 0 && (
        <ul>
          {thresholds.map((t) => (
            <li key={t.indicator}>
              {indicatorLabel(t.indicator)}: {formatThreshold(t)}{' '}
              <Button appearance="subtle-button" type="button" onClick={() => void removeOne(t)}>
                Verwijder drempel {indicatorLabel(t.indicator).toLowerCase()}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SelectField
        formId={formId}
        name="indicator"
        label="Indicator"
        value={indicator}
        onChange={setIndicator}
        emptyLabel="Kies een indicator"
        options={INDICATORS.map((i) => ({ value: i, label: indicatorLabel(i) }))}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="value"
        label="Drempel"
        description="Bij een percentage: van 0 tot en met 100. Bij een mediaan: het aantal dagen boven de norm."
        inputMode="decimal"
        width="small"
        value={value}
        onChange={setValue}
        errors={errors}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          Drempel opslaan
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
    if (category === '') found.push({ field: 'productCategory', message: 'Kies een productcategorie.' });
    const normDays = /^\s*\d{1,4}\s*$/.test(days) ? Number(days.trim()) : NaN;
    if (!(normDays >= 1 && normDays <= 3650)) found.push({ field: 'normDays', message: 'Vul een heel aantal dagen in van 1 tot en met 3650.' });
    setErrors(found);
    if (found.length > 0 || category === '') return;
    try {
      const { data } = await save({ variables: { productCategory: category, normDays } });
      const userErrors = data?.durationNormSet.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['productCategory', 'normDays']));
      if (userErrors.length > 0) return;
      setNotice(`De duurnorm voor ${PRODUCT_CATEGORY_LABELS[category]} is nu ${String(normDays)} dagen.`);
      onDone();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} className="utrecht-heading-3">
        Duurnormen
      </h3>
      <Paragraph>
        Hoe lang een arrangement hoogstens zou moeten lopen, per productcategorie:{' '}
        {durationNorms.map((n) => `${PRODUCT_CATEGORY_LABELS[n.productCategory]} ${String(n.normDays)} dagen${n.isDefault ? ' (standaard)' : ''}`).join('; ')}.
      </Paragraph>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary formId={formId} errors={errors} />
      <SelectField
        formId={formId}
        name="productCategory"
        label="Productcategorie"
        value={category}
        onChange={setCategory}
        emptyLabel="Kies een productcategorie"
        options={durationNorms.map((n) => ({ value: n.productCategory, label: PRODUCT_CATEGORY_LABELS[n.productCategory] }))}
        errors={errors}
      />
      <TextField formId={formId} name="normDays" label="Duurnorm in dagen" inputMode="numeric" width="small" value={days} onChange={setDays} errors={errors} />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          Duurnorm opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}
