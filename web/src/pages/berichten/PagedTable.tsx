import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { Pager, type useCursorPager } from '../../components/Pager';
import { QueryState } from '../../components/States';
import { ResponsiveTable, type Column, type Row } from '../../components/ResponsiveTable';

/** A page of a connection as a table, with the pager under it: the two lists of notifications and messages. */
export function PagedTable({
  texts,
  columns,
  rows,
  pageSize,
  pager,
  connection,
}: {
  /** The page's texts: its title labels the table. */
  texts: { title: string; caption: string; empty: string; pagerLabel: string };
  columns: readonly Column[];
  rows: readonly Row[];
  pageSize: number;
  pager: ReturnType<typeof useCursorPager>;
  connection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
}) {
  return (
    <>
      <ResponsiveTable label={texts.title} caption={texts.caption} columns={columns} empty={texts.empty} rows={rows} />
      <Pager
        label={texts.pagerLabel}
        page={pager.page}
        pageSize={pageSize}
        shown={rows.length}
        totalCount={connection.totalCount}
        hasNextPage={connection.pageInfo.hasNextPage}
        endCursor={connection.pageInfo.endCursor}
        onNext={pager.next}
        onPrevious={pager.previous}
      />
    </>
  );
}

interface Connection<N> {
  edges: readonly { node: N }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}
interface Texts {
  title: string;
  intro: string;
  what: string;
  caption: string;
  empty: string;
  pagerLabel: string;
}

/**
 * A page of one list (notifications, outgoing messages): heading, help, its filter, the outcome of the last action,
 * and the query's page as a table with its pager.
 */
export function PagedListPage<D, N>(props: {
  texts: Texts;
  filter: ReactNode;
  notice: string;
  query: { data: D | undefined; loading: boolean; error?: unknown; refetch: () => Promise<unknown> };
  connectionOf: (data: D) => Connection<N>;
  rowsOf: (nodes: N[]) => readonly Row[];
  columns: readonly Column[];
  pageSize: number;
  pager: ReturnType<typeof useCursorPager>;
}) {
  const { texts } = props;
  return (
    <>
      <PageHeading title={texts.title} />
      <PageHelp>
        <Paragraph>{texts.intro}</Paragraph>
      </PageHelp>
      {props.filter}
      <p role="status">{props.notice}</p>
      <QueryState query={props.query} what={texts.what}>
        {(data) => {
          const connection = props.connectionOf(data);
          return (
            <PagedTable
              texts={texts}
              columns={props.columns}
              rows={props.rowsOf(connection.edges.map((e) => e.node))}
              pageSize={props.pageSize}
              pager={props.pager}
              connection={connection}
            />
          );
        }}
      </QueryState>
    </>
  );
}
