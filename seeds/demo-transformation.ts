import type { Queryable } from '../api/src/db/database';
import { Random, addDays, addMonths, maxDate, minDate } from './random';

/**
 * "Grote zorgorganisaties gaan daartoe welzijns- en vrijwilligersorganisaties ondersteunen en bekostigen" (the
 * convenant of the seeds): the care providers of the demo fund welfare and volunteer organisations, one agreement per
 * pair and calendar year within the convenant, last year's and this year's, growing as the substitution is meant to,
 * each paid per quarter up to today. Money between organisations, not volume: the same at every scale.
 */
const PAIRS: readonly { from: string; to: string; lastYearEuros: number | null; thisYearEuros: number; purpose: string }[] = [
  {
    from: 'Zorggroep Lindehof',
    to: 'Welzijn Lindeveld',
    lastYearEuros: 48_000,
    thisYearEuros: 60_000,
    purpose: 'Ondersteuning van de inloop en de buurtcoaches van Welzijn Lindeveld, zodat lichte vragen niet bij de zorg terechtkomen.',
  },
  {
    from: 'Stichting Veldzicht Begeleiding',
    to: 'Vrijwilligerscentrale Lindeveld',
    lastYearEuros: 18_000,
    thisYearEuros: 24_000,
    purpose: 'Werving, scholing en begeleiding van vrijwilligers die inwoners na een begeleidingstraject blijven bezoeken.',
  },
  {
    from: 'Zorgcoöperatie De Klaverhoek',
    to: 'Stichting Maatjes aan de Linde',
    lastYearEuros: null,
    thisYearEuros: 12_000,
    purpose: 'Maatjesprojecten voor inwoners met een lichte ondersteuningsvraag in Zandakker en Lindeveld-Centrum.',
  },
];

export async function seedTransformation(db: Queryable, municipalityId: number, today: string): Promise<number> {
  const [convenant] = await db.query<{ id: number; startsOn: string; endsOn: string }>(
    `SELECT id, starts_on AS "startsOn", ends_on AS "endsOn" FROM convenant WHERE municipality_id = $1 AND status = 'IN_FORCE' ORDER BY id LIMIT 1`,
    [municipalityId],
  );
  if (!convenant) throw new Error('the demo funding needs a convenant in force');
  const reps = await db.query<{ name: string; providerId: number; repId: number }>(
    `SELECT p.name, p.id AS "providerId", min(u.id) AS "repId" FROM provider p JOIN app_user u ON u.provider_id = p.id AND u.role = 'PROVIDER_REP'
      WHERE p.municipality_id = $1 GROUP BY p.id, p.name`,
    [municipalityId],
  );
  const of = (name: string) => {
    const found = reps.find((r) => r.name === name);
    if (!found) throw new Error(`the demo funding needs the provider "${name}"`);
    return found;
  };
  const rng = new Random(22);
  const year = Number(today.slice(0, 4));
  let count = 0;
  for (const pair of PAIRS) {
    const years = [
      [year - 1, pair.lastYearEuros],
      [year, pair.thisYearEuros],
    ] as const;
    for (const [y, euros] of years) {
      // Within the convenant and begun by today: an agreement is made for a year that has started.
      const start = maxDate(`${String(y)}-01-01`, convenant.startsOn);
      const end = minDate(`${String(y)}-12-31`, convenant.endsOn);
      if (euros === null || start > end || start > today) continue;
      const from = of(pair.from);
      const to = of(pair.to);
      const [agreement] = await db.query<{ id: number }>(
        `INSERT INTO funding_agreement (municipality_id, convenant_id, from_provider_id, to_provider_id, period_start, period_end, amount_cents,
           purpose, proposed_by_user_id, status, agreed_at, agreed_by_user_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'AGREED', $10, $11, $10, $10) RETURNING id`,
        [
          municipalityId,
          convenant.id,
          from.providerId,
          to.providerId,
          start,
          end,
          euros * 100,
          pair.purpose,
          from.repId,
          `${addDays(start, -20)}T10:00:00Z`,
          to.repId,
        ],
      );
      if (!agreement) throw new Error('the funding agreement was not inserted');
      count++;
      // A quarter of the amount at the start of each quarter of the agreement, paid within its first two weeks.
      for (let quarter = start; quarter <= end; quarter = addMonths(quarter, 3)) {
        const paidOn = addDays(quarter, rng.int(0, 13));
        if (paidOn > today) break;
        await db.query(
          `INSERT INTO funding_payment (municipality_id, agreement_id, from_provider_id, to_provider_id, paid_on, amount_cents, recorded_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [municipalityId, agreement.id, from.providerId, to.providerId, paidOn, euros * 25, from.repId],
        );
      }
    }
  }
  return count;
}
