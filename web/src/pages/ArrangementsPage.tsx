import { useQuery } from '@apollo/client/react';
import { ButtonGroup, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { PageHeading } from '../components/PageHeading';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import type { ArrangementStatus, ProductCategory } from '../gql/graphql';
import { formatDate, formatMoney, formatNumber } from '../lib/format';
import { ARRANGEMENT_FORM_LABELS, ARRANGEMENT_STATUS_LABELS, PRODUCT_CATEGORY_LABELS } from '../lib/labels';
import { Link, useLocation } from '../lib/router';
import { useViewer } from '../lib/session';
import { ArrangementsHelp } from './arrangements/ArrangementsHelp';
import { SearchForm } from './arrangements/SearchForm';
import { ARRANGEMENTS } from './arrangement-documents';
import { TableScroll } from '../components/TableScroll';

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
      <PageHeading title={own ? 'Mijn arrangementen' : 'Arrangementen'} />
      <ArrangementsHelp own={own} />
      {own && (
        <ButtonGroup>
          <Link to="/arrangementen/nieuw" className="utrecht-button-link utrecht-button-link--primary-action">
            Nieuw arrangement
          </Link>
        </ButtonGroup>
      )}
      <SearchForm own={own} q={q} status={status} category={category} providerId={providerId} />
      <QueryState query={query} what="De arrangementen">
        {(data) => {
          const { edges, pageInfo, totalCount } = data.arrangements;
          return (
            <>
              <TableScroll label="Arrangementen">
                <Table className="data-table">
                  <TableCaption>
                    Arrangementen{filtered ? ' die passen bij uw zoekopdracht' : ''}
                    {query.loading && <span className="visually-hidden"> (bijwerken)</span>}
                  </TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{own ? 'Cliëntsleutel' : 'Aanbieder'}</TableHeaderCell>
                      <TableHeaderCell scope="col">Status</TableHeaderCell>
                      <TableHeaderCell scope="col">Productcategorie</TableHeaderCell>
                      <TableHeaderCell scope="col">Vorm</TableHeaderCell>
                      <TableHeaderCell scope="col" className="numeric">
                        Uren per week
                      </TableHeaderCell>
                      <TableHeaderCell scope="col" className="numeric">
                        Gepland
                      </TableHeaderCell>
                      <TableHeaderCell scope="col" className="numeric">
                        Gerealiseerd
                      </TableHeaderCell>
                      <TableHeaderCell scope="col">Aangevraagd op</TableHeaderCell>
                      <TableHeaderCell scope="col">Start</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {edges.length === 0 ? (
                      <TableRow>
                        <TableCell colSpan={9}>Geen arrangementen gevonden.</TableCell>
                      </TableRow>
                    ) : (
                      edges.map(({ node }) => (
                        <TableRow key={node.id}>
                          <TableHeaderCell scope="row">
                            <Link to={`/arrangementen/${encodeURIComponent(node.id)}`}>{node.clientKey ?? node.provider.name}</Link>
                          </TableHeaderCell>
                          <TableCell>{ARRANGEMENT_STATUS_LABELS[node.status]}</TableCell>
                          <TableCell>{PRODUCT_CATEGORY_LABELS[node.productCategory]}</TableCell>
                          <TableCell>{ARRANGEMENT_FORM_LABELS[node.form]}</TableCell>
                          <TableCell className="numeric">{formatNumber(node.hoursPerWeek)}</TableCell>
                          <TableCell className="numeric">{formatMoney(node.plannedCostCents)}</TableCell>
                          <TableCell className="numeric">{formatMoney(node.realisedCostCents)}</TableCell>
                          <TableCell>{formatDate(node.requestedOn)}</TableCell>
                          <TableCell>{formatDate(node.startsOn)}</TableCell>
                        </TableRow>
                      ))
                    )}
                  </TableBody>
                </Table>
              </TableScroll>
              <Pager
                label="arrangementen"
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
