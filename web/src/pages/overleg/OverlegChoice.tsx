import { useQuery } from '@apollo/client/react';
import { SelectField, type FieldError } from '../../components/Form';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/format';
import { OVERLEG_KIND_LABELS } from '../../lib/labels';

const MEETINGS = graphql(`
  query OverlegChoices {
    beleid: overleggen(first: 100, filter: { kind: BELEIDSOVERLEG }) {
      edges {
        node {
          id
          title
          kind
          heldOn
        }
      }
    }
    adHoc: overleggen(first: 100, filter: { kind: AD_HOC }) {
      edges {
        node {
          id
          title
          kind
          heldOn
        }
      }
    }
  }
`);

/** The meeting where a decision was taken (a beleidsoverleg or an ad hoc meeting): the decision then shows there too. */
export function OverlegChoice({
  formId,
  value,
  onChange,
  errors,
}: {
  formId: string;
  value: string;
  onChange: (id: string) => void;
  errors: FieldError[];
}) {
  const { data } = useQuery(MEETINGS);
  const meetings = [...(data?.beleid.edges ?? []), ...(data?.adHoc.edges ?? [])].map((e) => e.node).sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <SelectField
      formId={formId}
      name="overlegId"
      label="Genomen in het overleg"
      description="Het besluit staat dan ook bij dat overleg."
      required={false}
      value={value}
      onChange={onChange}
      options={meetings.map((o) => ({ value: o.id, label: `${o.title} (${OVERLEG_KIND_LABELS[o.kind]}, ${formatDate(o.heldOn)})` }))}
      emptyLabel="Geen overleg gekozen"
      errors={errors}
    />
  );
}
