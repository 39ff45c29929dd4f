import { PROPOSE_FIELDS_TEXTS as T } from '@regiekamer/texts';
import { DateField, SelectField, TextAreaField, TextField, type FieldError } from '../../components/Form';
import type { MoneyConvenantsInForceQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { PURPOSE_MAX } from './propose.checks';

export type ConvenantOption = MoneyConvenantsInForceQuery['convenants']['edges'][number]['node'];

export interface ProposeValues {
  convenantId: string;
  toProviderId: string;
  periodStart: string;
  periodEnd: string;
  amount: string;
  purpose: string;
}

/** The fields of a proposal; the receiving provider is chosen among the other parties of the chosen convenant. */
export function ProposeFields(props: {
  formId: string;
  values: ProposeValues;
  onChange: (values: ProposeValues) => void;
  errors: FieldError[];
  convenants: ConvenantOption[];
  ownProviderId: string;
}) {
  const { formId, values, errors } = props;
  const set = (patch: Partial<ProposeValues>) => props.onChange({ ...values, ...patch });
  const convenant = props.convenants.find((c) => c.id === values.convenantId);
  const receivers = (convenant?.parties ?? []).flatMap((p) => (p.provider && p.provider.id !== props.ownProviderId ? [p.provider] : []));
  const common = { formId, errors };
  return (
    <>
      <SelectField
        {...common}
        name="convenantId"
        label={T.convenant}
        value={values.convenantId}
        onChange={(convenantId) => set({ convenantId, toProviderId: '' })}
        options={props.convenants.map((c) => ({ value: c.id, label: `${c.title} (${formatDate(c.startsOn)} – ${formatDate(c.endsOn)})` }))}
        emptyLabel={T.chooseConvenant}
      />
      <SelectField
        {...common}
        name="toProviderId"
        label={T.receiver}
        value={values.toProviderId}
        onChange={(toProviderId) => set({ toProviderId })}
        options={receivers.map((p) => ({ value: p.id, label: p.name }))}
        emptyLabel={convenant ? T.chooseReceiver : T.convenantFirst}
      />
      <div className="field-row">
        <DateField
          {...common}
          name="periodStart"
          label={T.periodStart}
          width="small"
          value={values.periodStart}
          onChange={(periodStart) => set({ periodStart })}
        />
        <DateField
          {...common}
          name="periodEnd"
          label={T.periodEnd}
          width="small"
          value={values.periodEnd}
          onChange={(periodEnd) => set({ periodEnd })}
        />
      </div>
      <TextField
        {...common}
        name="amountCents"
        label={T.amount}
        description={T.amountExample}
        inputMode="decimal"
        width="small"
        value={values.amount}
        onChange={(amount) => set({ amount })}
      />
      <TextAreaField
        {...common}
        name="purpose"
        label={T.purpose}
        description={T.purposeHint}
        maxLength={PURPOSE_MAX}
        value={values.purpose}
        onChange={(purpose) => set({ purpose })}
      />
    </>
  );
}
