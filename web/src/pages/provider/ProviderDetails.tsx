import { formatText, PROVIDER_DETAILS_TEXTS as T } from '@regiekamer/texts';
import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ProviderQuery } from '../../gql/graphql';
import { PROVIDER_KIND_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { Representatives } from './Representatives';

type Provider = Extract<NonNullable<ProviderQuery['node']>, { __typename: 'Provider' }>;

export function ProviderDetails({ provider: p, staff }: { provider: Provider; staff: boolean }) {
  const reps = p.representatives ?? [];
  return (
    <section aria-labelledby="gegevens" className="section">
      <Heading2 id="gegevens">{T.heading}</Heading2>
      <DataList className="summary-list">
        <DataListItem>
          <DataListKey>{T.kind}</DataListKey>
          <DataListValue>{PROVIDER_KIND_LABELS[p.kind]}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.kvkNumber}</DataListKey>
          <DataListValue>{p.kvkNumber}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.agbCode}</DataListKey>
          <DataListValue>{p.agbCode ?? '—'}</DataListValue>
        </DataListItem>
        {staff && (
          <DataListItem>
            <DataListKey>{T.representatives}</DataListKey>
            <DataListValue>
              <Representatives people={reps} />
            </DataListValue>
          </DataListItem>
        )}
      </DataList>
      {staff && (
        <Paragraph>
          <Link to={`/arrangementen?aanbieder=${encodeURIComponent(p.id)}`}>{formatText(T.arrangements, { name: p.name })}</Link>
        </Paragraph>
      )}
    </section>
  );
}
