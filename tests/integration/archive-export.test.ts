import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import yauzl from 'yauzl';
import { Child } from '../support/processes';
import { insertConvenantInForce } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The archival records (Archiefwet) for the e-depot: GET /export/archief and `npm run archive:export` give a ZIP of
 * the period's decisions, its besluitenlijst and its convenants, each beside an MDTO informatieobject and an MDTO
 * bestand per file (SHA-256), with a manifest. Only the municipality's own, only for the regisseur and the ADMIN.
 */
jest.setTimeout(120_000);

const cli = path.join(__dirname, '..', '..', 'api', 'dist', 'api', 'src', 'cli', 'archive-export.js');
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('aanbiedingsformulier buurthuis\n'), Buffer.from('%%EOF\n')]);
const CONVENANT_PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('getekend convenant\n'), Buffer.from('%%EOF\n')]);

let t: TestApp;
let otherMunicipality = 0;
const ids = { adopted: 0, rejected: 0, lastYear: 0, convenant: 0, draft: 0, proposalDocument: 0, convenantDocument: 0 };

/** Every entry of a ZIP, by name. */
async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z))),
  );
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) {
          reject(error);
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          entries.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
        stream.on('error', reject);
      });
    });
    zip.readEntry();
  });
  return entries;
}

const download = async (who: Parameters<TestApp['login']>[0] | null, query = 'van=2026-01-01&tot=2026-12-31') =>
  fetch(`${t.app.url}/export/archief?${query}`, { headers: who === null ? {} : { authorization: `Bearer ${await t.login(who)}` } });

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['event', 'betrokkene', 'heeftRepresentatie', 'gerelateerdInformatieobject'].includes(name),
});

type Tree = Record<string, unknown>;
interface Manifest {
  municipality: { cbsCode: string };
  records: { kenmerk: string; kind: string; metadata: string; files: { path: string; metadata: string; sha256: string; bytes: number }[] }[];
}

async function insertDocument(owner: 'proposal_id' | 'convenant_id', ownerId: number, fileName: string, bytes: Buffer): Promise<number> {
  const [doc] = await t.db.query<{ id: number }>(
    `INSERT INTO document (municipality_id, ${owner}, title, file_name, content_type, byte_size, uploaded_by_user_id)
     VALUES ($1, $2, $3, $4, 'application/pdf', $5, $6) RETURNING id`,
    [t.fixture.municipalityId, ownerId, fileName, fileName, bytes.length, t.fixture.users.regisseur],
  );
  await t.db.query(`INSERT INTO document_content (document_id, municipality_id, content) VALUES ($1, $2, $3)`, [
    doc!.id,
    t.fixture.municipalityId,
    bytes,
  ]);
  return doc!.id;
}

beforeAll(async () => {
  t = await startTestApp();
  const { municipalityId: m, users, providers } = t.fixture;
  const decision = async (municipality: number, on: string, outcome: string, text: string, votes: [number, number]): Promise<number> => {
    const [row] = await t.db.query<{ id: number }>(
      `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text, votes_for, votes_against, minority_position, responsible)
       VALUES ($1, 'PROPOSAL', $2, $3, $4, $5, $6, $7, 'Team Welzijn') RETURNING id`,
      [municipality, on, outcome, text, votes[0], votes[1], (outcome === 'REJECTED' ? votes[0] : votes[1]) > 0 ? 'Wij wilden het anders.' : null],
    );
    return row!.id;
  };
  ids.adopted = await decision(m, '2026-03-10', 'ADOPTED', 'Het buurthuis gaat op zaterdag open.', [6, 1]);
  ids.rejected = await decision(m, '2026-05-01', 'REJECTED', 'Geen tweede locatie.', [0, 7]);
  ids.lastYear = await decision(m, '2025-06-01', 'ADOPTED', 'Besluit van vorig jaar.', [5, 0]);
  const [proposal] = await t.db.query<{ id: number }>(
    `INSERT INTO proposal (municipality_id, title, submitted_on, submitted_by_user_id, status, decision_id)
     VALUES ($1, 'Buurthuis langer open', '2026-02-01', $2, 'DECIDED', $3) RETURNING id`,
    [m, users.regisseur, ids.adopted],
  );
  ids.proposalDocument = await insertDocument('proposal_id', proposal!.id, 'aanbiedingsformulier buurthuis.pdf', PDF);
  ids.convenant = await insertConvenantInForce(t.db, m, [providers.care, providers.welfare], 'Convenant algemene voorziening 2026-2027');
  ids.convenantDocument = await insertDocument('convenant_id', ids.convenant, 'getekend convenant.pdf', CONVENANT_PDF);
  const [draft] = await t.db.query<{ id: number }>(
    `INSERT INTO convenant (municipality_id, title, starts_on, ends_on, budget_cents) VALUES ($1, 'Concept dat nooit getekend werd', '2028-01-01', '2028-12-31', 5) RETURNING id`,
    [m],
  );
  ids.draft = draft!.id;
  // Another municipality, with a decision and a convenant in the same period: never in this one's package.
  const [other] = await t.db.query<{ id: number }>(
    `INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ('GM9002', 'Andere gemeente', 1000) RETURNING id`,
  );
  otherMunicipality = other!.id;
  await decision(otherMunicipality, '2026-04-01', 'ADOPTED', 'Besluit van een andere gemeente.', [3, 0]);
  const [otherProvider] = await t.db.query<{ id: number }>(
    `INSERT INTO provider (municipality_id, name, kind, kvk_number) VALUES ($1, 'Andere aanbieder', 'CARE', '20000001') RETURNING id`,
    [otherMunicipality],
  );
  await t.db.query(
    `INSERT INTO app_user (municipality_id, email, name, role, password_hash) VALUES ($1, 'regisseur@andere.example', 'Andere regisseur', 'REGISSEUR', 'x')`,
    [otherMunicipality],
  );
  await insertConvenantInForce(t.db, otherMunicipality, [otherProvider!.id], 'Convenant van een andere gemeente');
});

afterAll(async () => {
  await t.close();
});

describe('GET /export/archief', () => {
  let entries: Map<string, Buffer>;
  let manifest: Manifest;

  beforeAll(async () => {
    const res = await download('regisseur');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="archief-2026-01-01-2026-12-31.zip"');
    entries = await unzip(Buffer.from(await res.arrayBuffer()));
    manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Manifest;
  });

  it("holds every decision of the period, its besluitenlijst and the convenant in force: not last year's, not a draft, not another municipality's", () => {
    expect(manifest.municipality.cbsCode).toBe('GM9001');
    expect(manifest.records.map((r) => r.kenmerk)).toEqual([
      `besluit-${ids.adopted}`,
      `besluit-${ids.rejected}`,
      'besluitenlijst-2026-01-01-2026-12-31',
      `convenant-${ids.convenant}`,
    ]);
    const everything = [...entries.values()].map((b) => b.toString('latin1')).join('\n');
    expect(everything).not.toContain('Besluit van vorig jaar');
    expect(everything).not.toContain('Concept dat nooit getekend werd');
    expect(everything).not.toContain('andere gemeente');
    expect(everything).not.toContain('Andere aanbieder');
  });

  it('keeps each record in an open format beside its metadata, and its attachments as they were uploaded', () => {
    const adopted = JSON.parse(entries.get(`besluiten/besluit-${ids.adopted}/besluit-${ids.adopted}.json`)!.toString('utf8')) as Tree;
    expect(adopted).toMatchObject({
      decidedOn: '2026-03-10',
      outcome: 'ADOPTED',
      text: 'Het buurthuis gaat op zaterdag open.',
      minorityPosition: 'Wij wilden het anders.',
    });
    expect(adopted.proposal).toMatchObject({ title: 'Buurthuis langer open' });
    expect(entries.get(`besluiten/besluit-${ids.adopted}/bijlagen/${ids.proposalDocument}-aanbiedingsformulier_buurthuis.pdf`)).toEqual(PDF);
    expect(entries.get(`convenanten/convenant-${ids.convenant}/bijlagen/${ids.convenantDocument}-getekend_convenant.pdf`)).toEqual(CONVENANT_PDF);
    const convenant = JSON.parse(entries.get(`convenanten/convenant-${ids.convenant}/convenant-${ids.convenant}.json`)!.toString('utf8')) as {
      status: string;
      parties: { name: string; signedAt: string | null }[];
    };
    expect(convenant.status).toBe('IN_FORCE');
    expect(convenant.parties.map((p) => p.name).sort()).toEqual(['Testgemeente', 'Welzijn Test', 'Zorggroep Test']);
    expect(convenant.parties.every((p) => p.signedAt !== null)).toBe(true);
    const list = JSON.parse(
      entries.get('besluitenlijst/besluitenlijst-2026-01-01-2026-12-31/besluitenlijst-2026-01-01-2026-12-31.json')!.toString('utf8'),
    ) as {
      decisions: { kenmerk: string }[];
    };
    expect(list.decisions.map((d) => d.kenmerk)).toEqual([`besluit-${ids.adopted}`, `besluit-${ids.rejected}`]);
  });

  it('every MDTO document is well-formed XML in the MDTO namespace with the elements MDTO requires', () => {
    const xmls = [...entries.keys()].filter((name) => name.endsWith('.mdto.xml'));
    // Per record its informatieobject; per file (the JSON, each attachment) its bestand.
    expect(xmls).toHaveLength(manifest.records.length + manifest.records.reduce((n, r) => n + r.files.length, 0));
    for (const name of xmls) {
      const text = entries.get(name)!.toString('utf8');
      expect(XMLValidator.validate(text)).toBe(true);
      const mdto = (parser.parse(text) as { MDTO: Tree }).MDTO;
      expect(mdto['@_xmlns']).toBe('https://www.nationaalarchief.nl/mdto');
    }
    for (const record of manifest.records) {
      const io = ((parser.parse(entries.get(record.metadata)!.toString('utf8')) as { MDTO: Tree }).MDTO.informatieobject ?? {}) as Tree;
      expect(io.identificatie).toEqual({ identificatieKenmerk: record.kenmerk, identificatieBron: 'Regiekamer' });
      expect(typeof io.naam).toBe('string');
      expect(io.waardering).toMatchObject({ begripLabel: 'Blijvend te bewaren', begripCode: 'B' });
      expect(io.informatiecategorie).toMatchObject({
        begripBegrippenlijst: { verwijzingNaam: 'Selectielijst gemeenten en intergemeentelijke organen 2020' },
      });
      expect(io.dekkingInTijd).toHaveProperty('dekkingInTijdBegindatum');
      expect(io.archiefvormer).toMatchObject({ verwijzingNaam: 'Testgemeente', verwijzingIdentificatie: { identificatieKenmerk: 'GM9001' } });
      expect(io.beperkingGebruik).toHaveProperty('beperkingGebruikType');
      expect((io.heeftRepresentatie as Tree[]).length).toBe(record.files.length);
      if (record.kind !== 'besluitenlijst') {
        expect(io.bewaartermijn).toHaveProperty('termijnStartdatumLooptijd');
        const events = (io.event as Tree[]).map((e) => (e.eventType as Tree).begripLabel);
        expect(events).toEqual(expect.arrayContaining(['Creatie', 'Accordering']));
      }
    }
    const convenant = manifest.records.find((r) => r.kind === 'convenant')!;
    const io = (parser.parse(entries.get(convenant.metadata)!.toString('utf8')) as { MDTO: { informatieobject: Tree } }).MDTO.informatieobject;
    expect((io.betrokkene as Tree[]).map((b) => (b.betrokkeneActor as Tree).verwijzingNaam).sort()).toEqual([
      'Testgemeente',
      'Welzijn Test',
      'Zorggroep Test',
    ]);
    expect(io.dekkingInTijd).toMatchObject({ dekkingInTijdBegindatum: '2026-01-01', dekkingInTijdEinddatum: '2027-12-31' });
  });

  it("each file's checksum, in its MDTO bestand and in the manifests, is the SHA-256 of its bytes", () => {
    let files = 0;
    for (const record of manifest.records) {
      for (const file of record.files) {
        const bytes = entries.get(file.path)!;
        const b = (parser.parse(entries.get(file.metadata)!.toString('utf8')) as { MDTO: { bestand: Tree } }).MDTO.bestand;
        expect(b.omvang).toBe(String(bytes.length));
        expect(b.checksum).toMatchObject({ checksumAlgoritme: { begripLabel: 'SHA-256' }, checksumWaarde: sha256(bytes) });
        expect(b.isRepresentatieVan).toMatchObject({ verwijzingIdentificatie: { identificatieKenmerk: record.kenmerk } });
        expect(file.sha256).toBe(sha256(bytes));
        files++;
      }
    }
    expect(files).toBe(6);
    const lines = entries.get('manifest-sha256.txt')!.toString('utf8').trim().split('\n');
    // Every entry but the checksum list itself, as `sha256sum -c` reads it.
    expect(lines).toHaveLength(entries.size - 1);
    for (const line of lines) {
      const [hash, name] = line.split('  ');
      expect(hash).toBe(sha256(entries.get(name!)!));
    }
  });

  it('the ADMIN of the municipality gets it too', async () => {
    const res = await download('admin');
    expect(res.status).toBe(200);
    expect((await unzip(Buffer.from(await res.arrayBuffer()))).has(`besluiten/besluit-${ids.adopted}/besluit-${ids.adopted}.json`)).toBe(true);
  });

  it.each(['analyst', 'repCare', 'council', 'resident'] as const)('%s is refused and gets nothing', async (who) => {
    const res = await download(who);
    expect(res.status).toBe(403);
    const body = await res.text();
    expect(body).not.toContain('buurthuis');
    expect(body.startsWith('PK')).toBe(false);
  });

  it('without a token: 401; a wrong or reversed period: 400 naming the parameter', async () => {
    expect((await download(null)).status).toBe(401);
    const bad = await download('regisseur', 'van=2026-13-01&tot=2026-12-31');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('van');
    expect((await download('regisseur', 'van=2026-12-31&tot=2026-01-01')).status).toBe(400);
  });
});

describe('npm run archive:export', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'regiekamer-archive-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the package of the named municipality into the folder, as the operator runs it', async () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build the api first (npm test does)`);
    const child = Child.start(process.execPath, [cli, '--to', dir, '--van', '2026-01-01', '--tot', '2026-12-31', '--gemeente', 'GM9001'], {
      DATABASE_URL: t.database.url,
      LOG_LEVEL: 'error',
      DEMO_MODE: 'false',
    });
    expect(await child.exited).toBe(0);
    expect(await readdir(dir)).toEqual(['archief-GM9001-2026-01-01-2026-12-31.zip']);
    const entries = await unzip(await readFile(path.join(dir, 'archief-GM9001-2026-01-01-2026-12-31.zip')));
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(manifest.records.map((r) => r.kenmerk)).toEqual([
      `besluit-${ids.adopted}`,
      `besluit-${ids.rejected}`,
      'besluitenlijst-2026-01-01-2026-12-31',
      `convenant-${ids.convenant}`,
    ]);
    expect(child.output.join('\n')).toContain('4 records');
  });

  it('refuses without --to, and a municipality that does not exist, writing nothing', async () => {
    const none = Child.start(process.execPath, [cli, '--van', '2026-01-01'], {
      DATABASE_URL: t.database.url,
      LOG_LEVEL: 'error',
      DEMO_MODE: 'false',
    });
    expect(await none.exited).toBe(1);
    expect(none.output.join('\n')).toContain('--to DIR is required');
    const unknown = Child.start(process.execPath, [cli, '--to', path.join(dir, 'leeg'), '--gemeente', 'GM0000'], {
      DATABASE_URL: t.database.url,
      LOG_LEVEL: 'error',
      DEMO_MODE: 'false',
    });
    expect(await unknown.exited).toBe(1);
    expect(unknown.output.join('\n')).toContain('no municipality with CBS code GM0000');
    expect(existsSync(path.join(dir, 'leeg'))).toBe(false);
  });
});
