import { Button, Paragraph } from '@utrecht/component-library-react';
import { FILES_TEXTS as T, formatText } from '@regiekamer/texts';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, SelectField, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { FileField } from '../../components/documents/FileField';
import { answerTexts, ImportAnswerSection } from '../../components/documents/ImportAnswerSection';
import { postForm } from '../../components/documents/upload';

type Kind = 'arrangementen' | 'rapportages';
const KIND_LABELS: Record<Kind, string> = { arrangementen: T.importKindArrangements, rapportages: T.importKindReports };

/** The server's answer (http/import-route.ts): per line, with the Dutch text of every problem. */
interface ImportAnswer {
  fileName: string;
  dryRun: boolean;
  imported: boolean;
  created: number;
  skipped: number;
  refused: number;
  fileProblem: { text: string } | null;
  lines: { line: number; kenmerk: string | null; result: 'CREATE' | 'SKIP' | 'REFUSED'; problems: { text: string }[] }[];
}

const RESULT: Record<ImportAnswer['lines'][number]['result'], { label: (done: boolean) => string; status: 'active' | 'requested' | 'ended' }> = {
  CREATE: { label: (done) => (done ? T.resultCreated : T.resultCreate), status: 'active' },
  SKIP: { label: () => T.resultSkip, status: 'requested' },
  REFUSED: { label: () => T.resultRefused, status: 'ended' },
};

/**
 * "Importeren" for a representative: choose what, download its template, choose the file, check it (a dry run that
 * stores nothing, answered per line), then import it: all or nothing, and a second time skips what came in before.
 */
export function ImportPage() {
  const formId = `${useId().replace(/:/g, '')}-import`;
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<Kind>('arrangementen');
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);

  async function send(dryRun: boolean) {
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setErrors([{ field: 'file', message: T.uploadChooseFile }]);
      return;
    }
    setErrors([]);
    setBusy(dryRun ? 'check' : 'import');
    const form = new FormData();
    form.append('file', file, file.name);
    const result = await postForm<ImportAnswer>(`/import/${kind}${dryRun ? '?dryRun=true' : ''}`, form, (status) => status < 300 || status === 422);
    setBusy(null);
    if (result.ok) setAnswer(result.value);
    else setErrors(result.messages.map((message) => ({ field: 'file', message })));
  }

  const reset = () => setAnswer(null);
  return (
    <>
      <PageHeading title={T.importHeading} />
      <Paragraph>{T.importIntro}</Paragraph>
      <form
        id={formId}
        noValidate
        className="form"
        onSubmit={(e: SubmitEvent<HTMLFormElement>) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <ErrorSummary formId={formId} errors={errors} />
        <SelectField
          formId={formId}
          name="kind"
          label={T.importKind}
          value={kind}
          onChange={(v) => {
            setKind(v === '' ? 'arrangementen' : v);
            reset();
          }}
          options={[
            { value: 'arrangementen', label: T.importKindArrangements },
            { value: 'rapportages', label: T.importKindReports },
          ]}
          errors={errors}
        />
        <Paragraph>
          <a className="utrecht-link" href={`/import/${kind}/sjabloon.csv`} download>
            {formatText(T.importTemplate, { kind: KIND_LABELS[kind].toLowerCase() })}
          </a>
        </Paragraph>
        <FileField
          formId={formId}
          name="file"
          label={T.importFile}
          description={T.importFileHint}
          errors={errors}
          inputRef={fileRef}
          accept=".csv,text/csv"
          onChange={reset}
        />
        <Button
          appearance={answer && !answer.imported && answer.refused === 0 && !answer.fileProblem ? 'secondary-action-button' : 'primary-action-button'}
          type="submit"
          busy={busy === 'check'}
          disabled={busy !== null}
        >
          {busy === 'check' ? T.importChecking : T.importCheck}
        </Button>
      </form>
      {answer && <ImportResult answer={answer} busy={busy === 'import'} onImport={() => void send(false)} />}
    </>
  );
}

function ImportResult({ answer, busy, onImport }: { answer: ImportAnswer; busy: boolean; onImport: () => void }) {
  const ready = answer.dryRun && answer.refused === 0 && answer.fileProblem === null;
  return (
    <ImportAnswerSection
      heading={formatText(T.importResultHeading, { file: answer.fileName })}
      notice={
        answer.fileProblem ? (
          <Notice type="warning">{answer.fileProblem.text}</Notice>
        ) : answer.imported ? (
          <Notice>{formatText(T.importDone, { created: answer.created, file: answer.fileName })}</Notice>
        ) : (
          <Notice type={ready ? 'info' : 'warning'}>
            {formatText(T.importSummary, { created: answer.created, skipped: answer.skipped, refused: answer.refused })}{' '}
            {ready ? T.importReady : T.importFixFirst}
          </Notice>
        )
      }
      columns={[{ key: 'kenmerk', header: T.importColumnKenmerk, nowrap: true }]}
      lines={answer.lines.map((l) => ({
        line: l.line,
        result: { label: RESULT[l.result].label(answer.imported), status: RESULT[l.result].status },
        problems: l.problems,
        cells: { kenmerk: l.kenmerk ?? '—' },
      }))}
      texts={answerTexts(T)}
      ready={ready}
      busy={busy}
      onImport={onImport}
    />
  );
}
