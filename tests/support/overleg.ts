import { gid, type TestApp } from './test-app';

/**
 * A meeting of the test's municipality, stored directly: a proposal's decision names the beleidsoverleg (or, when urgent,
 * the ad hoc meeting) where it was taken, held on or before its date. Answers its global id.
 */
export async function storedOverleg(t: TestApp, heldOn = '2026-01-01', kind = 'BELEIDSOVERLEG'): Promise<string> {
  const [row] = await t.db.query<{ id: number }>(`INSERT INTO overleg (municipality_id, kind, title, held_on) VALUES ($1, $2, $3, $4) RETURNING id`, [
    t.fixture.municipalityId,
    kind,
    kind === 'BELEIDSOVERLEG' ? 'Beleidsoverleg' : 'Overleg',
    heldOn,
  ]);
  if (!row) throw new Error('no overleg stored');
  return gid('Overleg', row.id);
}
