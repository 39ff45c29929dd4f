import pg from 'pg';

/**
 * One connection kept apart from the pool, for `SELECT 1`: a full or hung pool must not delay the readiness answer,
 * and the hang watch needs an answer from the database itself. Reconnects after any failure.
 */
export class ProbeConnection {
  private client: pg.Client | null = null;
  private connected: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly config: pg.ClientConfig) {}

  /** Resolves when the database answered within `timeoutMs`; rejects with the driver's error or a timeout otherwise. */
  async selectOne(timeoutMs: number): Promise<void> {
    const { client, connected } = this.open(timeoutMs);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`timeout expired: no answer from the database within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([connected.then(() => client.query('SELECT 1')), expired]);
    } catch (error) {
      this.discard(client);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Not awaited: a database that does not answer must not hold up the shutdown. */
  close(): void {
    this.closed = true;
    const client = this.client;
    this.client = null;
    this.connected = null;
    void client?.end().catch(() => undefined);
  }

  private open(timeoutMs: number): { client: pg.Client; connected: Promise<void> } {
    if (this.closed) throw new Error('Cannot use a pool after calling end on the pool');
    if (this.client && this.connected) return { client: this.client, connected: this.connected };
    const client = new pg.Client({
      ...this.config,
      application_name: `${this.config.application_name ?? 'regiekamer'}-probe`,
      connectionTimeoutMillis: timeoutMs,
    });
    // A connection the server drops between probes is replaced at the next one.
    client.on('error', () => this.discard(client));
    this.client = client;
    const connected = client.connect().then(() => undefined);
    connected.catch(() => undefined);
    this.connected = connected;
    return { client, connected };
  }

  private discard(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.connected = null;
    // end() destroys the socket when a statement is still waiting for its answer.
    void client.end().catch(() => undefined);
  }
}
