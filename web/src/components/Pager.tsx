import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { formatText, PAGER_TEXTS as T } from '@regiekamer/texts';
import { useCallback, useState } from 'react';

/**
 * Cursor paging through a Relay connection, one page at a time: it never loads the whole list.
 * `after` goes into the query; `next(endCursor)` and `previous()` move; `reset()` after a filter change.
 */
export function useCursorPager() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((c) => [...c, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { after, page: cursors.length, next, previous, reset };
}

export function Pager({
  label,
  page,
  pageSize,
  shown,
  totalCount,
  hasNextPage,
  endCursor,
  onNext,
  onPrevious,
}: {
  label: string;
  page: number;
  pageSize: number;
  shown: number;
  totalCount: number | null | undefined;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  onNext: (endCursor: string | null | undefined) => void;
  onPrevious: () => void;
}) {
  const first = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = (page - 1) * pageSize + shown;
  return (
    <nav aria-label={formatText(T.navLabel, { label })} className="pager">
      <Paragraph aria-live="polite">
        {shown === 0
          ? formatText(T.none, { label })
          : formatText(typeof totalCount === 'number' ? T.rangeOf : T.range, {
              label: `${label[0]?.toUpperCase()}${label.slice(1)}`,
              first: String(first),
              last: String(last),
              total: String(totalCount),
            })}
      </Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="button" disabled={page <= 1} onClick={onPrevious}>
          {T.previous}
        </Button>
        <Button appearance="secondary-action-button" type="button" disabled={!hasNextPage} onClick={() => onNext(endCursor)}>
          {T.next}
        </Button>
      </ButtonGroup>
    </nav>
  );
}
