import { useQuery } from '@apollo/client/react';
import { OVERLEG_CHOICE_TEXTS as T } from '@regiekamer/texts';
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

/**
 * The meeting where a decision was taken: a beleidsoverleg, or an ad hoc meeting for an urgent proposal, held on or
 * before the decision's date (the server's rule; only such meetings are offered). The decision then shows there too.
 */
export function OverlegChoice({
  formId,
  value,
  onChange,
  errors,
  urgent,
  decidedOn,
}: {
  formId: string;
  value: string;
  onChange: (id: string) => void;
  errors: FieldError[];
  urgent: boolean;
  decidedOn: string;
}) {
  const { data } = useQuery(MEETINGS);
  const meetings = [...(data?.beleid.edges ?? []), ...(urgent ? (data?.adHoc.edges ?? []) : [])]
    .map((e) => e.node)
    .filter((o) => o.heldOn <= decidedOn)
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <SelectField
      formId={formId}
      name="overlegId"
      label={T.label}
      description={urgent ? T.hintUrgent : T.hint}
      value={value}
      onChange={onChange}
      options={meetings.map((o) => ({ value: o.id, label: `${o.title} (${OVERLEG_KIND_LABELS[o.kind]}, ${formatDate(o.heldOn)})` }))}
      emptyLabel={T.empty}
      errors={errors}
    />
  );
}
