import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { FILES_TEXTS as T, FORM_TEXTS, formatText } from '@regiekamer/texts';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { ConfirmStep } from '../ConfirmStep';
import { ErrorSummary, Notice, TextField, type FieldError } from '../Form';
import { ResponsiveTable } from '../ResponsiveTable';
import { QueryState, refusalText } from '../States';
import type { DocumentRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useViewer } from '../../lib/session';
import { DOCUMENT_DELETE, OWNER_DOCUMENTS } from './documents.documents';
import { postForm } from './upload';
import { FileField } from './FileField';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';

/** The title of a document the API accepts (document.rules.ts). */
const TITLE_MAX = 300;

const KIND_LABELS: readonly [RegExp, string][] = [
  [/pdf/, 'PDF'],
  [/wordprocessingml|opendocument\.text/, 'Tekstdocument'],
  [/spreadsheetml|opendocument\.spreadsheet/, 'Rekenblad'],
  [/presentationml|opendocument\.presentation/, 'Presentatie'],
  [/^image\//, 'Afbeelding'],
  [/^text\/csv/, 'CSV'],
  [/^text\//, 'Tekst'],
];
const kindOf = (contentType: string) => KIND_LABELS.find(([pattern]) => pattern.test(contentType))?.[1] ?? contentType;
const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024 ? formatText(T.sizeKb, { size: Math.max(1, bytes / 1024) }) : formatText(T.sizeMb, { size: bytes / (1024 * 1024) });

type OwnerNode = { documents?: DocumentRowFragment[] } | null | undefined;
const documentsOf = (node: OwnerNode): DocumentRowFragment[] => (node && 'documents' in node ? (node.documents ?? []) : []);

/**
 * "Bestanden" of a convenant, proposal, overleg or annual plan: the list with downloads (plain links: the server answers
 * them as attachments), delete for who may, and an upload form for the regisseur and the representatives. One line on
 * the owner's page: `<DocumentsSection ownerId={node.id} />`.
 */
export function DocumentsSection({ ownerId }: { ownerId: string }) {
  const headingId = `${useId().replace(/:/g, '')}-bestanden`;
  const viewer = useViewer();
  const query = useQuery(OWNER_DOCUMENTS, { variables: { id: ownerId } });
  const [notice, setNotice] = useState<string | null>(null);
  // The notice comes once the list shows the change.
  const after = (text: string) => void query.refetch().then(() => setNotice(text));
  return (
    <section className="section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{T.heading}</Heading2>
      {notice && <Notice>{notice}</Notice>}
      <QueryState query={query} what={T.heading}>
        {(data) => <DocumentList documents={documentsOf(data.node as OwnerNode)} onDeleted={(title) => after(formatText(T.deleted, { title }))} />}
      </QueryState>
      {(viewer.role === 'REGISSEUR' || viewer.role === 'PROVIDER_REP') && (
        <UploadForm ownerId={ownerId} onUploaded={(title) => after(formatText(T.uploaded, { title }))} />
      )}
    </section>
  );
}

function DocumentList({ documents, onDeleted }: { documents: DocumentRowFragment[]; onDeleted: (title: string) => void }) {
  const [remove, { loading }] = useMutation(DOCUMENT_DELETE);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const formId = useId().replace(/:/g, '');
  if (documents.length === 0) return <Paragraph>{T.none}</Paragraph>;
  async function confirmDelete(d: DocumentRowFragment) {
    setErrors([]);
    try {
      const { data } = await remove({ variables: { id: d.id } });
      const userErrors = data?.documentDelete.userErrors ?? [];
      if (userErrors.length > 0) setErrors(toFieldErrors(userErrors, []));
      else onDeleted(d.title);
    } catch (error) {
      setErrors([{ field: null, message: refusalText(error) ?? TECHNICAL_ERROR.message }]);
    }
  }
  return (
    <>
      <ErrorSummary formId={formId} errors={errors} />
      <ResponsiveTable
        label={T.tableLabel}
        caption={T.tableLabel}
        columns={[
          { key: 'title', header: T.columnTitle, rowHeader: true },
          { key: 'kind', header: T.columnType, nowrap: true },
          { key: 'size', header: T.columnSize, numeric: true, nowrap: true },
          { key: 'added', header: T.columnAdded, nowrap: true },
          { key: 'actions', header: T.columnActions },
        ]}
        rows={documents.map((d) => ({
          key: d.id,
          cells: {
            title: (
              <a className="utrecht-link" href={d.downloadPath} download={d.fileName} aria-label={formatText(T.download, { title: d.title })}>
                {d.title}
              </a>
            ),
            kind: kindOf(d.contentType),
            size: sizeOf(d.byteSize),
            added: formatDateTime(d.createdAt),
            actions: d.viewerCanDelete ? (
              <ConfirmStep
                label={T.delete}
                name={formatText(T.deleteNamed, { title: d.title })}
                question={formatText(T.confirmDelete, { title: d.title })}
                confirmLabel={formatText(T.deleteNamed, { title: d.title })}
                busy={loading}
                onConfirm={() => confirmDelete(d)}
              />
            ) : null,
          },
        }))}
      />
    </>
  );
}

function UploadForm({ ownerId, onUploaded }: { ownerId: string; onUploaded: (title: string) => void }) {
  const formId = `${useId().replace(/:/g, '')}-upload`;
  const fileRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    const problems: FieldError[] = [];
    if (title.trim() === '') problems.push({ field: 'title', message: FORM_TEXTS.required });
    if (!file) problems.push({ field: 'file', message: T.uploadChooseFile });
    setErrors(problems);
    if (problems.length > 0 || !file) return;
    setBusy(true);
    const form = new FormData();
    form.append('ownerId', ownerId);
    form.append('title', title.trim());
    form.append('file', file, file.name);
    const answer = await postForm<{ document: { title: string } }>('/documents', form);
    setBusy(false);
    if (!answer.ok) {
      setErrors(answer.messages.map((message) => ({ field: null, message })));
      return;
    }
    setTitle('');
    if (fileRef.current) fileRef.current.value = '';
    onUploaded(answer.value.document.title);
  }
  return (
    <form id={formId} noValidate onSubmit={(e) => void submit(e)} className="form">
      <Heading3>{T.uploadHeading}</Heading3>
      <ErrorSummary formId={formId} errors={errors} />
      <TextField
        formId={formId}
        name="title"
        label={T.uploadTitle}
        description={T.uploadTitleHint}
        value={title}
        onChange={setTitle}
        errors={errors}
        maxLength={TITLE_MAX}
      />
      <FileField formId={formId} name="file" label={T.uploadFile} description={T.uploadFileHint} errors={errors} inputRef={fileRef} />
      <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
        {busy ? T.uploadBusy : T.uploadSubmit}
      </Button>
    </form>
  );
}
