import { Pager, type useCursorPager } from '../../components/Pager';
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
