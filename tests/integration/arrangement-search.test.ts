import { insertArrangement } from '../support/factories';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

const SEARCH = `query ($q: String) { arrangements(filter: { clientKeyStartsWith: $q }) { totalCount edges { node { clientKey } } } }`;

describe('a representative searches their arrangements by client key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const { municipalityId, providers } = t.fixture;
    for (const clientKey of ['K-ABC-1', 'k-abc-2', 'K-XYZ-1', 'K_%-literal'])
      await insertArrangement(t.db, { municipalityId, providerId: providers.care, clientKey });
    await insertArrangement(t.db, { municipalityId, providerId: providers.welfare, clientKey: 'K-ABC-OTHER' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds own arrangements by prefix, case-insensitive, never another provider’s', async () => {
    const rep = await t.as('repCare');
    const res = await rep<{ arrangements: { totalCount: number; edges: { node: { clientKey: string } }[] } }>(SEARCH, { q: 'k-abc' });
    expect(res.data!.arrangements.edges.map((e) => e.node.clientKey).sort()).toEqual(['K-ABC-1', 'k-abc-2']);
    expect(res.data!.arrangements.totalCount).toBe(2);
  });

  it('takes wildcards literally', async () => {
    const rep = await t.as('repCare');
    const res = await rep<{ arrangements: { totalCount: number } }>(SEARCH, { q: 'K_%' });
    expect(res.data!.arrangements.totalCount).toBe(1);
    const none = await rep<{ arrangements: { totalCount: number } }>(SEARCH, { q: '%' });
    expect(none.data!.arrangements.totalCount).toBe(0);
  });

  it('is not for the regisseur or analysts, who never see client keys', async () => {
    for (const who of ['regisseur', 'analyst'] as const) {
      const res = await (await t.as(who))(SEARCH, { q: 'K-' });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
  });
});
