import type { Queryable } from '../api/src/db/database';

/** Opgaven residents brought in on /meedoen that wait for the regisseur, so that "Ingediende opgaven" has something to decide. */
const SUBMISSIONS = [
  {
    title: 'Een bankje bij de bushalte aan de Dorpsstraat',
    description: 'Wie slecht ter been is, staat daar lang te wachten. Met een bankje kunnen ouderen de bus weer nemen.',
    area: 'Dorpsstraat',
    contact: 'bushalte@voorbeeld.example',
  },
  {
    title: 'Samen koken in het buurthuis',
    description: 'Veel mensen in de wijk eten alleen. Eén avond per week samen koken en eten zou eenzaamheid verminderen.',
    area: 'Wijk Noord',
    contact: null,
  },
];

export async function seedSubmissions(db: Queryable, municipalityId: number): Promise<void> {
  await db.query(
    `INSERT INTO opgave_submission (municipality_id, title, description, area, contact_email, address_hash)
     SELECT $1, t.title, t.description, t.area, t.contact, 'demo' FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(title, description, area, contact)`,
    [
      municipalityId,
      SUBMISSIONS.map((s) => s.title),
      SUBMISSIONS.map((s) => s.description),
      SUBMISSIONS.map((s) => s.area),
      SUBMISSIONS.map((s) => s.contact),
    ],
  );
  // An address is kept only with consent to be mailed about the opgave, given on the form with it.
  await db.query(
    `INSERT INTO consent (municipality_id, subject_kind, opgave_submission_id, purpose, given_channel)
     SELECT municipality_id, 'SUBMISSION', id, 'FOLLOW_UP_CONTACT', 'PUBLIC_FORM' FROM opgave_submission
      WHERE municipality_id = $1 AND contact_email IS NOT NULL AND address_hash = 'demo'`,
    [municipalityId],
  );
}
