import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** A port free now, for a process a test starts (the cluster's own rule: below the ephemeral range, never twice). */
export { freePort } from '../../api/src/cluster/processes';

/** A child process whose output can be awaited line by line. */
export class Child {
  readonly output: string[] = [];
  private waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  readonly exited: Promise<number | null>;

  constructor(readonly proc: ChildProcessWithoutNullStreams) {
    let buffer = '';
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        this.output.push(line);
        this.waiters = this.waiters.filter((w) => {
          if (!w.pattern.test(line)) return true;
          w.resolve(line);
          return false;
        });
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  }

  static start(command: string, args: string[], env: Record<string, string> = {}): Child {
    return new Child(spawn(command, args, { env: { ...process.env, MORNING_AT: morningAwayFromNow(), ...env }, stdio: 'pipe' }));
  }

  /** The exit code after a SIGTERM, with the output when it is not 0: a failed stop then says why. */
  async stoppedBySigterm(): Promise<{ code: number | null; output: string }> {
    this.proc.kill('SIGTERM');
    const code = await this.exited;
    return { code, output: code === 0 ? '' : this.output.join('\n') };
  }

  /** Resolves with the first line matching `pattern`, among lines from index `since` on (default: all). */
  waitFor(pattern: RegExp, timeoutMs = 30000, since = 0): Promise<string> {
    const seen = this.output.slice(since).find((l) => pattern.test(l));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${this.output.join('\n')}`)), timeoutMs);
      this.waiters.push({
        pattern,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
    });
  }

  send(line: string): void {
    this.proc.stdin.write(line + '\n');
  }
}

/**
 * A MORNING_AT twelve hours from now (HH:MM, Amsterdam): the real morning run of a process a test starts must not fall
 * inside the test and add notices or mail it does not expect.
 */
export function morningAwayFromNow(now: Date = new Date()): string {
  const later = new Date(now.getTime() + 12 * 3600_000);
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(later);
}
