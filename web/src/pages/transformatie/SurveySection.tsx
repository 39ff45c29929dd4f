import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatText, SURVEY_QUESTION_SHORT_TEXTS as Q, SURVEY_RESULT_TEXTS as T, SURVEY_SECTION_TEXTS as S } from '@regiekamer/texts';
import { useState } from 'react';
import { ErrorSummary, TextAreaField, type FieldError } from '../../components/Form';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import type { SurveyCellFieldsFragment, SurveyOpenAnswersQuery, SurveyResultsQuery } from '../../gql/graphql';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { formatNumber, formatPercent } from '../../lib/format';
import { PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { useViewer } from '../../lib/session';
import { save } from '../overview/save-file';
import type { SectionProps } from './sections';
import { SURVEY_ANSWER_MASK, SURVEY_OPEN_ANSWERS, SURVEY_RESULTS } from './survey.documents';
import { shareText, SURVEY_QUESTION_ORDER, surveyExcelCsv, type NamedCell } from './survey-csv';
import './survey-section.css';

type Results = SurveyResultsQuery['surveyResults'];

/**
 * The Wmo client experience survey: the share agreeing per question for all providers (chart and table), per provider
 * and per product category, the response rate, and for the regisseur the open answers with masking and the quotes.
 * The year is the year of the period's end.
 */
export function SurveySection({ filters }: SectionProps) {
  const year = Number(filters.to.slice(0, 4));
  const regisseur = useViewer().role === 'REGISSEUR';
  const query = useQuery(SURVEY_RESULTS, { variables: { year, providerId: filters.providerId } });
  return (
    <section className="transformatie-section" aria-labelledby="client-experience">
      <Heading2 id="client-experience">
        {T.heading} {year}
      </Heading2>
      <Paragraph className="transformatie-detail">{T.intro}</Paragraph>
      <QueryState query={query} what={T.heading}>
        {(data) => <Results results={data.surveyResults} regisseur={regisseur} />}
      </QueryState>
      {regisseur && <OpenAnswers year={year} providerId={filters.providerId} />}
    </section>
  );
}

function Results({ results, regisseur }: { results: Results; regisseur: boolean }) {
  const { total, year } = results;
  if (!results.final && !regisseur) return <Paragraph>{formatText(T.notFinal, { year })}</Paragraph>;
  if (total.responses === 0) return <Paragraph>{T.none}</Paragraph>;
  const named: NamedCell[] = [
    { level: S.levelTotal, name: T.total, cell: total },
    ...results.byProvider.map((c) => ({ level: T.provider, name: c.provider?.name ?? '', cell: c })),
    ...results.byCategory.map((c) => ({ level: T.category, name: c.productCategory ? PRODUCT_CATEGORY_LABELS[c.productCategory] : '', cell: c })),
  ];
  return (
    <>
      <Paragraph>
        {T.responses}: {total.hidden ? T.hidden : formatNumber(total.responses)}
      </Paragraph>
      <ShareChart cell={total} title={formatText(T.chartTitle, { year })} />
      <div className="transformatie-detail">
        <CellTable caption={formatText(T.chartTitle, { year })} header={T.provider} cells={named.slice(0, 1)} />
        <CellTable caption={formatText(T.byProviderCaption, { year })} header={T.provider} cells={named.filter((n) => n.level === T.provider)} />
        <CellTable caption={formatText(T.byCategoryCaption, { year })} header={T.category} cells={named.filter((n) => n.level === T.category)} />
        {results.codes && <RatesTable codes={results.codes} year={year} />}
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={() => save(surveyExcelCsv(year, named), `clientervaring-${String(year)}.csv`)}
        >
          {T.csv}
        </Button>
      </div>
    </>
  );
}

/** Bars of the share agreeing per question; the same figures are in the table below it, for screen readers too. */
function ShareChart({ cell, title }: { cell: SurveyCellFieldsFragment; title: string }) {
  return (
    <figure className="survey-chart" aria-hidden="true">
      <figcaption>{title}</figcaption>
      {SURVEY_QUESTION_ORDER.map((question) => {
        const q = cell.questions.find((x) => x.question === question);
        const share = cell.hidden || q?.hidden ? null : (q?.shareAgreeing ?? null);
        return (
          <div key={question} className="survey-chart__row">
            <span className="survey-chart__label">{Q[question]}</span>
            <span className="survey-chart__bar">
              {share !== null && <span className="survey-chart__fill" style={{ width: `${String(Math.round(share * 100))}%` }} />}
            </span>
            <span className="survey-chart__value">{share === null ? T.hidden : formatPercent(share)}</span>
          </div>
        );
      })}
    </figure>
  );
}

function CellTable({ caption, header, cells }: { caption: string; header: string; cells: readonly NamedCell[] }) {
  return (
    <ResponsiveTable
      label={caption}
      caption={caption}
      columns={[
        { key: 'name', header, rowHeader: true },
        { key: 'responses', header: T.responses, numeric: true },
        ...SURVEY_QUESTION_ORDER.map((q) => ({ key: q, header: Q[q], numeric: true })),
      ]}
      rows={cells.map((n) => ({
        key: n.name,
        cells: {
          name: n.name,
          responses: n.cell.hidden ? T.hidden : formatNumber(n.cell.responses),
          ...Object.fromEntries(SURVEY_QUESTION_ORDER.map((q) => [q, shareCell(n.cell, q)])),
        },
      }))}
    />
  );
}

const shareCell = (cell: SurveyCellFieldsFragment, question: (typeof SURVEY_QUESTION_ORDER)[number]): string => {
  const text = shareText(cell, question);
  return text === T.hidden || text === '' ? text || '—' : `${text}%`;
};

function RatesTable({ codes, year }: { codes: NonNullable<Results['codes']>; year: number }) {
  const caption = formatText(T.ratesCaption, { year });
  return (
    <ResponsiveTable
      label={caption}
      caption={caption}
      columns={[
        { key: 'name', header: T.provider, rowHeader: true },
        { key: 'issued', header: T.issued, numeric: true },
        { key: 'used', header: T.used, numeric: true },
        { key: 'rate', header: T.rate, numeric: true },
      ]}
      rows={codes.map((c) => ({
        key: c.provider.id,
        cells: { name: c.provider.name, issued: formatNumber(c.issued), used: formatNumber(c.used), rate: formatPercent(c.responseRate) },
      }))}
    />
  );
}

type OpenAnswer = SurveyOpenAnswersQuery['surveyOpenAnswers'][number];

/** The regisseur's open answers: mask phrases before quoting; the quotes (masked) are printed with the summary. */
function OpenAnswers({ year, providerId }: { year: number; providerId: string | null }) {
  const query = useQuery(SURVEY_OPEN_ANSWERS, { variables: { year, providerId } });
  const answers = query.data?.surveyOpenAnswers ?? [];
  const quotes = answers.filter((a) => a.quoted && a.maskedText);
  return (
    <>
      {quotes.length > 0 && (
        <>
          <Heading3>{T.quotesHeading}</Heading3>
          <ul className="survey-quotes">
            {quotes.map((a) => (
              <li key={a.id}>
                <blockquote>{a.maskedText}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="transformatie-detail">
        <Heading3>{T.openHeading}</Heading3>
        <Paragraph>{T.openIntro}</Paragraph>
        <QueryState query={query} what={T.openHeading}>
          {() =>
            answers.length === 0 ? (
              <Paragraph>{T.openNone}</Paragraph>
            ) : (
              <ul className="survey-open-answers">
                {answers.map((a) => (
                  <OpenAnswerItem key={a.id} answer={a} />
                ))}
              </ul>
            )
          }
        </QueryState>
      </div>
    </>
  );
}

function OpenAnswerItem({ answer }: { answer: OpenAnswer }) {
  const formId = `masker-${answer.id}`;
  const [phrases, setPhrases] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [mask, { loading }] = useMutation(SURVEY_ANSWER_MASK);
  async function submit(quote: boolean) {
    const list = phrases
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    try {
      const res = await mask({ variables: { id: answer.id, input: { phrases: list, quote } } });
      const payload = res.data?.surveyAnswerMask;
      setErrors(payload?.answer ? [] : toFieldErrors(payload?.userErrors ?? [], ['phrases']));
      if (payload?.answer) setPhrases('');
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <li className="survey-open-answer">
      <Paragraph>
        <strong>{answer.provider.name}</strong>: {answer.text}
      </Paragraph>
      {answer.maskedText && (
        <Paragraph>
          {answer.quoted ? `${T.quoted}: ` : ''}
          {answer.maskedText}
        </Paragraph>
      )}
      <details open={errors.length > 0 || undefined}>
        <summary>{T.maskOpen}</summary>
        <form noValidate onSubmit={(e) => e.preventDefault()}>
          <ErrorSummary formId={formId} errors={errors} />
          <TextAreaField
            formId={formId}
            name="phrases"
            label={T.maskLabel}
            required={false}
            rows={2}
            value={phrases}
            onChange={setPhrases}
            errors={errors}
          />
          <Button appearance="secondary-action-button" type="button" busy={loading} onClick={() => void submit(true)}>
            {T.maskSubmit}
          </Button>
          {answer.quoted && (
            <Button appearance="subtle-button" type="button" onClick={() => void submit(false)}>
              {T.unquote}
            </Button>
          )}
        </form>
      </details>
    </li>
  );
}
