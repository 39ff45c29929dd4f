import { OVERLEG_KIND_FILTER_TEXTS as T } from '@regiekamer/texts';
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { options, SelectField } from '../../components/Form';
import type { OverlegKind } from '../../gql/graphql';
import { OVERLEG_KIND_LABELS } from '../../lib/labels';
import { navigate } from '../../lib/router';

export function OverlegKindFilter({ kind, onChoose }: { kind: OverlegKind | ''; onChoose: () => void }) {
  const [choice, setChoice] = useState<OverlegKind | ''>(kind);
  return (
    <form
      className="search-form"
      aria-label={T.label}
      onSubmit={(e) => {
        e.preventDefault();
        onChoose();
        navigate(choice ? `/overleg?soort=${choice}` : '/overleg', { replace: true });
      }}
    >
      <SelectField
        formId="overleg-filter"
        name="soort"
        label={T.kind}
        required={false}
        value={choice}
        onChange={setChoice}
        options={options(OVERLEG_KIND_LABELS)}
        emptyLabel={T.empty}
        errors={[]}
      />
      <Button appearance="secondary-action-button" type="submit">
        {T.show}
      </Button>
    </form>
  );
}
