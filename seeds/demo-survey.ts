import type { Queryable } from '../api/src/db/database';
import { codeExpiresOn, hashSurveyCode, normaliseSurveyCode, SURVEY_QUESTIONS } from '../api/src/modules/survey/survey.rules';
import { addDays, hash32, maxDate, minDate, Random } from './random';

/**
 * The client experience survey (#22): answers of last year and this year per provider (a few providers with fewer than
 * 10, so the section shows hidden cells), a few open answers (one masked and quoted), codes issued this year with
 * their use, one unused code to try the page with (DEMO_SURVEY_CODE) and one expired (DEMO_EXPIRED_SURVEY_CODE): demo
 * only, deterministic, named in the README.
 */
export const DEMO_SURVEY_CODE = 'VRAAG-LYST2';
/** A code issued 61 days ago and never used: expired, to see the page refuse it. */
export const DEMO_EXPIRED_SURVEY_CODE = 'VRAAG-VERLP';

/** Answers a year per provider at scale 1, in the seed's provider order: some above the threshold of 10, some below. */
const ANSWERS_PER_PROVIDER = [26, 18, 7, 22, 14, 4, 12, 16, 9, 5] as const;
/** How agreeing each provider's residents are, roughly: the share of 4s and 5s. */
const AGREEMENT = [0.82, 0.7, 0.55, 0.88, 0.76, 0.6, 0.8, 0.9, 0.85, 0.72] as const;

const OPEN_ANSWERS = [
  'Fijn dat ik zelf mocht meedenken over wat ik nodig had.',
  'Het duurde lang voordat er iemand kwam. Daarna ging het goed.',
  'Mevrouw Jansen van het wijkteam heeft mij echt geholpen om weer naar buiten te gaan.',
  'Ik had graag vaker dezelfde begeleider gehad.',
  'Door de groep op woensdag heb ik weer contact met mensen in de buurt.',
  'Ik wist niet goed waar ik moest aankloppen. Via de huisarts ben ik er gekomen.',
] as const;

interface ArrangementRow {
  id: number;
  providerId: number;
  status: string;
  startsOn: string | null;
  endedOn: string | null;
}

export async function seedSurvey(
  db: Queryable,
  municipalityId: number,
  options: { scale: number; today: string },
): Promise<{ answers: number; codes: number }> {
  const rng = new Random(hash32('survey'));
  const providers = await db.query<{ id: number }>(`SELECT id FROM provider WHERE municipality_id = $1 ORDER BY id`, [municipalityId]);
  const year = Number(options.today.slice(0, 4));
  let answers = 0;
  for (const y of [year - 1, year]) {
    for (const [i, provider] of providers.entries()) {
      // This year's count grows with the days gone by, so that the demo looks like a year in progress.
      const part = y === year ? Math.max(0.35, dayOfYear(options.today) / 365) : 1;
      const n = Math.round((ANSWERS_PER_PROVIDER[i % ANSWERS_PER_PROVIDER.length] ?? 10) * options.scale * part);
      answers += await insertAnswers(db, rng, {
        municipalityId,
        providerId: provider.id,
        year: y,
        n,
        agree: AGREEMENT[i % AGREEMENT.length] ?? 0.75,
      });
    }
  }
  await maskOneQuote(db, municipalityId);
  const codes = await seedCodes(db, rng, municipalityId, options);
  return { answers, codes };
}

const dayOfYear = (date: string): number =>
  Math.round((Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) - Date.UTC(+date.slice(0, 4), 0, 1)) / 86_400_000) + 1;

async function insertAnswers(
  db: Queryable,
  rng: Random,
  a: { municipalityId: number; providerId: number; year: number; n: number; agree: number },
): Promise<number> {
  const scores: string[] = [];
  const categories: string[] = [];
  const texts: (string | null)[] = [];
  for (let k = 0; k < a.n; k++) {
    const row = SURVEY_QUESTIONS.map(() => {
      if (rng.chance(0.07)) return 0; // "weet ik niet" or skipped
      return rng.chance(a.agree) ? rng.pick([4, 5]) : rng.pick([1, 2, 3]);
    });
    if (!row.some((s) => s > 0)) row[0] = 4;
    scores.push(`{${row.join(',')}}`);
    categories.push(
      rng.weighted([
        ['BEGELEIDING', 6],
        ['DAGBESTEDING', 3],
        ['GROEPSGERICHTE_ONDERSTEUNING', 1],
      ] as const),
    );
    texts.push(rng.chance(0.12) ? rng.pick(OPEN_ANSWERS) : null);
  }
  if (a.n === 0) return 0;
  await db.query(
    `INSERT INTO survey_answer (id, municipality_id, provider_id, product_category, year, scores, open_text)
     SELECT gen_random_uuid(), $1, $2, t.category::product_category, $3, t.scores::smallint[], t.text
       FROM unnest($4::text[], $5::text[], $6::text[]) AS t(scores, category, text)`,
    [a.municipalityId, a.providerId, a.year, scores, categories, texts],
  );
  return a.n;
}

/** One answer naming a person, masked and quoted, as the regisseur would for a report. */
async function maskOneQuote(db: Queryable, municipalityId: number): Promise<void> {
  await db.query(
    `UPDATE survey_answer SET masked_text = replace(open_text, 'Mevrouw Jansen', '[...]'), quoted = true
      WHERE id = (SELECT id FROM survey_answer WHERE municipality_id = $1 AND open_text LIKE 'Mevrouw Jansen%' ORDER BY year DESC, provider_id LIMIT 1)`,
    [municipalityId],
  );
  await db.query(
    `UPDATE survey_answer SET masked_text = open_text, quoted = true
      WHERE id = (SELECT id FROM survey_answer WHERE municipality_id = $1 AND open_text LIKE 'Door de groep%' ORDER BY year DESC, provider_id LIMIT 1)`,
    [municipalityId],
  );
}

/**
 * Codes issued this year: for arrangements that ended (after their end) or run, per provider about as many as its
 * answers this year divided by a response rate of 60%, the first ones used; and the one demo code, unused.
 */
async function seedCodes(db: Queryable, rng: Random, municipalityId: number, options: { scale: number; today: string }): Promise<number> {
  const yearStart = `${options.today.slice(0, 4)}-01-01`;
  const rows = await db.query<ArrangementRow>(
    `SELECT id, provider_id AS "providerId", status, starts_on::text AS "startsOn", ended_on::text AS "endedOn" FROM arrangement
      WHERE municipality_id = $1 AND status <> 'REQUESTED' AND (ended_on IS NULL OR ended_on >= $2) AND starts_on <= $3 ORDER BY id`,
    [municipalityId, yearStart, addDays(options.today, -14)],
  );
  const reps = new Map(
    (
      await db.query<{ providerId: number; id: number }>(
        `SELECT provider_id AS "providerId", min(id) AS id FROM app_user WHERE municipality_id = $1 AND role = 'PROVIDER_REP' GROUP BY provider_id`,
        [municipalityId],
      )
    ).map((r) => [r.providerId, r.id]),
  );
  const [demo, expired, ...rest] = rows.filter((r) => r.status === 'ACTIVE' && reps.has(r.providerId));
  const codes: { a: ArrangementRow; code: string; issuedOn: string; used: boolean }[] = [];
  if (demo) codes.push({ a: demo, code: DEMO_SURVEY_CODE, issuedOn: options.today, used: false });
  if (expired) codes.push({ a: expired, code: DEMO_EXPIRED_SURVEY_CODE, issuedOn: addDays(options.today, -61), used: false });
  const perProvider = new Map<number, number>();
  for (const a of [...rest, ...rows.filter((r) => r.status !== 'ACTIVE')].sort((x, y) => x.id - y.id)) {
    const count = perProvider.get(a.providerId) ?? 0;
    if (!reps.has(a.providerId) || count >= Math.round(12 * options.scale) || !rng.chance(0.25)) continue;
    perProvider.set(a.providerId, count + 1);
    const from = maxDate(yearStart, a.endedOn ?? maxDate(a.startsOn ?? yearStart, yearStart));
    const issuedOn = minDate(rng.dateBetween(from, addDays(from, 40)), options.today);
    codes.push({ a, code: `seed-${String(a.id)}`, issuedOn, used: rng.chance(0.6) });
  }
  if (codes.length === 0) return 0;
  await db.query(
    `INSERT INTO survey_code (municipality_id, provider_id, arrangement_id, code_hash, issued_on, expires_on, used, issued_by_user_id)
     SELECT $1, t.provider_id, t.arrangement_id, t.hash, t.issued_on, t.expires_on, t.used, t.user_id
       FROM unnest($2::bigint[], $3::bigint[], $4::bytea[], $5::date[], $6::date[], $7::boolean[], $8::bigint[])
         AS t(provider_id, arrangement_id, hash, issued_on, expires_on, used, user_id)`,
    [
      municipalityId,
      codes.map((c) => c.a.providerId),
      codes.map((c) => c.a.id),
      // The seeded codes other than the demo one are not meant to be typed: their hash is of a text that is no code.
      codes.map((c) => hashSurveyCode(normaliseSurveyCode(c.code) ?? c.code)),
      codes.map((c) => c.issuedOn),
      codes.map((c) => codeExpiresOn(c.issuedOn)),
      codes.map((c) => c.used),
      codes.map((c) => reps.get(c.a.providerId)),
    ],
  );
  return codes.length;
}
