import { useQuery } from '@apollo/client/react';
import { formatText, TRANSFORMATION_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, SelectField, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { formatDate, isLocalDate } from '../../lib/format';
import { navigate, useLocation } from '../../lib/router';
import { PROVIDER_OPTIONS } from '../overview-documents';
import { filtersFromSearch, searchOfFilters, type Granularity, type TransformationFilters } from './filters';
import { SECTIONS } from './sections';
import '../../components/print.css';
import './transformatie.css';

/**
 * Is the transformation working? Substitution from care to welfare and volunteers, outcomes under the inverted
 * incentive, the client experience survey and the maatwerk curve, for the regisseur (exact) and analysts (protected).
 * Printed, the page is a one-page summary for the gemeenteraad.
 */
export function TransformatiePage() {
  const { search } = useLocation();
  const filters = filtersFromSearch(search);
  return (
    <>
      <PageHeading title={T.title} />
      <Paragraph className="transformatie-print-heading">
        {formatText(T.printHeading, { from: formatDate(filters.from), to: formatDate(filters.to) })}
      </Paragraph>
      <PageHelp>
        <Paragraph>{T.help}</Paragraph>
      </PageHelp>
      <Filters filters={filters} />
      <div className="transformatie-sections">
        {SECTIONS.map((Section, i) => (
          <Section key={i} filters={filters} />
        ))}
      </div>
    </>
  );
}

const GRANULARITY_OPTIONS: { value: Granularity; label: string }[] = [
  { value: 'QUARTER', label: T.perQuarter },
  { value: 'MONTH', label: T.perMonth },
];

function Filters({ filters }: { filters: TransformationFilters }) {
  const formId = useId().replace(/:/g, '');
  const providers = useQuery(PROVIDER_OPTIONS);
  const [values, setValues] = useState({ ...filters, providerId: filters.providerId ?? '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!isLocalDate(values.from)) found.push({ field: 'from', message: T.fromInvalid });
    if (!isLocalDate(values.to)) found.push({ field: 'to', message: T.toInvalid });
    else if (values.to < values.from) found.push({ field: 'to', message: T.toBeforeFrom });
    setErrors(found);
    if (found.length > 0) return;
    navigate(`/transformatie?${searchOfFilters({ ...values, providerId: values.providerId || null })}`, { replace: true });
  }
  return (
    <form className="search-form transformatie-filters no-print" noValidate onSubmit={submit} aria-label={T.filtersLabel}>
      <ErrorSummary formId={formId} errors={errors} />
      <DateField formId={formId} name="from" label={T.from} width="medium" value={values.from} onChange={(v) => setValues({ ...values, from: v })} errors={errors} />
      <DateField formId={formId} name="to" label={T.to} width="medium" value={values.to} onChange={(v) => setValues({ ...values, to: v })} errors={errors} />
      <SelectField
        formId={formId}
        name="granularity"
        label={T.granularity}
        value={values.granularity}
        onChange={(v) => setValues({ ...values, granularity: v || 'QUARTER' })}
        options={GRANULARITY_OPTIONS}
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
          {T.show}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={() => window.print()}>
          {T.print}
        </Button>
      </ButtonGroup>
    </form>
  );
}
