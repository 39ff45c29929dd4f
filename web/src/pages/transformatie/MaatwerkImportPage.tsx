import { useQuery } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatText, MAATWERK_PROVISION_TEXTS, MAATWERK_TEXTS as T } from '@regiekamer/texts';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { FileField } from '../../components/documents/FileField';
import { answerTexts, ImportAnswerSection } from '../../components/documents/ImportAnswerSection';
import { postForm } from '../../components/documents/upload';
import { formatDateTime, formatMonth, todayInAmsterdam } from '../../lib/format';
import { Link } from '../../lib/router';
import { MAATWERK_LOADED } from './maatwerk-documents';

type Result = 'CREATE' | 'REPLACE' | 'REFUSED';
type Provision = keyof typeof MAATWERK_PROVISION_TEXTS;

/** The server's answer (http/maatwerk-route.ts): per line, with the Dutch text of every problem. */
interface ImportAnswer {
  fileName: string;
  dryRun: boolean;
  imported: boolean;
  created: number;
  replaced: number;
  refused: number;
  months: string[];
  replacedMonths: string[];
  fileProblem: { text: string } | null;
  lines: { line: number; month: string | null; provision: Provision | null; result: Result; problems: { text: string }[] }[];
}

const RESULT: Record<Result, { label: (done: boolean) => string; status: 'active' | 'requested' | 'ended' }> = {
  CREATE: { label: (done) => (done ? T.resultCreated : T.resultCreate), status: 'active' },
  REPLACE: { label: (done) => (done ? T.resultReplaced : T.resultReplace), status: 'requested' },
  REFUSED: { label: () => T.resultRefused, status: 'ended' },
};

const monthName = (yyyyMm: string) => formatMonth(`${yyyyMm}-01`);

/**
 * "Maatwerkcijfers importeren" for the regisseur: the Wmo administration's monthly counts and cost as CSV. Check it (a
 * dry run answered per line, storing nothing), then import it: all or nothing, and each month in the file replaces
 * that month. Below, the months already loaded.
 */
export function MaatwerkImportPage() {
  const formId = `${useId().replace(/:/g, '')}-maatwerk`;
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const today = todayInAmsterdam();
  const loaded = useQuery(MAATWERK_LOADED, { variables: { period: { from: today, to: today } }, fetchPolicy: 'cache-and-network' });

  async function send(dryRun: boolean) {
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setErrors([{ field: 'file', message: T.importChooseFile }]);
      return;
    }
    setErrors([]);
    setBusy(dryRun ? 'check' : 'import');
    const form = new FormData();
    form.append('file', file, file.name);
    const result = await postForm<ImportAnswer>(`/import/maatwerk${dryRun ? '?dryRun=true' : ''}`, form, (status) => status < 300 || status === 422);
    setBusy(null);
    if (result.ok) {
      setAnswer(result.value);
      if (result.value.imported) void loaded.refetch();
    } else setErrors(result.messages.map((message) => ({ field: 'file', message })));
  }

  return (
    <>
      <PageHeading title={T.importHeading} />
      <Paragraph>{T.importIntro}</Paragraph>
      <Paragraph>{T.importColumns}</Paragraph>
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
        <Paragraph>
          <a className="utrecht-link" href="/import/maatwerk/sjabloon.csv" download>
            {T.importTemplate}
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
          onChange={() => setAnswer(null)}
        />
        <Button
          appearance={answer && isReady(answer) ? 'secondary-action-button' : 'primary-action-button'}
          type="submit"
          busy={busy === 'check'}
          disabled={busy !== null}
        >
          {busy === 'check' ? T.importChecking : T.importCheck}
        </Button>
      </form>
      {answer && <ImportResult answer={answer} busy={busy === 'import'} onImport={() => void send(false)} />}
      <LoadedMonths months={loaded.data?.maatwerkSeries.loadedMonths ?? []} />
      <Paragraph>
        <Link to="/transformatie">{T.backToTransformatie}</Link>
      </Paragraph>
    </>
  );
}

const isReady = (a: ImportAnswer) => a.dryRun && a.refused === 0 && a.fileProblem === null;

function ImportResult({ answer, busy, onImport }: { answer: ImportAnswer; busy: boolean; onImport: () => void }) {
  const ready = isReady(answer);
  return (
    <ImportAnswerSection
      heading={formatText(T.importResultHeading, { file: answer.fileName })}
      notice={
        <>
          {answer.fileProblem ? (
            <Notice type="warning">{answer.fileProblem.text}</Notice>
          ) : answer.imported ? (
            <Notice>{formatText(T.importDone, { file: answer.fileName, months: answer.months.length })}</Notice>
          ) : (
            <Notice type={ready ? 'info' : 'warning'}>
              {formatText(T.importSummary, { created: answer.created, replaced: answer.replaced, refused: answer.refused })}{' '}
              {ready ? T.importReady : T.importFixFirst}
            </Notice>
          )}
          {ready && answer.replacedMonths.length > 0 && (
            <Paragraph>{formatText(T.importReplaces, { months: answer.replacedMonths.map(monthName).join(', ') })}</Paragraph>
          )}
        </>
      }
      columns={[
        { key: 'month', header: T.importColumnMonth, nowrap: true },
        { key: 'provision', header: T.importColumnProvision },
      ]}
      lines={answer.lines.map((l) => ({
        line: l.line,
        result: { label: RESULT[l.result].label(answer.imported), status: RESULT[l.result].status },
        problems: l.problems,
        cells: { month: l.month ? formatMonth(l.month) : '—', provision: l.provision ? MAATWERK_PROVISION_TEXTS[l.provision] : '—' },
      }))}
      texts={answerTexts(T)}
      ready={ready}
      busy={busy}
      onImport={onImport}
    />
  );
}

function LoadedMonths({ months }: { months: readonly { month: string; rows: number; fileName: string; importedAt: string; importedBy: string }[] }) {
  const headingId = `${useId().replace(/:/g, '')}-geladen`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{T.loadedHeading}</Heading2>
      <ResponsiveTable
        label={T.loadedTableLabel}
        caption={T.loadedTableLabel}
        empty={T.loadedNone}
        columns={[
          { key: 'month', header: T.loadedColumnMonth, rowHeader: true, nowrap: true },
          { key: 'rows', header: T.loadedColumnRows, numeric: true },
          { key: 'file', header: T.loadedColumnFile },
          { key: 'when', header: T.loadedColumnWhen, nowrap: true },
          { key: 'who', header: T.loadedColumnWho },
        ]}
        rows={[...months].reverse().map((m) => ({
          key: m.month,
          cells: { month: monthName(m.month), rows: m.rows, file: m.fileName, when: formatDateTime(m.importedAt), who: m.importedBy },
        }))}
      />
    </section>
  );
}
