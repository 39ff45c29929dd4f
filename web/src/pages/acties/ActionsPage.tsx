import { useQuery } from '@apollo/client/react';
import { formatText, ACTIONS_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { Pager, useCursorPager } from '../../components/Pager';
import { QueryState } from '../../components/States';
import type { ActionsQuery } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { Link, useLocation } from '../../lib/router';
import { ActionsTable } from '../overleg/ActionsTable';
import { ACTIONS } from './actions.documents';
import { ActionFilters } from './ActionFilters';
import { fromSearch, SOURCE_LABELS, toFilter } from './action-filter';

const PAGE_SIZE = 20;
type Source = ActionsQuery['actions']['edges'][number]['node']['source'];

function SourceCell({ s }: { s: Source }) {
  if (s.__typename === 'Overleg') return <Link to={`/overleg/${encodeURIComponent(s.id)}`}>{s.title}</Link>;
  if (s.__typename === 'QuarterReport') {
    const whose = s.provider?.name ?? T.municipality;
    return (
      <Link to={`/jaarplannen/${encodeURIComponent(s.plan.id)}`}>
        {formatText(T.quarterSource, { source: SOURCE_LABELS.QUARTER_REPORT, whose, quarter: String(s.quarter), year: String(s.year) })}
      </Link>
    );
  }
  const label = SOURCE_LABELS[({ Atelier: 'ATELIER', Decision: 'DECISION', ImprovementTrack: 'IMPROVEMENT_TRACK' } as const)[s.__typename]];
  const name = s.__typename === 'Atelier' ? s.title : s.__typename === 'Decision' ? s.text : s.topic;
  return <span className="action-source">{`${label}: ${name.length > 80 ? `${name.slice(0, 80)}…` : name}`}</span>;
}

/** Every action of the municipality, filtered and paged; the late ones stand out, and open ones can be closed here. */
export function ActionsPage() {
  const { search } = useLocation();
  const values = fromSearch(search);
  const pager = useCursorPager();
  const query = useQuery(ACTIONS, { variables: { first: PAGE_SIZE, after: pager.after, filter: toFilter(values) } });
  // A refused close drops the row from a list of open actions on the refetch: its message stands above the list.
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.helpWhat}</Paragraph>
        <Paragraph>{T.helpLate}</Paragraph>
        <Paragraph>{T.helpClose}</Paragraph>
      </PageHelp>
      <ActionFilters key={search.toString()} value={values} onApply={pager.reset} />
      {refusal && (
        <Alert type="error" role="alert">
          <Paragraph>{refusal}</Paragraph>
        </Alert>
      )}
      <QueryState query={query} what={T.what}>
        {(data) => (
          <>
            <Paragraph aria-live="polite">
              {formatText(data.actions.totalCount === 1 ? T.foundOne : T.foundMany, { count: formatNumber(data.actions.totalCount) })}
            </Paragraph>
            {data.actions.edges.length > 0 && (
              <ActionsTable
                caption={T.caption}
                actions={data.actions.edges.map((e) => e.node)}
                source={(a) => {
                  const s = data.actions.edges.find((e) => e.node.id === a.id)?.node.source;
                  return s && <SourceCell s={s} />;
                }}
                onChanged={() => query.refetch()}
                onRefused={setRefusal}
              />
            )}
            <Pager
              label={T.pager}
              page={pager.page}
              pageSize={PAGE_SIZE}
              shown={data.actions.edges.length}
              totalCount={data.actions.totalCount}
              hasNextPage={data.actions.pageInfo.hasNextPage}
              endCursor={data.actions.pageInfo.endCursor}
              onNext={pager.next}
              onPrevious={pager.previous}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
