import { Role } from '../user/user.entity';
import type { Viewer } from '../../shared/auth/viewer';

/** Longest title of a document, in characters. */
export const DOCUMENT_TITLE_MAX = 300;

/** The largest file accepted: 20 MB (the limit), in bytes. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** A type recognised from a file's bytes: its content type and the extension a file of it has. */
export interface Sniffed {
  readonly contentType: string;
  readonly extension: string;
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
/** Office documents are ZIP files; what is inside tells which. */
const ZIP_MARKERS: readonly { entry: string; type: Sniffed }[] = [
  { entry: 'word/document.xml', type: { contentType: `${OOXML}.wordprocessingml.document`, extension: 'docx' } },
  { entry: 'xl/workbook.xml', type: { contentType: `${OOXML}.spreadsheetml.sheet`, extension: 'xlsx' } },
  { entry: 'ppt/presentation.xml', type: { contentType: `${OOXML}.presentationml.presentation`, extension: 'pptx' } },
];
const ODF: Readonly<Record<string, string>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

const startsWith = (bytes: Buffer, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => Array.from(Buffer.from(text, 'latin1'));

/** Images and PDF by their magic numbers. */
const MAGIC: readonly { signature: readonly number[]; at?: number; also?: { signature: readonly number[]; at: number }; type: Sniffed }[] = [
  { signature: ascii('%PDF-'), type: { contentType: 'application/pdf', extension: 'pdf' } },
  { signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: { contentType: 'image/png', extension: 'png' } },
  { signature: [0xff, 0xd8, 0xff], type: { contentType: 'image/jpeg', extension: 'jpg' } },
  { signature: ascii('GIF87a'), type: { contentType: 'image/gif', extension: 'gif' } },
  { signature: ascii('GIF89a'), type: { contentType: 'image/gif', extension: 'gif' } },
  { signature: ascii('RIFF'), also: { signature: ascii('WEBP'), at: 8 }, type: { contentType: 'image/webp', extension: 'webp' } },
];

/** The names in a ZIP file's central directory (empty when it is not a well-formed ZIP). */
export function zipEntryNames(bytes: Buffer): string[] {
  // The end-of-central-directory record is in the last 22 bytes plus at most a 64 KB comment.
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return [];
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + skip;
  }
  return names;
}

/** An OpenDocument file: its first entry is `mimetype`, stored uncompressed, holding the type. */
function openDocumentType(bytes: Buffer): Sniffed | null {
  if (bytes.length < 30) return null;
  const nameLength = bytes.readUInt16LE(26);
  const dataAt = 30 + nameLength + bytes.readUInt16LE(28);
  if (bytes.toString('latin1', 30, 30 + nameLength) !== 'mimetype') return null;
  const type = bytes.toString('latin1', dataAt, dataAt + bytes.readUInt32LE(18));
  const extension = ODF[type];
  return extension === undefined ? null : { contentType: type, extension };
}

function officeType(bytes: Buffer): Sniffed | null {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  const odf = openDocumentType(bytes);
  if (odf) return odf;
  const names = new Set(zipEntryNames(bytes));
  if (!names.has('[Content_Types].xml')) return null;
  return ZIP_MARKERS.find((m) => names.has(m.entry))?.type ?? null;
}

/** Text: valid UTF-8 without NUL or other control characters than tab, line breaks and form feed. */
export function isPlainText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/**
 * The type of a file by its bytes, never by its name: PDF, PNG, JPEG, GIF, WebP, Word/Excel/PowerPoint (OOXML) and
 * OpenDocument, and UTF-8 text (CSV when so named, as the name only tells the two text types apart). Null: refused.
 */
export function sniffContentType(bytes: Buffer, fileName: string): Sniffed | null {
  for (const m of MAGIC) {
    if (startsWith(bytes, m.signature, m.at ?? 0) && (!m.also || startsWith(bytes, m.also.signature, m.also.at))) return m.type;
  }
  const office = officeType(bytes);
  if (office) return office;
  if (startsWith(bytes, [0x50, 0x4b])) return null;
  if (!isPlainText(bytes)) return null;
  return /\.csv$/i.test(fileName)
    ? { contentType: 'text/csv; charset=utf-8', extension: 'csv' }
    : { contentType: 'text/plain; charset=utf-8', extension: 'txt' };
}

const MAX_NAME = 200;

/**
 * The name a download gets: the uploaded name without a path or control characters, and with the extension of the type
 * its bytes have (a PDF named "verslag.exe" is stored as "verslag.exe.pdf", so that no download opens as a program).
 */
export function storedFileName(uploaded: string, type: Sniffed): string {
  const base =
    (uploaded.split(/[\\/]/).pop() ?? '')
      // eslint-disable-next-line no-control-regex -- a file name loses its control characters
      .replace(/[\u0000-\u001f\u007f"]/g, '')
      .trim()
      .slice(0, MAX_NAME) || 'document';
  const ext = type.extension === 'jpg' ? /\.(jpe?g)$/i : new RegExp(`\\.${type.extension}$`, 'i');
  return ext.test(base) ? base : `${base}.${type.extension}`;
}

/** The Content-Disposition of a download: attachment, with an ASCII name and the full UTF-8 one (RFC 6266). */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The owners a document can have, by their Node type, with the column that names them. */
export const OWNER_COLUMNS = {
  Convenant: 'convenant_id',
  Proposal: 'proposal_id',
  Overleg: 'overleg_id',
  AnnualPlan: 'annual_plan_id',
} as const;
export type OwnerType = keyof typeof OWNER_COLUMNS;
export const isOwnerType = (type: string): type is OwnerType => Object.hasOwn(OWNER_COLUMNS, type);

/**
 * Who uploads: the regisseur and the providers' representatives (the parties), on what they may see. Participants and
 * analysts download only; the admin manages users, not content.
 */
export function mayUpload(role: Role): boolean {
  return role === Role.REGISSEUR || role === Role.PROVIDER_REP;
}

/** Who deletes a document: who uploaded it, and the regisseur. */
export function mayDelete(viewer: Viewer, uploadedByUserId: number): boolean {
  return viewer.role === Role.REGISSEUR || viewer.userId === uploadedByUserId;
}
