import { APP_ROLE, Database } from '../../../db/database';
import { ARRANGEMENT_PROJECTION, createArrangementLoaders, REPORT_PROJECTION } from '../arrangement.loaders';
import { createFixture, type Fixture } from '../../../../../tests/support/fixture';
import { insertArrangement, insertReport } from '../../../../../tests/support/factories';
import { createTestDatabase, type TestDatabase } from '../../../../../tests/support/test-db';

let database: TestDatabase;
let owner: Database;
let app: Database;
let fixture: Fixture;
const ids: number[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  owner = Database.connect(database.url, { poolSize: 2 });
  app = Database.connect(database.url, { poolSize: 2, actAs: APP_ROLE });
  fixture = await createFixture(owner);
  const { municipalityId, providers, users } = fixture;
  for (const providerId of [providers.care, providers.care, providers.welfare, providers.volunteer, providers.volunteer, providers.volunteer]) {
    const arrangementId = await insertArrangement(owner, { municipalityId, providerId });
    ids.push(arrangementId);
    for (const month of ['01', '02', '03']) {
      await insertReport(owner, {
        municipalityId,
        providerId,
        arrangementId,
        userId: users.regisseur,
        periodStart: `2026-${month}-01`,
        periodEnd: `2026-${month}-28`,
      });
    }
  }
});
afterAll(async () => {
  await app.end();
  await owner.end();
  await database.drop();
});

const requestAs = (role: string, providerId: number | null = null) =>
  app.forRequest({ userId: fixture.users.regisseur, role, providerId, municipalityId: fixture.municipalityId, requestId: 'loader-test' });

describe('arrangement loaders', () => {
  it('load many arrangements, pages and counts with one query each, results in key order', async () => {
    const db = requestAs('REGISSEUR');
    const loaders = createArrangementLoaders(db, fixture.municipalityId);
    const { care, welfare, volunteer } = fixture.providers;
    const before = app.statements;
    const [byId, pages, counts, reportPages] = await Promise.all([
      Promise.all([...ids].reverse().map((id) => loaders.arrangementById.load(id))),
      Promise.all(
        [volunteer, care, welfare].map((p) =>
          loaders.arrangementPageByProvider.load({
            parentId: p,
            limit: 2,
            afterId: null,
            status: null,
            productCategory: null,
            released: null,
            columns: ARRANGEMENT_PROJECTION.all,
          }),
        ),
      ),
      Promise.all(
        [volunteer, care, welfare].map((p) =>
          loaders.arrangementCountByProvider.load({ parentId: p, status: null, productCategory: null, released: null }),
        ),
      ),
      Promise.all(ids.map((id) => loaders.reportPageByArrangement.load({ parentId: id, limit: 2, afterId: null, columns: REPORT_PROJECTION.all }))),
    ]);
    // One statement per loader (the request's BEGIN with its settings goes ahead of the first, counted with it).
    expect(app.statements - before).toBe(4);
    expect(byId.map((a) => a!.id)).toEqual([...ids].reverse());
    expect(pages.map((rows) => rows.map((r) => r.providerId))).toEqual([[volunteer, volunteer, volunteer], [care, care], [welfare]]);
    expect(counts).toEqual([3, 2, 1]);
    // limit + 1 rows per parent: enough to know there is a next page.
    expect(reportPages.map((rows) => rows.length)).toEqual([3, 3, 3, 3, 3, 3]);
    await db.finish();
  });

  it("give a representative only their own provider's rows, whatever keys are asked", async () => {
    const db = requestAs('PROVIDER_REP', fixture.providers.welfare);
    const loaders = createArrangementLoaders(db, fixture.municipalityId);
    const rows = await Promise.all(ids.map((id) => loaders.arrangementById.load(id)));
    expect(rows.filter((r) => r !== null).map((r) => r.providerId)).toEqual([fixture.providers.welfare]);
    await db.finish();
  });
});
