/**
 * Test hooks for failure tests: a process started with FAULT_POINTS=name stops at that point, inside its transaction,
 * and waits to be killed; with FAULT_POINTS=name@ms it only waits that long there (a slow request, for the shutdown
 * test). Never active in production (config refuses it).
 */
const active = new Map<string, number | null>();

export function configureFaultPoints(names: readonly string[]): void {
  active.clear();
  for (const entry of names) {
    const at = entry.lastIndexOf('@');
    const delay = at > 0 ? Number(entry.slice(at + 1)) : NaN;
    if (Number.isInteger(delay) && delay >= 0) active.set(entry.slice(0, at), delay);
    else active.set(entry, null);
  }
}

export async function faultPoint(name: string): Promise<void> {
  if (!active.has(name)) return;
  process.stdout.write(`FAULT_POINT_REACHED ${name}\n`);
  const delay = active.get(name) ?? null;
  if (delay !== null) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    return;
  }
  await new Promise<never>(() => undefined);
}
