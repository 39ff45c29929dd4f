import { ServiceUnavailableError } from '../shared/errors/access-errors';

/**
 * Tells a database that stopped answering from a statement that is merely slow.
 *
 * A stopped or frozen PostgreSQL (SIGSTOP, a hung host, a lost network path) keeps its sockets open: the kernel still
 * accepts connections and data, so nothing fails, and a request waits until some timeout. A client-side query timeout
 * short enough to answer within seconds would also cut off heavy statements that are legitimately slow (those are bounded
 * by the server's statement_timeout). So instead, once something has waited `suspectAfterMs`, the database is asked
 * `SELECT 1` on a connection of its own; if that gets no answer within `probeTimeoutMs`, everything still waiting is
 * given up with SERVICE_UNAVAILABLE and its connections are thrown away, unless some other statement was answered
 * meanwhile (a probe that is merely slow on a machine short of CPU must not fail healthy work). While the database is
 * known to be down, every wait is checked at the next tick. Worst case for a request: suspectAfterMs + tickMs +
 * probeTimeoutMs.
 */
export interface HangWatchOptions {
  suspectAfterMs: number;
  probeTimeoutMs: number;
  /** How long /readyz waits for the probe: a balancer's own timeout (often 1 s) must not pass first. */
  readyWithinMs: number;
  tickMs: number;
}

export const DEFAULT_HANG_WATCH: HangWatchOptions = { suspectAfterMs: 1500, probeTimeoutMs: 750, tickMs: 250, readyWithinMs: 500 };

interface Waiting {
  readonly startedAt: number;
  giveUp(): void;
}

export class HangWatch {
  private readonly waiting = new Set<Waiting>();
  private timer: NodeJS.Timeout | null = null;
  private probing: Promise<boolean> | null = null;
  private down = false;
  /** When a watched statement last got its answer. */
  private lastAnswer = 0;
  /** When a probe last found the database not answering. */
  private lastDown = Number.NEGATIVE_INFINITY;

  /** `probe` must settle within the probe timeout it is given, and reject when the database did not answer. */
  constructor(
    private readonly probe: (timeoutMs: number) => Promise<void>,
    readonly options: HangWatchOptions = DEFAULT_HANG_WATCH,
  ) {}

  /**
   * Settles as `work` does, unless the database is found not to answer first: then rejects with
   * ServiceUnavailableError and calls `abandon`, which must free what `work` holds or will hold (its late result
   * is ignored).
   */
  watch<T>(work: Promise<T>, abandon: (late: Promise<T>) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const entry: Waiting = {
        startedAt: performance.now(),
        giveUp: () => {
          if (done) return;
          done = true;
          this.waiting.delete(entry);
          abandon(work);
          reject(new ServiceUnavailableError());
        },
      };
      this.waiting.add(entry);
      this.timer ??= setInterval(() => this.tick(), this.options.tickMs).unref();
      work.then(
        (value) => {
          this.lastAnswer = performance.now();
          if (done) return;
          done = true;
          this.waiting.delete(entry);
          resolve(value);
        },
        (error: unknown) => {
          if (done) return;
          done = true;
          this.waiting.delete(entry);
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- passes on work's own rejection, unchanged
          reject(error);
        },
      );
    });
  }

  /** Whether the database answers `SELECT 1` within the probe timeout; concurrent callers share one probe. */
  check(): Promise<boolean> {
    this.probing ??= this.probe(this.options.probeTimeoutMs).then(
      () => {
        this.probing = null;
        this.down = false;
        return true;
      },
      () => {
        this.probing = null;
        this.down = true;
        this.lastDown = performance.now();
        return false;
      },
    );
    return this.probing;
  }

  /**
   * For /readyz: false at once while the database is known not to answer (a probe failed within the suspect time; a
   * new one is sent meanwhile), else whether a probe answers within `readyWithinMs`. A slow answer makes this one
   * reply unready without marking the database down.
   */
  ready(): Promise<boolean> {
    const probe = this.check();
    if (this.down && performance.now() - this.lastDown < this.options.suspectAfterMs) return Promise.resolve(false);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.options.readyWithinMs);
    });
    return Promise.race([probe, late]).finally(() => clearTimeout(timer));
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private tick(): void {
    if (this.waiting.size === 0 || this.probing) return;
    const now = performance.now();
    let oldest = now;
    for (const w of this.waiting) if (w.startedAt < oldest) oldest = w.startedAt;
    if (!this.down && now - oldest < this.options.suspectAfterMs) return;
    const probeStarted = performance.now();
    void this.check().then((answers) => {
      if (answers || performance.now() - this.lastAnswer < this.options.suspectAfterMs) return;
      // Everything that was already waiting when the probe was sent waits on a database that does not answer.
      for (const w of [...this.waiting]) if (w.startedAt <= probeStarted) w.giveUp();
    });
  }
}
