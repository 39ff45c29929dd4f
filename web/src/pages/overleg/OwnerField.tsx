import { skipToken, useQuery } from '@apollo/client/react';
import { TEXT_MAX, formatText, OWNER_FIELD_TEXTS as T } from '@regiekamer/texts';
import { SelectField, TextField, type FieldError } from '../../components/Form';
import { OTHER } from './action-values';
import { OWNERS } from './overleg.documents';

/** The people the regisseur can make owner: themself, each provider's representatives, or someone by name. */
export function useOwnerOptions(skip = false): { value: string; label: string }[] {
  const { data } = useQuery(OWNERS, skip ? skipToken : {});
  if (!data?.me) return [];
  return [
    { value: data.me.id, label: formatText(T.self, { name: data.me.name }) },
    ...data.providers.edges.flatMap(({ node }) => (node.representatives ?? []).map((r) => ({ value: r.id, label: `${r.name} (${node.name})` }))),
  ];
}

/** The owner of an action: a user of the platform, or (choosing "iemand anders") a name, such as a resident's. */
export function OwnerField({
  formId,
  ownerId,
  ownerName,
  onChange,
  errors,
  prefix = '',
}: {
  formId: string;
  /** Before the field names, when a form has more than one action (`followUp.0.`). */
  prefix?: string;
  ownerId: string;
  ownerName: string;
  onChange: (ownerId: string, ownerName: string) => void;
  errors: FieldError[];
}) {
  const owners = useOwnerOptions();
  return (
    <>
      <SelectField
        formId={formId}
        name={`${prefix}ownerId`}
        label={T.owner}
        value={ownerId}
        onChange={(id) => onChange(id, ownerName)}
        options={[...owners, { value: OTHER, label: T.other }]}
        emptyLabel={T.ownerEmpty}
        errors={errors}
      />
      {ownerId === OTHER && (
        <TextField
          formId={formId}
          name={`${prefix}ownerName`}
          maxLength={TEXT_MAX.actionOwnerName}
          label={T.ownerName}
          description={T.ownerNameHint}
          value={ownerName}
          onChange={(name) => onChange(ownerId, name)}
          errors={errors}
        />
      )}
    </>
  );
}
