import { useQuery } from '@apollo/client/react';
import { ARRANGEMENTS_PROVIDER_SELECT_TEXTS as T } from '@regiekamer/texts';
import { SelectField } from '../../components/Form';
import { PROVIDER_OPTIONS } from '../overview-documents';

/** "Aanbieder (niet verplicht)": every provider of the municipality, or all of them. */
export function ProviderSelect({ formId, value, onChange }: { formId: string; value: string; onChange: (value: string) => void }) {
  const providers = useQuery(PROVIDER_OPTIONS);
  return (
    <SelectField
      formId={formId}
      name="aanbieder"
      label={T.label}
      required={false}
      value={value}
      onChange={onChange}
      options={(providers.data?.providers.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
      emptyLabel={T.empty}
      errors={[]}
    />
  );
}
