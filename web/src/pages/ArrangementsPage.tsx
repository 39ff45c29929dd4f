import { useQuery } from '@apollo/client/react';
import { ARRANGEMENTS_PAGE_TEXTS as T } from '@regiekamer/texts';
import { ButtonGroup } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { PageHeading } from '../components/PageHeading';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import type { ArrangementStatus, ProductCategory } from '../gql/graphql';
import { Link, useLocation } from '../lib/router';
import { useViewer } from '../lib/session';
import { ArrangementsHelp } from './arrangements/ArrangementsHelp';
import { SearchForm } from './arrangements/SearchForm';
import { ArrangementTable } from './arrangements/ArrangementTable';
import { ArrangementsExcelDownload } from './arrangements/ArrangementsExcelDownload';
import { ARRANGEMENTS } from './arrangement-documents';

const PAGE_SIZE = 20;

/** A representative's own arrangements (search by client key), or for the regisseur and admin all of them by provider; filtered, one page at a time. */
export function ArrangementsPage() {
  const { search } = useLocation();
  const own = useViewer().role === 'PROVIDER_REP';
  const q = own ? (search.get('zoek') ?? '') : '';
  const status = (search.get('status') ?? '') as ArrangementStatus | '';
  const category = (search.get('categorie') ?? '') as ProductCategory | '';
  const providerId = own ? '' : (search.get('aanbieder') ?? '');
  const pager = useCursorPager();
  const { reset } = pager;
  useEffect(() => reset(), [q, status, category, providerId, reset]);

  const filter = {
    ...(q ? { clientKeyStartsWith: q } : {}),
    ...(status ? { status } : {}),
    ...(category ? { productCategory: category } : {}),
    ...(providerId ? { providerId } : {}),
  };
  const filtered = Boolean(q || status || category || providerId);
  const query = useQuery(ARRANGEMENTS, { variables: { first: PAGE_SIZE, after: pager.after, filter } });

  return (
    <>
      <PageHeading title={own ? T.titleOwn : T.title} />
      <ArrangementsHelp own={own} />
      {own && (
        <ButtonGroup>
          <Link to="/arrangementen/nieuw" className="utrecht-button-link utrecht-button-link--primary-action">
            {T.new}
          </Link>
        </ButtonGroup>
      )}
      <SearchForm own={own} q={q} status={status} category={category} providerId={providerId} />
      <ArrangementsExcelDownload filter={filter} own={own} />
      <QueryState query={query} what={T.what}>
        {(data) => {
          const { edges, pageInfo, totalCount } = data.arrangements;
          return (
            <>
              <ArrangementTable edges={edges} own={own} filtered={filtered} loading={query.loading} />
              <Pager
                label={T.pagerLabel}
                page={pager.page}
                pageSize={PAGE_SIZE}
                shown={edges.length}
                totalCount={totalCount}
                hasNextPage={pageInfo.hasNextPage}
                endCursor={pageInfo.endCursor}
                onNext={pager.next}
                onPrevious={pager.previous}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
