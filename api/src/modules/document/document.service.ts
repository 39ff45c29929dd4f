import type { RequestDb } from '../../db/request-db';
import { requireViewer, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { fromGlobalId } from '../../shared/graphql/global-id';
import { Checks } from '../../shared/validation';
import { first } from '../../shared/loader-utils';
import type { Document } from './document.entity';
import { participantScope } from '../participant/participant.scope';
import { overlegKindsFor, seesProposals } from '../participant/participant.rules';
import type { OverlegKind } from '../overleg/overleg.entity';
import { DOCUMENT_COLUMNS, DOCUMENTS } from './document.loaders';
import {
  DOCUMENT_TITLE_MAX,
  MAX_DOCUMENT_BYTES,
  OWNER_COLUMNS,
  isOwnerType,
  mayDelete,
  mayUpload,
  sniffContentType,
  storedFileName,
  type OwnerType,
} from './document.rules';

/** A file as the upload route received it. */
export interface Upload {
  ownerId: string;
  title: string;
  fileName: string;
  bytes: Buffer;
  /** The file was larger than MAX_DOCUMENT_BYTES (the route stopped reading it). */
  truncated: boolean;
}

export const MESSAGE_TOO_LARGE = 'A file may be at most 20 MB.';
export const MESSAGE_TYPE_REFUSED =
  'Only PDF, office documents (Word, Excel, PowerPoint, OpenDocument), images (PNG, JPEG, GIF, WebP) and text or CSV files are accepted.';
const notFound = (field: string) => problem(ErrorCode.NOT_FOUND, 'No document or owner with this id.', field);

/** Documents attached to convenants, proposals, overleggen and annual plans; row security decides who sees them. */
export class DocumentService {
  constructor(private readonly db: RequestDb) {}

  /** The owner of an upload, if its id names a kind of owner and the viewer may see it (the same rule as the row policy). */
  private async visibleOwner(ownerId: string): Promise<{ type: OwnerType; id: number } | null> {
    const decoded = fromGlobalId(ownerId);
    if (decoded === null || !isOwnerType(decoded.type)) return null;
    const ids = Object.keys(OWNER_COLUMNS).map((type) => (type === decoded.type ? decoded.id : null));
    const [row] = await this.db.query<{ visible: boolean }>(`SELECT document_owner_visible($1, $2, $3, $4) AS visible`, ids);
    // The owners' own row policies keep to the viewer's municipality.
    return row?.visible === true ? { type: decoded.type, id: decoded.id } : null;
  }

  async upload(viewerOrNull: Viewer | null, upload: Upload): Promise<Outcome<Document>> {
    const viewer = requireViewer(viewerOrNull);
    if (!mayUpload(viewer.role)) throw new ForbiddenError('Only the regisseur and the providers upload documents.');
    if (upload.truncated || upload.bytes.length > MAX_DOCUMENT_BYTES) return fail(problem(ErrorCode.FILE_TOO_LARGE, MESSAGE_TOO_LARGE, 'file'));
    if (upload.bytes.length === 0) return fail(problem(ErrorCode.INVALID_INPUT, 'Must not be empty.', 'file'));
    const checks = new Checks();
    checks.nonEmpty('title', upload.title, DOCUMENT_TITLE_MAX);
    if (!checks.ok) return fail(...checks.problems);
    const type = sniffContentType(upload.bytes, upload.fileName);
    if (type === null) return fail(problem(ErrorCode.FILE_TYPE_REFUSED, MESSAGE_TYPE_REFUSED, 'file'));
    const owner = await this.visibleOwner(upload.ownerId);
    if (owner === null) return fail(notFound('ownerId'));
    return this.db.transaction(async (tx) => {
      const doc = first(
        await tx.query<Document>(
          `INSERT INTO document AS d (municipality_id, ${OWNER_COLUMNS[owner.type]}, title, file_name, content_type, byte_size, uploaded_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${DOCUMENT_COLUMNS}`,
          [
            viewer.municipalityId,
            owner.id,
            upload.title.trim(),
            storedFileName(upload.fileName, type),
            type.contentType,
            upload.bytes.length,
            viewer.userId,
          ],
        ),
        'one Document row',
      );
      await tx.query(`INSERT INTO document_content (document_id, municipality_id, content) VALUES ($1, $2, $3)`, [
        doc.id,
        viewer.municipalityId,
        upload.bytes,
      ]);
      return ok(doc);
    });
  }

  /**
   * A participant sees a document when they see its owner as their lists show it (participant.rules.ts): a proposal
   * when they are heard in the six-week cycle, an overleg of a kind that concerns them. Row security has kept them from
   * convenants and annual plans already.
   */
  private async participantMaySee(viewer: Viewer, doc: Document): Promise<boolean> {
    const scope = await participantScope(this.db, viewer);
    if (scope === null) return true;
    if (doc.proposalId !== null) return seesProposals(viewer.role, scope);
    if (doc.overlegId === null) return false;
    const [overleg] = await this.db.query<{ kind: OverlegKind }>(`SELECT kind FROM overleg WHERE id = $1 AND municipality_id = $2`, [
      doc.overlegId,
      viewer.municipalityId,
    ]);
    return overleg !== undefined && overlegKindsFor(viewer.role, scope).includes(overleg.kind);
  }

  /** Deletes a document (and its bytes): by whoever uploaded it, or the regisseur. */
  async delete(viewerOrNull: Viewer | null, globalId: string): Promise<Outcome<Document>> {
    const viewer = requireViewer(viewerOrNull);
    const decoded = fromGlobalId(globalId);
    const doc = decoded?.type === 'Document' ? await DOCUMENTS.find(this.db, viewer.municipalityId, decoded.id) : null;
    if (doc === null) return fail(notFound('id'));
    if (!mayDelete(viewer, doc.uploadedByUserId)) throw new ForbiddenError('Only who uploaded a document, or the regisseur, deletes it.');
    return this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM document WHERE id = $1 AND municipality_id = $2`, [doc.id, viewer.municipalityId]);
      return ok(doc);
    });
  }

  /**
   * A document and its bytes for a download, with the download in the access log (NEN 7513); null when there is none
   * the viewer may see, and then nothing is logged.
   */
  async download(viewerOrNull: Viewer | null, id: number): Promise<{ document: Document; content: Buffer } | null> {
    const viewer = requireViewer(viewerOrNull);
    const [row] = await this.db.query<Document & { content: Buffer }>(
      `SELECT ${DOCUMENT_COLUMNS}, c.content FROM document d JOIN document_content c ON c.document_id = d.id
        WHERE d.id = $1 AND d.municipality_id = $2`,
      [id, viewer.municipalityId],
    );
    if (!row || !(await this.participantMaySee(viewer, row))) return null;
    const a = this.db.actor;
    await this.db.query(
      `INSERT INTO access_log (municipality_id, user_id, role, provider_id, request_id, document_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [a.municipalityId, a.userId, a.role, a.providerId, a.requestId, row.id],
    );
    const { content, ...document } = row;
    return { document, content };
  }
}
