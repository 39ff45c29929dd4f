import { ServiceUnavailableError } from '../../shared/errors/access-errors';
import { HangWatch } from '../hang-watch';

const options = { suspectAfterMs: 100, probeTimeoutMs: 50, tickMs: 20, readyWithinMs: 30 };
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const answering = () => Promise.resolve();
const silent = (timeoutMs: number) => sleep(timeoutMs).then(() => Promise.reject(new Error('timeout expired')));
const never = <T>() => new Promise<T>(() => undefined);

describe('HangWatch: a hung database from a slow statement', () => {
  let watch: HangWatch;
  afterEach(() => watch.stop());

  it('lets a slow statement finish while the database answers the probe', async () => {
    const probe = jest.fn(answering);
    watch = new HangWatch(probe, options);
    await expect(
      watch.watch(
        sleep(300).then(() => 'done'),
        () => undefined,
      ),
    ).resolves.toBe('done');
    expect(probe).toHaveBeenCalled();
  });

  it('gives up a wait on a database that does not answer, within suspect + tick + probe time, and hands back the work', async () => {
    // On the fake clock (timers and performance.now): the bound is exact, whatever else the machine is doing.
    jest.useFakeTimers();
    try {
      watch = new HangWatch(silent, options);
      const work = never<string>();
      const abandon = jest.fn();
      const started = performance.now();
      let settled: unknown = null;
      const outcome = watch.watch(work, abandon).catch((error: unknown) => {
        settled = error;
        return performance.now() - started;
      });
      await jest.advanceTimersByTimeAsync(options.suspectAfterMs - 1);
      expect(settled).toBeNull();
      await jest.advanceTimersByTimeAsync(options.tickMs + options.probeTimeoutMs + 1);
      const took = await outcome;
      expect(settled).toBeInstanceOf(ServiceUnavailableError);
      expect(took).toBeGreaterThanOrEqual(options.suspectAfterMs);
      expect(took).toBeLessThanOrEqual(options.suspectAfterMs + options.tickMs + options.probeTimeoutMs);
      expect(abandon).toHaveBeenCalledWith(work);
    } finally {
      jest.useRealTimers();
    }
  });

  it('does not give up while other statements still get answers (a probe slow for lack of CPU)', async () => {
    watch = new HangWatch(silent, options);
    const abandon = jest.fn();
    const slow = watch.watch(
      sleep(400).then(() => 'slow'),
      abandon,
    );
    for (let i = 0; i < 20; i++) await watch.watch(sleep(20), () => undefined);
    await expect(slow).resolves.toBe('slow');
    expect(abandon).not.toHaveBeenCalled();
  });

  it('passes the statement’s own error through', async () => {
    watch = new HangWatch(answering, options);
    const error = new Error('duplicate key');
    await expect(watch.watch(Promise.reject(error), () => undefined)).rejects.toBe(error);
  });

  it('asks the database once for callers that check at the same time, and remembers neither answer', async () => {
    const probe = jest.fn(answering);
    watch = new HangWatch(probe, options);
    expect(await Promise.all([watch.check(), watch.check(), watch.check()])).toEqual([true, true, true]);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(await watch.check()).toBe(true);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('tells readiness within readyWithinMs, and at once while the database is known not to answer', async () => {
    jest.useFakeTimers();
    try {
      const probe = jest.fn(silent);
      watch = new HangWatch(probe, options);
      let first: boolean | null = null;
      void watch.ready().then((r) => (first = r));
      await jest.advanceTimersByTimeAsync(options.readyWithinMs - 1);
      expect(first).toBeNull();
      await jest.advanceTimersByTimeAsync(1);
      expect(first).toBe(false);
      // The probe itself runs on to its own timeout and marks the database down; the next answer needs no wait.
      await jest.advanceTimersByTimeAsync(options.probeTimeoutMs);
      let second: boolean | null = null;
      void watch.ready().then((r) => (second = r));
      await jest.advanceTimersByTimeAsync(0);
      expect(second).toBe(false);
      expect(probe).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('is ready when the probe answers, and a slow answer does not mark the database down', async () => {
    watch = new HangWatch(() => sleep(options.readyWithinMs + 20), options);
    expect(await watch.ready()).toBe(false);
    await sleep(40);
    expect(await watch.check()).toBe(true);
    watch = new HangWatch(answering, options);
    expect(await watch.ready()).toBe(true);
  });
});
