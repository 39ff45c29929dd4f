import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/** A message as the test SMTP server received it, parsed, with the moment it arrived. */
export interface Received {
  mail: ParsedMail;
  at: number;
}

/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) that parses what arrives with `mailparser`: the API
 * sends over real SMTP, nothing is mocked. `stop` and `start` again on the same port make an outage.
 */
export class TestSmtp {
  readonly received: Received[] = [];
  private server: SMTPServer | null = null;
  private waiters: { count: number; resolve: () => void }[] = [];

  private constructor(
    readonly port: number,
    /** Milliseconds the server takes per message, to make sending take a while. */
    private readonly delayMs: number,
  ) {}

  static async start(port: number, options: { delayMs?: number } = {}): Promise<TestSmtp> {
    const smtp = new TestSmtp(port, options.delayMs ?? 0);
    await smtp.listen();
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async listen(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      closeTimeout: 100,
      logger: false,
      onData: (stream, _session, callback) => {
        // A message counts as arrived when the server answers "250 OK" to it, after its (simulated) processing time.
        simpleParser(stream)
          .then(async (mail) => {
            await new Promise((r) => setTimeout(r, this.delayMs));
            this.received.push({ mail, at: Date.now() });
            this.waiters = this.waiters.filter((w) => {
              if (this.received.length < w.count) return true;
              w.resolve();
              return false;
            });
            callback();
          })
          .catch((error: unknown) => callback(error as Error));
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  /** Closes the server: connections are refused until `listen` again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves when at least `count` messages have arrived. */
  waitForCount(count: number, timeoutMs: number): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.received.length} of ${count} messages arrived within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  /** Resolves when `count` different messages (by Message-ID) have arrived. */
  async waitForDistinct(count: number, timeoutMs: number): Promise<void> {
    const started = Date.now();
    while (this.countsByMessageId().size < count) {
      if (Date.now() - started > timeoutMs) throw new Error(`${this.countsByMessageId().size} of ${count} messages arrived within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** How often each Message-ID arrived. */
  countsByMessageId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of this.received) {
      const id = r.mail.messageId ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }
}

/** The median and 99th percentile of some durations (nearest rank). */
export function percentiles(values: readonly number[]): { median: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  return { median: rank(0.5), p99: rank(0.99) };
}
