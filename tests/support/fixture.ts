import type { Queryable } from '../../api/src/db/database';
import { hashPassword } from '../../api/src/shared/auth/passwords';

export const PASSWORD = 'test-password-123';

export interface Fixture {
  municipalityId: number;
  providers: { care: number; welfare: number; volunteer: number };
  users: {
    regisseur: number;
    analyst: number;
    admin: number;
    repCare: number;
    repWelfare: number;
    repVolunteer: number;
    council: number;
    resident: number;
  };
}

export const EMAILS = {
  regisseur: 'regisseur@test.example',
  analyst: 'analist@test.example',
  admin: 'admin@test.example',
  repCare: 'rep@zorg.example',
  repWelfare: 'rep@welzijn.example',
  repVolunteer: 'rep@vrijwilligers.example',
  council: 'clientenraad@test.example',
  resident: 'bewoner@test.example',
} as const;
export type FixtureUser = keyof typeof EMAILS;

/** A small, hand-made municipality: three providers, one user per role and one representative per provider; the resident is in the kerngroep. */
export async function createFixture(db: Queryable): Promise<Fixture> {
  const hash = await hashPassword(PASSWORD);
  const [m] = await db.query<{ id: number }>(
    `INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ('GM9001', 'Testgemeente', 22500) RETURNING id`,
  );
  const municipalityId = m!.id;
  const provider = async (name: string, kind: string, kvk: string): Promise<number> => {
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO provider (municipality_id, name, kind, kvk_number) VALUES ($1, $2, $3, $4) RETURNING id`,
      [municipalityId, name, kind, kvk],
    );
    return row!.id;
  };
  const providers = {
    care: await provider('Zorggroep Test', 'CARE', '10000001'),
    welfare: await provider('Welzijn Test', 'WELFARE', '10000002'),
    volunteer: await provider('Vrijwilligers Test', 'VOLUNTEER', '10000003'),
  };
  const user = async (email: string, name: string, role: string, providerId: number | null): Promise<number> => {
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO app_user (municipality_id, email, name, role, provider_id, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [municipalityId, email, name, role, providerId, hash],
    );
    return row!.id;
  };
  const users = {
    regisseur: await user(EMAILS.regisseur, 'Regisseur Test', 'REGISSEUR', null),
    analyst: await user(EMAILS.analyst, 'Analist Test', 'ANALYST', null),
    admin: await user(EMAILS.admin, 'Beheerder Test', 'ADMIN', null),
    repCare: await user(EMAILS.repCare, 'Vertegenwoordiger Zorg', 'PROVIDER_REP', providers.care),
    repWelfare: await user(EMAILS.repWelfare, 'Vertegenwoordiger Welzijn', 'PROVIDER_REP', providers.welfare),
    repVolunteer: await user(EMAILS.repVolunteer, 'Vertegenwoordiger Vrijwilligers', 'PROVIDER_REP', providers.volunteer),
    council: await user(EMAILS.council, 'Lid Cliëntenraad', 'CLIENT_COUNCIL', null),
    resident: await user(EMAILS.resident, 'Bewoner Test', 'RESIDENT', null),
  };
  // The resident is in the kerngroep; teams and ateliers are made by the tests that need them.
  await db.query(`INSERT INTO participant_membership (municipality_id, user_id, group_kind) VALUES ($1, $2, 'KERNGROEP')`, [municipalityId, users.resident]);
  return { municipalityId, providers, users };
}
