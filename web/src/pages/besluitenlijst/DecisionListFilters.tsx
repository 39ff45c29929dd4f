import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { BESLUITENLIJST_TEXTS as T } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { DateField, options, SelectField } from '../../components/Form';
import { CLIENT_COUNCIL_VERDICT_LABELS, DECISION_OUTCOME_LABELS } from '../../lib/labels';
import { navigate } from '../../lib/router';
import { toSearch, type ListFilters } from './besluitenlijst-filter';

const KIND_LABELS = { PROPOSAL: T.kindProposal, OPGAVE_SELECTION: T.kindSelection } as const;
const COUNCIL_LABELS = { ...CLIENT_COUNCIL_VERDICT_LABELS, NOT_CHECKED: T.councilNotChecked };

/** The period and filters, kept in the address (so a filtered list can be linked and printed as it is). */
export function DecisionListFilters({ current }: { current: ListFilters }) {
  const formId = useId().replace(/:/g, '');
  const [v, setV] = useState(current);
  const set =
    <K extends keyof ListFilters>(k: K) =>
    (value: ListFilters[K]) =>
      setV((old) => ({ ...old, [k]: value }));
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(`/besluitenlijst?${toSearch(v)}`, { replace: true });
  }
  return (
    <form aria-label={T.filters} className="search-form no-print" onSubmit={submit} noValidate>
      <DateField formId={formId} name="van" label={T.from} value={v.from} onChange={set('from')} errors={[]} width="small" />
      <DateField formId={formId} name="tot" label={T.to} value={v.to} onChange={set('to')} errors={[]} width="small" />
      <SelectField
        formId={formId}
        name="uitkomst"
        label={T.outcome}
        required={false}
        value={v.outcome}
        onChange={set('outcome')}
        options={options(DECISION_OUTCOME_LABELS)}
        emptyLabel={T.any}
        errors={[]}
      />
      <SelectField formId={formId} name="soort" label={T.kind} required={false} value={v.kind} onChange={set('kind')} options={options(KIND_LABELS)} emptyLabel={T.any} errors={[]} />
      <SelectField
        formId={formId}
        name="raad"
        label={T.council}
        required={false}
        value={v.council}
        onChange={set('council')}
        options={options(COUNCIL_LABELS)}
        emptyLabel={T.any}
        errors={[]}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit">
          {T.apply}
        </Button>
      </ButtonGroup>
    </form>
  );
}
