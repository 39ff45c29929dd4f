import { ARRANGEMENTS_SEARCH_FORM_TEXTS as T } from '@regiekamer/texts';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type Dispatch, type SetStateAction, type SubmitEvent } from 'react';
import { options, SelectField, TextField } from '../../components/Form';
import type { ArrangementStatus, ProductCategory } from '../../gql/graphql';
import { ARRANGEMENT_STATUS_LABELS, PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { navigate } from '../../lib/router';
import { ProviderSelect } from './ProviderSelect';

interface Filters {
  q: string;
  status: ArrangementStatus | '';
  category: ProductCategory | '';
  providerId: string;
}

/** The filters being edited; they start over from the address when it changes (back, a link), set while rendering. */
function useFiltersOf(address: Filters): [Filters, Dispatch<SetStateAction<Filters>>] {
  const [edited, setEdited] = useState(address);
  const [shown, setShown] = useState(address);
  if (JSON.stringify(address) !== JSON.stringify(shown)) {
    setShown(address);
    setEdited(address);
  }
  return [edited, setEdited];
}

/** The list's filters, kept in the address: a representative searches by client key, the regisseur picks a provider. */
export function SearchForm({ own, ...current }: Filters & { own: boolean }) {
  const formId = useId().replace(/:/g, '');
  const [v, setV] = useFiltersOf(current);
  const { q, status, category, providerId } = current;
  const set =
    <K extends keyof Filters>(k: K) =>
    (value: Filters[K]) =>
      setV((old) => ({ ...old, [k]: value }));
  const active = Boolean(q || status || category || providerId);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    if (own && v.q.trim()) params.set('zoek', v.q.trim());
    if (!own && v.providerId) params.set('aanbieder', v.providerId);
    if (v.status) params.set('status', v.status);
    if (v.category) params.set('categorie', v.category);
    const qs = params.toString();
    navigate(`/arrangementen${qs ? `?${qs}` : ''}`, { replace: true });
  }

  return (
    <form role="search" aria-label={T.label} className="search-form" onSubmit={submit} noValidate>
      {own ? (
        <TextField formId={formId} name="zoek" label={T.clientKey} required={false} value={v.q} onChange={set('q')} errors={[]} type="search" />
      ) : (
        <ProviderSelect formId={formId} value={v.providerId} onChange={set('providerId')} />
      )}
      <SelectField
        formId={formId}
        name="status"
        label={T.status}
        required={false}
        value={v.status}
        onChange={set('status')}
        options={options(ARRANGEMENT_STATUS_LABELS)}
        emptyLabel={T.statusEmpty}
        errors={[]}
      />
      <SelectField
        formId={formId}
        name="categorie"
        label={T.productCategory}
        required={false}
        value={v.category}
        onChange={set('category')}
        options={options(PRODUCT_CATEGORY_LABELS)}
        emptyLabel={T.productCategoryEmpty}
        errors={[]}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit">
          {T.search}
        </Button>
        {active && (
          <Button appearance="subtle-button" type="button" onClick={() => navigate('/arrangementen', { replace: true })}>
            {T.clear}
          </Button>
        )}
      </ButtonGroup>
      <Paragraph className="visually-hidden" aria-live="polite">
        {active ? T.applied : ''}
      </Paragraph>
    </form>
  );
}
