import { Button, ButtonGroup, Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import { ResponsiveTable, type Column } from '../ResponsiveTable';

/** What a CSV import answered about one line, with the cells a kind of import shows beside it. */
export interface ImportAnswerLine {
  line: number;
  /** The result as the user reads it, and its badge. */
  result: { label: string; status: 'active' | 'requested' | 'ended' };
  problems: readonly { text: string }[];
  cells: Record<string, ReactNode>;
}

export interface ImportAnswerTexts {
  tableLabel: string;
  columnLine: string;
  columnResult: string;
  columnProblems: string;
  run: string;
  running: string;
}

/** The texts of the answer from a catalogue that names them as the import catalogues do (FILES_TEXTS, MAATWERK_TEXTS). */
export const answerTexts = (t: {
  importTableLabel: string;
  importColumnLine: string;
  importColumnResult: string;
  importColumnProblems: string;
  importRun: string;
  importRunning: string;
}): ImportAnswerTexts => ({
  tableLabel: t.importTableLabel,
  columnLine: t.importColumnLine,
  columnResult: t.importColumnResult,
  columnProblems: t.importColumnProblems,
  run: t.importRun,
  running: t.importRunning,
});

/**
 * The answer to a CSV import's check or import (the representatives' and the regisseur's maatwerk): a notice, per line
 * what happens with its problems in Dutch, and the button that imports once the check found nothing to refuse.
 */
export function ImportAnswerSection({
  heading,
  notice,
  columns,
  lines,
  texts,
  ready,
  busy,
  onImport,
}: {
  heading: string;
  notice: ReactNode;
  /** The kind's own columns, shown between the line number and the result. */
  columns: readonly Column[];
  lines: readonly ImportAnswerLine[];
  texts: ImportAnswerTexts;
  ready: boolean;
  busy: boolean;
  onImport: () => void;
}) {
  const headingId = `${useId().replace(/:/g, '')}-resultaat`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{heading}</Heading2>
      {notice}
      {lines.length > 0 && (
        <ResponsiveTable
          label={texts.tableLabel}
          caption={texts.tableLabel}
          columns={[
            { key: 'line', header: texts.columnLine, numeric: true, rowHeader: true },
            ...columns,
            { key: 'result', header: texts.columnResult, nowrap: true },
            { key: 'problems', header: texts.columnProblems, prose: true },
          ]}
          rows={lines.map((l) => ({
            key: String(l.line),
            cells: {
              ...l.cells,
              line: l.line,
              result: <StatusBadge status={l.result.status}>{l.result.label}</StatusBadge>,
              problems: l.problems.length === 0 ? '' : l.problems.map((p) => <Paragraph key={p.text}>{p.text}</Paragraph>),
            },
          }))}
        />
      )}
      {ready && (
        <ButtonGroup>
          <Button appearance="primary-action-button" type="button" busy={busy} disabled={busy} onClick={onImport}>
            {busy ? texts.running : texts.run}
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}
