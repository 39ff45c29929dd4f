import { useQuery } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { options, SelectField, TextField } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import type { ArrangementStatus, ProductCategory } from '../gql/graphql';
import { formatDate, formatMoney, formatNumber } from '../lib/format';
import { ARRANGEMENT_FORM_LABELS, ARRANGEMENT_STATUS_LABELS, PRODUCT_CATEGORY_LABELS } from '../lib/labels';
import { Link, navigate, useLocation } from '../lib/router';
import { ARRANGEMENTS } from './arrangement-documents';
import { TableScroll } from '../components/TableScroll';

const PAGE_SIZE = 20;

/** A representative's own arrangements: search by client key, filter, one page at a time. */
export function ArrangementsPage() {
  const { search } = useLocation();
  const q = search.get('zoek') ?? '';
  const status = (search.get('status') ?? '') as ArrangementStatus | '';
  const category = (search.get('categorie') ?? '') as ProductCategory | '';
  const pager = useCursorPager();
  const { reset } = pager;
  useEffect(() => reset(), [q, status, category, reset]);

  const filter = {
    ...(q ? { clientKeyStartsWith: q } : {}),
    ...(status ? { status } : {}),
    ...(category ? { productCategory: category } : {}),
  };
  const query = useQuery(ARRANGEMENTS, { variables: { first: PAGE_SIZE, after: pager.after, filter } });

  return (
    <>
      <PageHeading title="Mijn arrangementen" />
      <ButtonGroup>
        <Link to="/arrangementen/nieuw" className="utrecht-button-link utrecht-button-link--primary-action">
          Nieuw arrangement
        </Link>
      </ButtonGroup>
      <SearchForm q={q} status={status} category={category} />
      <QueryState query={query} what="De arrangementen">
        {(data) => {
          const { edges, pageInfo, totalCount } = data.arrangements;
          return (
            <>
              <TableScroll label="Arrangementen">
                <Table className="data-table">
                  <TableCaption>
                    Arrangementen{q || status || category ? ' die passen bij uw zoekopdracht' : ''}
                    {query.loading && <span className="visually-hidden"> (bijwerken)</span>}
                  </TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Cliëntsleutel</TableHeaderCell>
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
                            <Link to={`/arrangementen/${encodeURIComponent(node.id)}`}>{node.clientKey ?? 'Arrangement'}</Link>
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

function SearchForm({ q, status, category }: { q: string; status: ArrangementStatus | ''; category: ProductCategory | '' }) {
  const formId = useId().replace(/:/g, '');
  const [text, setText] = useState(q);
  const [st, setSt] = useState(status);
  const [cat, setCat] = useState(category);
  useEffect(() => {
    setText(q);
    setSt(status);
    setCat(category);
  }, [q, status, category]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    if (text.trim()) params.set('zoek', text.trim());
    if (st) params.set('status', st);
    if (cat) params.set('categorie', cat);
    const qs = params.toString();
    navigate(`/arrangementen${qs ? `?${qs}` : ''}`, { replace: true });
  }

  return (
    <form role="search" aria-label="Arrangementen zoeken" className="search-form" onSubmit={submit} noValidate>
      <TextField
        formId={formId}
        name="zoek"
        label="Cliëntsleutel begint met"
        required={false}
        value={text}
        onChange={setText}
        errors={[]}
        type="search"
      />
      <SelectField
        formId={formId}
        name="status"
        label="Status"
        required={false}
        value={st}
        onChange={setSt}
        options={options(ARRANGEMENT_STATUS_LABELS)}
        emptyLabel="Alle statussen"
        errors={[]}
      />
      <SelectField
        formId={formId}
        name="categorie"
        label="Productcategorie"
        required={false}
        value={cat}
        onChange={setCat}
        options={options(PRODUCT_CATEGORY_LABELS)}
        emptyLabel="Alle categorieën"
        errors={[]}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit">
          Zoeken
        </Button>
        {(q || status || category) && (
          <Button appearance="subtle-button" type="button" onClick={() => navigate('/arrangementen', { replace: true })}>
            Wis zoekopdracht
          </Button>
        )}
      </ButtonGroup>
      <Paragraph className="visually-hidden" aria-live="polite">
        {q || status || category ? 'Zoekopdracht toegepast.' : ''}
      </Paragraph>
    </form>
  );
}
