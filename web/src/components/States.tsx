import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <Paragraph role="status" className="loading">
      {what} laden…
    </Paragraph>
  );
}

/** A failed load: says what failed and offers to try again. */
export function LoadError({ what, onRetry }: { what: string; onRetry?: () => void }) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>{what} konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw.</Paragraph>
      {onRetry && (
        <Button appearance="secondary-action-button" type="button" onClick={onRetry}>
          Opnieuw proberen
        </Button>
      )}
    </Alert>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
}

/** Loading, error or the content: one pattern for every query on every page. */
export function QueryState<T>({ query, what, children }: { query: QueryLike<T>; what: string; children: (data: T) => ReactNode }) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <LoadError what={what} onRetry={() => void query.refetch().catch(() => {})} />;
  return <Loading what={what} />;
}
