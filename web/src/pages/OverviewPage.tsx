import { useQuery } from '@apollo/client/react';
import { OVERVIEW_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, SelectField, DateField, type FieldError } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { isLocalDate, todayInAmsterdam } from '../lib/format';
import { navigate, useLocation } from '../lib/router';
import { OverviewFigures } from './OverviewFigures';
import { Downloads } from './overview/Downloads';
import { OverviewDetails } from './overview/OverviewDetails';
import { OverviewHelp } from './overview/OverviewHelp';
import { PROVIDER_OPTIONS } from './overview-documents';

export function defaultPeriod(): { from: string; to: string } {
  const today = todayInAmsterdam();
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The analyst's and regisseur's overview: period and provider filters (kept in the address), figures, CSV. */
export function OverviewPage() {
  const { search } = useLocation();
  const def = defaultPeriod();
  const from = search.get('van') ?? def.from;
  const to = search.get('tot') ?? def.to;
  const providerId = search.get('aanbieder');
  return (
    <>
      <PageHeading title={T.title} />
      <OverviewHelp />
      <Filters from={from} to={to} providerId={providerId ?? ''} />
      <Downloads from={from} to={to} providerId={providerId} />
      <OverviewFigures from={from} to={to} providerId={providerId} />
      <OverviewDetails from={from} to={to} providerId={providerId} />
    </>
  );
}

function Filters({ from, to, providerId }: { from: string; to: string; providerId: string }) {
  const formId = useId().replace(/:/g, '');
  const providers = useQuery(PROVIDER_OPTIONS);
  const [values, setValues] = useState({ from, to, providerId });
  const [errors, setErrors] = useState<FieldError[]>([]);
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!isLocalDate(values.from)) found.push({ field: 'from', message: T.fromInvalid });
    if (!isLocalDate(values.to)) found.push({ field: 'to', message: T.toInvalid });
    else if (values.to < values.from) found.push({ field: 'to', message: T.toBeforeFrom });
    setErrors(found);
    if (found.length > 0) return;
    const params = new URLSearchParams({ van: values.from, tot: values.to });
    if (values.providerId) params.set('aanbieder', values.providerId);
    navigate(`/overzicht?${params.toString()}`, { replace: true });
  }
  return (
    <form className="search-form" noValidate onSubmit={submit} aria-label={T.filtersLabel}>
      <ErrorSummary formId={formId} errors={errors} />
      <DateField
        formId={formId}
        name="from"
        label={T.from}
        width="medium"
        value={values.from}
        onChange={(v) => setValues({ ...values, from: v })}
        errors={errors}
      />
      <DateField
        formId={formId}
        name="to"
        label={T.to}
        width="medium"
        value={values.to}
        onChange={(v) => setValues({ ...values, to: v })}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="providerId"
        label={T.provider}
        required={false}
        value={values.providerId}
        onChange={(v) => setValues({ ...values, providerId: v })}
        options={(providers.data?.providers.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
        emptyLabel={T.allProviders}
        errors={errors}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit">
          {T.submit}
        </Button>
      </ButtonGroup>
    </form>
  );
}
