/** Requests through the cluster's nginx and the figures of a load: outcomes, latency percentiles, who answered. */

export interface Outcome {
  ok: boolean;
  status: number;
  /** The API process that answered (nginx's X-Upstream), '' when none did. */
  upstream: string;
  ms: number;
  at: number;
  error?: string;
  data?: Record<string, unknown> | null;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL POST; ok only with status 200, no errors and no userErrors in any mutation payload. */
export async function gql(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Outcome> {
  const started = performance.now();
  const at = Date.now();
  try {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60000),
    });
    const upstream = res.headers.get('x-upstream') ?? '';
    const text = await res.text();
    const ms = performance.now() - started;
    let body: GraphQLBody = {};
    try {
      body = JSON.parse(text) as GraphQLBody;
    } catch {
      return { ok: false, status: res.status, upstream, ms, at, error: text.slice(0, 200) };
    }
    const userErrors = Object.values(body.data ?? {}).flatMap((payload) =>
      payload && typeof payload === 'object' && 'userErrors' in payload ? ((payload as { userErrors?: unknown[] }).userErrors ?? []) : [],
    );
    const ok = res.status === 200 && !body.errors?.length && userErrors.length === 0;
    return {
      ok,
      status: res.status,
      upstream,
      ms,
      at,
      data: body.data ?? null,
      ...(ok ? {} : { error: JSON.stringify(body.errors ?? userErrors).slice(0, 300) }),
    };
  } catch (error) {
    return { ok: false, status: 0, upstream: '', ms: performance.now() - started, at, error: String((error as Error).cause ?? error) };
  }
}

/** Runs `op` from `concurrency` loops until `until()` is true; every outcome, in order of completion. */
export async function load(concurrency: number, until: () => boolean, op: (n: number) => Promise<Outcome>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let n = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!until()) outcomes.push(await op(n++));
    }),
  );
  return outcomes;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summary(outcomes: Outcome[]): string {
  const ms = outcomes.map((o) => o.ms);
  const failed = outcomes.filter((o) => !o.ok).length;
  return `${outcomes.length} requests, ${failed} failed, p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms`;
}

export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
