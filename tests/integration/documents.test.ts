import { request } from 'node:http';
import { insertConvenantInForce } from '../support/factories';
import { DOCX, EXE, ODT, PDF, PLAIN_ZIP, PNG, uploadForm } from '../support/files';
import type { FixtureUser } from '../support/fixture';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';

/**
 * Documents: a file attached to a convenant, a proposal, an overleg or an annual plan through POST /documents, checked
 * by its bytes (never its name), at most 20 MB, stored in PostgreSQL; downloaded through GET /documents/<id> by those
 * who may see the owner (404 for anyone else), as an attachment, and in the access log.
 */
let t: TestApp;
const owners = { proposal: '', overleg: '', convenant: '', carePlan: '' };

interface UploadAnswer {
  document?: { id: string; title: string; fileName: string; contentType: string; byteSize: number; downloadPath: string };
  errors?: { message: string; extensions: { code: string; field?: string } }[];
}

async function upload(user: FixtureUser | null, ownerId: string, file: { bytes: Buffer; name: string } | null, title = 'Bijlage') {
  const headers: Record<string, string> = user === null ? {} : { authorization: `Bearer ${await t.login(user)}` };
  const res = await fetch(`${t.app.url}/documents`, { method: 'POST', headers, body: uploadForm({ ownerId, title }, file) });
  return { status: res.status, body: (await res.json()) as UploadAnswer };
}

async function download(user: FixtureUser, path: string) {
  return fetch(`${t.app.url}${path}`, { headers: { authorization: `Bearer ${await t.login(user)}` } });
}

const accessLog = (user: FixtureUser) =>
  t.db.query<{ document_id: number }>(`SELECT document_id FROM access_log WHERE user_id = $1 AND document_id IS NOT NULL`, [t.fixture.users[user]]);

beforeAll(async () => {
  t = await startTestApp();
  const { municipalityId, providers } = t.fixture;
  const regisseur = await t.as('regisseur');
  const p = await regisseur<{ proposalSubmit: { proposal: { id: string } } }>(
    `mutation { proposalSubmit(input: { title: "Buurthuis open in de avond", submittedOn: "2026-06-01" }) { proposal { id } } }`,
  );
  owners.proposal = p.data!.proposalSubmit.proposal.id;
  const o = await regisseur<{ overlegCreate: { overleg: { id: string } } }>(
    `mutation { overlegCreate(input: { kind: STAFF, title: "Teamoverleg", heldOn: "2026-06-01" }) { overleg { id } } }`,
  );
  owners.overleg = o.data!.overlegCreate.overleg.id;
  owners.convenant = gid('Convenant', await insertConvenantInForce(t.db, municipalityId, [providers.care, providers.welfare]));
  const plan = await (
    await t.as('repCare')
  )<{ annualPlanCreate: { plan: { id: string } } }>(
    `mutation { annualPlanCreate(input: { year: 2026, goals: [{ title: "G", indicator: "I", target: 10 }], budgetLines: [{ title: "B", amountCents: 100 }] }) { plan { id } } }`,
  );
  owners.carePlan = plan.data!.annualPlanCreate.plan.id;
});
afterAll(async () => {
  await t.close();
});

describe('upload: the type by the bytes, the size, the owner', () => {
  it('attaches a PDF to a proposal; the proposal lists it and a participant downloads it as an attachment, logged', async () => {
    const up = await upload('regisseur', owners.proposal, { bytes: PDF, name: 'aanbiedingsformulier.pdf' }, 'Aanbiedingsformulier');
    expect(up.status).toBe(201);
    expect(up.body.document).toMatchObject({
      title: 'Aanbiedingsformulier',
      fileName: 'aanbiedingsformulier.pdf',
      contentType: 'application/pdf',
      byteSize: PDF.length,
    });
    const listed = await (
      await t.as('council')
    )<{ node: { documents: { id: string; title: string; downloadPath: string; viewerCanDelete: boolean }[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on Proposal { documents { id title downloadPath viewerCanDelete } } } }`,
      { id: owners.proposal },
    );
    expect(listed.data!.node.documents).toEqual([
      { id: up.body.document!.id, title: 'Aanbiedingsformulier', downloadPath: up.body.document!.downloadPath, viewerCanDelete: false },
    ]);
    const before = (await accessLog('council')).length;
    const res = await download('council', up.body.document!.downloadPath);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="aanbiedingsformulier.pdf"; filename*=UTF-8''aanbiedingsformulier.pdf`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await accessLog('council')).length).toBe(before + 1);
    // The trail has the row without its bytes.
    const [trail] = await t.db.query<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_log WHERE table_name = 'document' ORDER BY id DESC LIMIT 1`,
    );
    expect(trail!.after).toMatchObject({ title: 'Aanbiedingsformulier', content_type: 'application/pdf' });
    expect(Object.keys(trail!.after)).not.toContain('content');
  });

  it('accepts a PDF named .exe as a PDF, stored with the extension of what it is', async () => {
    const up = await upload('regisseur', owners.overleg, { bytes: PDF, name: 'notulen.exe' }, 'Notulen');
    expect(up.status).toBe(201);
    expect(up.body.document).toMatchObject({ contentType: 'application/pdf', fileName: 'notulen.exe.pdf' });
  });

  it.each([
    ['a Word document', DOCX, 'plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an OpenDocument text', ODT, 'plan.odt', 'application/vnd.oasis.opendocument.text'],
    ['a PNG image', PNG, 'foto.png', 'image/png'],
    ['a CSV file', Buffer.from('kenmerk;uren\nA-1;2,5\n'), 'cijfers.csv', 'text/csv; charset=utf-8'],
  ])('accepts %s', async (_what, bytes, name, type) => {
    const up = await upload('repCare', owners.carePlan, { bytes, name });
    expect({ status: up.status, type: up.body.document?.contentType }).toEqual({ status: 201, type });
  });

  it.each([
    ['a program renamed .pdf', EXE, 'rapport.pdf'],
    ['a ZIP that is no office document, named .docx', PLAIN_ZIP, 'plan.docx'],
    ['binary data named .txt', Buffer.from([0x00, 0x01, 0x02, 0xfe]), 'notities.txt'],
  ])('refuses %s with 415, storing nothing', async (_what, bytes, name) => {
    const before = await t.count('document');
    const up = await upload('regisseur', owners.proposal, { bytes, name });
    expect(up.status).toBe(415);
    expect(up.body.errors![0]!.extensions).toEqual({ code: 'FILE_TYPE_REFUSED', field: 'file' });
    expect(await t.count('document')).toBe(before);
    expect(await t.count('document_content')).toBe(before);
  });

  it('refuses 20 MB + 1 byte with 413, storing nothing; exactly 20 MB is accepted', async () => {
    const before = await t.count('document');
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024 + 1 - PDF.length, 0x20)]);
    const refused = await upload('regisseur', owners.proposal, { bytes: big, name: 'groot.pdf' });
    expect(refused.status).toBe(413);
    expect(refused.body.errors![0]!.extensions.code).toBe('FILE_TOO_LARGE');
    expect(await t.count('document')).toBe(before);
    const fits = await upload('regisseur', owners.proposal, { bytes: big.subarray(0, 20 * 1024 * 1024), name: 'precies.pdf' });
    expect(fits.status).toBe(201);
    expect(fits.body.document!.byteSize).toBe(20 * 1024 * 1024);
  }, 60_000);

  it('refuses a request announcing far more than 20 MB before reading it', async () => {
    const token = await t.login('regisseur');
    const { port } = new URL(t.app.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          port,
          method: 'POST',
          path: '/documents',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=x', 'content-length': 40 * 1024 * 1024 },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', reject);
      // Only the start of the announced body: the answer comes without the rest.
      req.write('--x\r\n');
    });
    expect(status).toBe(413);
  });

  it('refuses a missing file, an empty title and an owner of another kind, storing nothing', async () => {
    const before = await t.count('document');
    const noFile = await upload('regisseur', owners.proposal, null);
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors![0]!.extensions.field).toBe('file');
    const noTitle = await upload('regisseur', owners.proposal, { bytes: PDF, name: 'a.pdf' }, '  ');
    expect(noTitle.body.errors![0]!.extensions).toEqual({ code: 'INVALID_INPUT', field: 'title' });
    const wrongKind = await upload('regisseur', gid('Provider', t.fixture.providers.care), { bytes: PDF, name: 'a.pdf' });
    expect(wrongKind.status).toBe(404);
    expect(await t.count('document')).toBe(before);
  });

  it('refuses the unauthenticated (401), participants and the analyst (403), and a non-multipart body (400)', async () => {
    const before = await t.count('document');
    expect((await upload(null, owners.proposal, { bytes: PDF, name: 'a.pdf' })).status).toBe(401);
    for (const user of ['council', 'resident', 'analyst'] as const) {
      const res = await upload(user, owners.proposal, { bytes: PDF, name: 'a.pdf' });
      expect({ user, status: res.status, code: res.body.errors?.[0]?.extensions.code }).toEqual({ user, status: 403, code: 'FORBIDDEN' });
    }
    const json = await fetch(`${t.app.url}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await t.login('regisseur')}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
    expect(await t.count('document')).toBe(before);
  });
});

describe('who sees a document: those who may see its owner', () => {
  it("another provider's representative neither uploads to nor downloads from a provider's annual plan: 404, nothing logged", async () => {
    const up = await upload('repCare', owners.carePlan, { bytes: PDF, name: 'jaarplan.pdf' }, 'Jaarplan');
    expect(up.status).toBe(201);
    const before = await t.count('document');
    const foreign = await upload('repWelfare', owners.carePlan, { bytes: PDF, name: 'x.pdf' });
    expect(foreign.status).toBe(404);
    expect(await t.count('document')).toBe(before);
    const res = await download('repWelfare', up.body.document!.downloadPath);
    expect(res.status).toBe(404);
    expect(await accessLog('repWelfare')).toEqual([]);
    // Nor does it list them: the plan's documents come back empty for them through node.
    const asWelfare = await (await t.as('repWelfare'))<{ node: unknown }>(`query ($id: ID!) { node(id: $id) { id } }`, { id: up.body.document!.id });
    expect(asWelfare.data!.node).toBeNull();
    // The regisseur does see them.
    expect((await download('regisseur', up.body.document!.downloadPath)).status).toBe(200);
  });

  it("participants never see a convenant's documents: 404, nothing logged", async () => {
    const up = await upload('regisseur', owners.convenant, { bytes: PDF, name: 'convenant.pdf' }, 'Getekend convenant');
    expect(up.status).toBe(201);
    for (const user of ['council', 'resident'] as const) {
      const res = await download(user, up.body.document!.downloadPath);
      expect({ user, status: res.status }).toEqual({ user, status: 404 });
    }
    const logged = await t.db.query(`SELECT 1 FROM access_log WHERE document_id = $1`, [
      Number(/\d+$/.exec(Buffer.from(up.body.document!.id, 'base64url').toString())![0]),
    ]);
    expect(logged).toEqual([]);
    // The representative of a party sees it.
    expect((await download('repCare', up.body.document!.downloadPath)).status).toBe(200);
  });

  it("participants download the minutes of the meetings that concern them, not of a staff meeting's: 404, nothing logged", async () => {
    const staff = await upload('regisseur', owners.overleg, { bytes: PDF, name: 'intern.pdf' }, 'Intern verslag');
    const created = await (
      await t.as('regisseur')
    )<{ overlegCreate: { overleg: { id: string } } }>(
      `mutation { overlegCreate(input: { kind: BELEIDSOVERLEG, title: "Beleidsoverleg", heldOn: "2026-06-01" }) { overleg { id } } }`,
    );
    const shared = await upload('regisseur', created.data!.overlegCreate.overleg.id, { bytes: PDF, name: 'notulen.pdf' }, 'Notulen');
    const before = (await accessLog('council')).length;
    expect((await download('council', staff.body.document!.downloadPath)).status).toBe(404);
    expect((await accessLog('council')).length).toBe(before);
    expect((await download('council', shared.body.document!.downloadPath)).status).toBe(200);
    expect((await accessLog('council')).length).toBe(before + 1);
  });

  it('answers 404 for an id that is no document and 401 without signing in', async () => {
    expect((await download('regisseur', `/documents/${gid('Proposal', 1)}`)).status).toBe(404);
    expect((await download('regisseur', '/documents/not-an-id')).status).toBe(404);
    expect((await fetch(`${t.app.url}/documents/${gid('Proposal', 1)}`)).status).toBe(401);
  });
});

describe('documentDelete: by who uploaded it, or the regisseur', () => {
  const DELETE = `mutation ($id: ID!) { documentDelete(id: $id) { document { id title } userErrors { code field } } }`;

  it('refuses another representative (FORBIDDEN, still there); the uploader deletes, bytes and all', async () => {
    const up = await upload('repCare', owners.proposal, { bytes: PDF, name: 'advies.pdf' }, 'Advies');
    const id = up.body.document!.id;
    const before = await t.count('document');
    const refused = await (await t.as('repWelfare'))(DELETE, { id });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(await t.count('document')).toBe(before);
    const participant = await (await t.as('council'))(DELETE, { id });
    expect(errorCodes(participant)).toEqual(['FORBIDDEN']);
    expect(await t.count('document')).toBe(before);
    const done = await (await t.as('repCare'))<{ documentDelete: { document: { id: string }; userErrors: unknown[] } }>(DELETE, { id });
    expect(done.data!.documentDelete).toEqual({ document: { id, title: 'Advies' }, userErrors: [] });
    expect(await t.count('document')).toBe(before - 1);
    expect(await t.count('document_content')).toBe(before - 1);
    expect((await download('repCare', up.body.document!.downloadPath)).status).toBe(404);
    const [trail] = await t.db.query<{ operation: string }>(`SELECT operation FROM audit_log WHERE table_name = 'document' ORDER BY id DESC LIMIT 1`);
    expect(trail!.operation).toBe('DELETE');
  });

  it("the regisseur deletes a representative's document; an unknown id is NOT_FOUND", async () => {
    const up = await upload('repCare', owners.carePlan, { bytes: PNG, name: 'foto.png' }, 'Foto');
    const done = await (await t.as('regisseur'))<{ documentDelete: { userErrors: unknown[] } }>(DELETE, { id: up.body.document!.id });
    expect(done.data!.documentDelete.userErrors).toEqual([]);
    const again = await (await t.as('regisseur'))<{ documentDelete: { userErrors: unknown[] } }>(DELETE, { id: up.body.document!.id });
    expect(again.data!.documentDelete.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
  });
});
