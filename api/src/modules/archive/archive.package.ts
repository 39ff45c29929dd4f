import { createHash } from 'node:crypto';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { create } from 'xmlbuilder2';
import { ZipFile } from 'yazl';
import type { Queryable } from '../../db/database';
import { bestand, informatieobject, safeFileName, type ArchiveContext, type ArchiveFile, type ArchiveKind } from './archive.rules';
import {
  besluitenlijstRecord,
  convenantRecords,
  decisionRecords,
  documentBytes,
  type AttachmentRef,
  type Period,
  type ReadRecord,
} from './archive.records';

/**
 * The transfer package for the e-depot: a ZIP with, per record, its content as JSON, its attached documents as they
 * were uploaded, an MDTO informatieobject and an MDTO bestand per file; and at the top a manifest (manifest.json:
 * the records and their files) and manifest-sha256.txt (`sha256sum -c` checks every file).
 *
 *   besluiten/besluit-12/besluit-12.json               the decision
 *   besluiten/besluit-12/besluit-12.mdto.xml           its MDTO informatieobject
 *   besluiten/besluit-12/besluit-12.json.mdto.xml      the MDTO bestand of the JSON
 *   besluiten/besluit-12/bijlagen/31-voorstel.pdf      an attached document, and its .mdto.xml
 *   besluitenlijst/besluitenlijst-2026-01-01-2026-12-31/…
 *   convenanten/convenant-3/…
 */

export const SOURCE = 'Regiekamer';

const FOLDER: Readonly<Record<ArchiveKind, string>> = { besluit: 'besluiten', besluitenlijst: 'besluitenlijst', convenant: 'convenanten' };

export interface PackageRequest {
  db: Queryable;
  municipalityId: number;
  period: Period;
  madeAt: Date;
}

export interface ManifestRecord {
  kenmerk: string;
  kind: ArchiveKind;
  naam: string;
  metadata: string;
  files: { path: string; metadata: string; bytes: number; sha256: string; mediaType: string }[];
}

export interface Manifest {
  format: 'MDTO-XML 1.0.1';
  source: string;
  municipality: { name: string; cbsCode: string };
  period: Period;
  madeAt: string;
  records: ManifestRecord[];
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const xml = (tree: Record<string, unknown>): Buffer =>
  Buffer.from(create({ version: '1.0', encoding: 'UTF-8' }, tree).end({ prettyPrint: true }) + '\n', 'utf8');

/** The municipality's name and CBS code; an error when there is none with that id. */
export async function municipalityOf(db: Queryable, municipalityId: number): Promise<{ name: string; cbsCode: string }> {
  const [m] = await db.query<{ name: string; cbsCode: string }>(`SELECT name, cbs_code AS "cbsCode" FROM municipality WHERE id = $1`, [
    municipalityId,
  ]);
  if (m === undefined) throw new Error(`no municipality ${municipalityId}`);
  return m;
}

/** Reads the period's records and writes their package to `out` as a ZIP; resolves with the manifest once all is written. */
export async function writeArchivePackage(request: PackageRequest, out: Writable): Promise<Manifest> {
  const { db, municipalityId, period } = request;
  const municipality = await municipalityOf(db, municipalityId);
  const decisions = await decisionRecords(db, municipalityId, period);
  const records = [
    ...decisions,
    besluitenlijstRecord(municipality.name, period, decisions),
    ...(await convenantRecords(db, municipalityId, municipality.name, period)),
  ];
  const ctx: ArchiveContext = { municipality, source: SOURCE, madeAt: request.madeAt.toISOString() };
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  // A document that cannot be read while the ZIP streams ends the download (the caller cuts it off).
  zip.on('error', (error: Error) => output.destroy(error));
  const written = pipeline(output, out);
  const mtime = request.madeAt;
  const checksums: string[] = [];
  const files: PackageFiles = {
    store(path, bytes) {
      zip.addBuffer(bytes, path, { mtime });
      const hash = sha256(bytes);
      checksums.push(`${hash}  ${path}`);
      return hash;
    },
    addDocument(path, doc) {
      // Read when the ZIP gets to it, so that one document at a time is in memory, whatever the period holds.
      // Stored, not deflated: PDF, office files and images are compressed already.
      zip.addReadStreamLazy(path, { mtime, size: doc.bytes, compress: false }, (ready) => {
        documentBytes(db, municipalityId, doc.documentId).then(
          (bytes) => ready(null, Readable.from([bytes])),
          (error: unknown) => ready(error instanceof Error ? error : new Error(String(error)), Readable.from([])),
        );
      });
      checksums.push(`${doc.sha256}  ${path}`);
    },
  };
  const manifest: Manifest = { format: 'MDTO-XML 1.0.1', source: SOURCE, municipality, period, madeAt: ctx.madeAt, records: [] };
  try {
    for (const record of records) manifest.records.push(addRecord(record, ctx, files));
    files.store('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'));
    zip.addBuffer(Buffer.from(checksums.join('\n') + '\n', 'utf8'), 'manifest-sha256.txt', { mtime });
    zip.end();
  } catch (error) {
    // End the stream so that the pipeline settles; the caller answers the error (a broken download is cut off).
    output.destroy(error instanceof Error ? error : new Error(String(error)));
    await written.catch(() => undefined);
    throw error;
  }
  await written;
  return manifest;
}

/** How a record's files go into the package: bytes at hand (hashed here), or a stored document (hashed by the database). */
interface PackageFiles {
  store(path: string, bytes: Buffer): string;
  addDocument(path: string, doc: AttachmentRef): void;
}

function addRecord(record: ReadRecord, ctx: ArchiveContext, files: PackageFiles): ManifestRecord {
  const folder = `${FOLDER[record.kind]}/${record.kenmerk}`;
  const json = Buffer.from(JSON.stringify(record.content, null, 2) + '\n', 'utf8');
  const jsonPath = `${folder}/${record.kenmerk}.json`;
  const described: ArchiveFile[] = [
    {
      path: jsonPath,
      name: `${record.kenmerk}.json`,
      bytes: json.length,
      mediaType: 'application/json',
      sha256: files.store(jsonPath, json),
      kenmerk: `${record.kenmerk}.json`,
    },
  ];
  for (const doc of record.attachments) {
    const path = `${folder}/bijlagen/${doc.documentId}-${safeFileName(doc.fileName)}`;
    files.addDocument(path, doc);
    described.push({
      path,
      name: doc.fileName,
      bytes: doc.bytes,
      mediaType: doc.contentType,
      sha256: doc.sha256,
      kenmerk: `document-${doc.documentId}`,
    });
  }
  const meta = { ...record, files: described };
  const metadata = `${folder}/${record.kenmerk}.mdto.xml`;
  files.store(metadata, xml(informatieobject(meta, ctx)));
  const manifestFiles = described.map((f) => {
    const path = `${f.path}.mdto.xml`;
    files.store(path, xml(bestand(f, meta, ctx)));
    return { path: f.path, metadata: path, bytes: f.bytes, sha256: f.sha256, mediaType: f.mediaType };
  });
  return { kenmerk: record.kenmerk, kind: record.kind, naam: record.naam, metadata, files: manifestFiles };
}
