import { useQuery } from '@apollo/client/react';
import { formatText, WAITING_LIST_PAGE_TEXTS as W, WAITING_PRIORITY_TEXTS as P, WAITING_TEXTS as T } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { SelectField } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import type { WaitingListQuery } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../lib/format';
import { PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { useViewer } from '../../lib/session';
import { PROVIDER_OPTIONS } from '../overview-documents';
import { EntryForm } from './EntryForm';
import { NormForm } from './NormForm';
import { WAITING_LIST } from './waiting-list.documents';

type Entry = WaitingListQuery['waitingList']['entries'][number];

/** Requests waiting to start, per provider: the regisseur sees every provider's (or one), a representative their own. */
export function WaitingListPage() {
  const viewer = useViewer();
  const regisseur = viewer.role === 'REGISSEUR';
  const [providerId, setProviderId] = useState('');
  const query = useQuery(WAITING_LIST, { variables: { providerId: providerId || null } });
  return (
    <>
      <PageHeading title={T.title} />
      <Paragraph>{T.intro}</Paragraph>
      {regisseur && <ProviderFilter value={providerId} onChange={setProviderId} />}
      <QueryState query={query} what={W.what}>
        {(data) => (
          <>
            <Paragraph>{formatText(T.norm, { days: data.waitingList.normDays })}</Paragraph>
            <WaitingTable entries={data.waitingList.entries} showProvider={regisseur && !providerId} onChanged={() => void query.refetch().catch(() => {})} />
            {regisseur && <NormForm current={data.waitingList.normDays} onDone={() => void query.refetch().catch(() => {})} />}
          </>
        )}
      </QueryState>
    </>
  );
}

function ProviderFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const providers = useQuery(PROVIDER_OPTIONS);
  return (
    <div className="search-form">
      <SelectField
        formId="wachtlijst"
        name="providerId"
        label={T.providerLabel}
        errors={[]}
        value={value}
        onChange={onChange}
        emptyLabel={T.allProviders}
        options={(providers.data?.providers.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
      />
    </div>
  );
}

function WaitingTable({ entries, showProvider, onChanged }: { entries: readonly Entry[]; showProvider: boolean; onChanged: () => void }) {
  return (
    <ResponsiveTable
      label={T.caption}
      caption={T.caption}
      empty={T.empty}
      columns={[
        { key: 'client', header: T.columnClient, rowHeader: true, nowrap: true },
        ...(showProvider ? [{ key: 'provider', header: T.columnProvider }] : []),
        { key: 'category', header: T.columnCategory },
        { key: 'requested', header: T.columnRequested, nowrap: true },
        { key: 'days', header: T.columnDays, numeric: true },
        { key: 'priority', header: T.columnPriority, nowrap: true },
        { key: 'note', header: T.columnNote, prose: true },
        { key: 'change', header: T.columnChange, prose: true },
      ]}
      rows={entries.map((e) => ({
        key: e.arrangementId,
        cells: {
          client: e.clientKey,
          provider: e.provider.name,
          category: PRODUCT_CATEGORY_LABELS[e.productCategory],
          requested: formatDate(e.requestedOn),
          days: e.pastNorm ? (
            <strong>
              {formatNumber(e.daysWaited)} ({T.pastNorm})
            </strong>
          ) : (
            formatNumber(e.daysWaited)
          ),
          priority: P[e.priority],
          note: e.note ?? '—',
          change: <EntryForm entry={e} onDone={onChanged} />,
        },
      }))}
    />
  );
}
