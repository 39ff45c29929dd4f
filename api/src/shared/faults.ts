/**
 * Test hooks for failure tests: a process started with FAULT_POINTS=name stops at that point, inside its transaction,
 * and waits to be killed. Never active in production (config refuses it).
 */
const active = new Set<string>();

export function configureFaultPoints(names: readonly string[]): void {
  active.clear();
  for (const name of names) active.add(name);
}

export async function faultPoint(name: string): Promise<void> {
  if (!active.has(name)) return;
  process.stdout.write(`FAULT_POINT_REACHED ${name}\n`);
  await new Promise<never>(() => undefined);
}
