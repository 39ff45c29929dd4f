import { ACTION_FILTERS_TEXTS as T } from '@regiekamer/texts';
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { options, SelectField } from '../../components/Form';
import { ACTION_STATUS_LABELS } from '../../lib/labels';
import { navigate } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { useOwnerOptions } from '../overleg/OwnerField';
import { OVERDUE_LABELS, SOURCE_LABELS, toSearch, type FilterValues } from './action-filter';

/** Status, late or not, owner and source; the regisseur and admin choose any owner, a representative only themself. */
export function ActionFilters({ value, onApply }: { value: FilterValues; onApply: () => void }) {
  const viewer = useViewer();
  const [v, setV] = useState(value);
  const mayChoose = viewer.role === 'REGISSEUR' || viewer.role === 'ADMIN';
  const owners = useOwnerOptions(!mayChoose);
  const common = { formId: 'acties', required: false, errors: [] };
  const set =
    <K extends keyof FilterValues>(key: K) =>
    (x: FilterValues[K]) =>
      setV({ ...v, [key]: x });
  return (
    <form
      className="search-form"
      aria-label={T.label}
      onSubmit={(e) => {
        e.preventDefault();
        onApply();
        navigate(`/acties${toSearch(v)}`, { replace: true });
      }}
    >
      <SelectField
        {...common}
        name="status"
        label={T.status}
        value={v.status}
        onChange={set('status')}
        options={options(ACTION_STATUS_LABELS)}
        emptyLabel={T.statusEmpty}
      />
      <SelectField
        {...common}
        name="telaat"
        label={T.overdue}
        value={v.overdue}
        onChange={set('overdue')}
        options={options(OVERDUE_LABELS)}
        emptyLabel={T.overdueEmpty}
      />
      {viewer.role !== 'ANALYST' && (
        <SelectField
          {...common}
          name="eigenaar"
          label={T.owner}
          value={v.owner}
          onChange={set('owner')}
          options={mayChoose ? owners : [{ value: viewer.id, label: T.mine }]}
          emptyLabel={T.ownerEmpty}
        />
      )}
      <SelectField
        {...common}
        name="bron"
        label={T.source}
        value={v.source}
        onChange={set('source')}
        options={options(SOURCE_LABELS)}
        emptyLabel={T.sourceEmpty}
      />
      <Button appearance="secondary-action-button" type="submit">
        {T.show}
      </Button>
    </form>
  );
}
