import { useQuery } from '@apollo/client/react';
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
      <PageHeading title="Transformatie" />
      <Paragraph className="transformatie-print-heading">
        Samenvatting voor de gemeenteraad, {formatDate(filters.from)} tot en met {formatDate(filters.to)}.
      </Paragraph>
      <PageHelp>
        <Paragraph>
          Deze pagina laat zien of de transformatie werkt: gaat ondersteuning naar lichtere en meer lokale vormen, krijgen
          inwoners nog wat ze nodig hebben nu goedkoop leveren wordt beloond, en neemt maatwerk af? Kies een periode en,
          als u wilt, één aanbieder. Met de knop Afdrukken maakt u een samenvatting van één pagina voor de gemeenteraad.
        </Paragraph>
      </PageHelp>
      <Filters filters={filters} />
      {SECTIONS.map((Section, i) => (
        <Section key={i} filters={filters} />
      ))}
    </>
  );
}

const GRANULARITY_OPTIONS: { value: Granularity; label: string }[] = [
  { value: 'QUARTER', label: 'Per kwartaal' },
  { value: 'MONTH', label: 'Per maand' },
];

function Filters({ filters }: { filters: TransformationFilters }) {
  const formId = useId().replace(/:/g, '');
  const providers = useQuery(PROVIDER_OPTIONS);
  const [values, setValues] = useState({ ...filters, providerId: filters.providerId ?? '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!isLocalDate(values.from)) found.push({ field: 'from', message: 'Vul een geldige begindatum in.' });
    if (!isLocalDate(values.to)) found.push({ field: 'to', message: 'Vul een geldige einddatum in.' });
    else if (values.to < values.from) found.push({ field: 'to', message: 'De einddatum mag niet voor de begindatum liggen.' });
    setErrors(found);
    if (found.length > 0) return;
    navigate(`/transformatie?${searchOfFilters({ ...values, providerId: values.providerId || null })}`, { replace: true });
  }
  return (
    <form className="search-form transformatie-filters no-print" noValidate onSubmit={submit} aria-label="Periode en aanbieder kiezen">
      <ErrorSummary formId={formId} errors={errors} />
      <DateField formId={formId} name="from" label="Van" width="medium" value={values.from} onChange={(v) => setValues({ ...values, from: v })} errors={errors} />
      <DateField formId={formId} name="to" label="Tot en met" width="medium" value={values.to} onChange={(v) => setValues({ ...values, to: v })} errors={errors} />
      <SelectField
        formId={formId}
        name="granularity"
        label="Verloop"
        value={values.granularity}
        onChange={(v) => setValues({ ...values, granularity: v || 'QUARTER' })}
        options={GRANULARITY_OPTIONS}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="providerId"
        label="Aanbieder"
        required={false}
        value={values.providerId}
        onChange={(v) => setValues({ ...values, providerId: v })}
        options={(providers.data?.providers.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
        emptyLabel="Alle aanbieders"
        errors={errors}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit">
          Toon cijfers
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={() => window.print()}>
          Samenvatting afdrukken
        </Button>
      </ButtonGroup>
    </form>
  );
}
