import { CombinedGraphQLErrors } from '@apollo/client';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { formatText, STATES_TEXTS as S } from '@regiekamer/texts';
import type { ReactNode } from 'react';
import { requestErrorText } from '../lib/errors';

/** Refusals of a query that say something about the question, not the connection: shown in Dutch, as they are. */
const REFUSALS = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'TOO_MANY_REQUESTS', 'SERVICE_UNAVAILABLE']);

/** The Dutch text of a query's refusal (a period of more than ten years, a page size out of range), or null. */
export function refusalText(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const refusal = error.errors.find((e) => typeof e.extensions?.code === 'string' && REFUSALS.has(e.extensions.code));
  return refusal ? requestErrorText(refusal) : null;
}

export function Loading({ what }: { what: string }) {
  return (
    <Paragraph role="status" className="loading">
      {formatText(S.loading, { what })}
    </Paragraph>
  );
}

/** A failed load: says what failed and offers to try again. */
export function LoadError({ what, onRetry, refusal }: { what: string; onRetry?: () => void; refusal?: string | null }) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        {/* "Het laden van het arrangement / de cijfers …": right for one thing and for many. */}
        {formatText(S.loadFailed, { what: what.charAt(0).toLowerCase() + what.slice(1) })} {refusal ?? S.checkConnection}
      </Paragraph>
      {onRetry && (
        <Button appearance="secondary-action-button" type="button" onClick={onRetry}>
          {S.retry}
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
  if (query.error) return <LoadError what={what} refusal={refusalText(query.error)} onRetry={() => void query.refetch().catch(() => {})} />;
  return <Loading what={what} />;
}
