import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { TEXT_MAX } from '@regiekamer/texts';
import { checkLengths, checkNotFuture, present } from '../lib/checks';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary, newIdempotencyKey, TextAreaField, DateField, TextField, type FieldError } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import { TECHNICAL_ERROR, toFieldErrors } from '../lib/errors';
import { isLocalDate, todayInAmsterdam } from '../lib/format';
import { Link, navigate, useLocation } from '../lib/router';
import { useViewer } from '../lib/session';
import { PROPOSAL_SUBMIT, PROPOSALS } from './proposal-documents';
import { nextDeadline } from './proposals/next-deadline';
import { ProposalTable } from './proposals/ProposalTable';

const PAGE_SIZE = 20;

export { nextDeadline };

export function ProposalsPage() {
  const viewer = useViewer();
  const { search } = useLocation();
  const onlyOverdue = search.get('te-laat') === '1';
  const pager = useCursorPager();
  const query = useQuery(PROPOSALS, { variables: { first: PAGE_SIZE, after: pager.after, filter: onlyOverdue ? { overdue: true } : null } });
  return (
    <>
      <PageHeading title="Voorstellen" />
      <PageHelp>
        <Paragraph>
          Op deze pagina staan alle voorstellen. Elk voorstel heeft vaste termijnen: na vier weken de standpunten, in week 5 het besluit
          en in week 6 de terugkoppeling aan bewoners. “Te laat” betekent dat een termijn vandaag voorbij is. Kies een voorstel om het te
          openen.
        </Paragraph>
      </PageHelp>
      <Paragraph>
        Voorstellen (aanbiedingsformulieren) in hun cyclus van zes weken: standpunten van bewoners, medewerkers en organisatie, het beleidsoverleg in
        week 5 en de terugkoppeling in week 6.
      </Paragraph>
      <Paragraph>
        {onlyOverdue ? (
          <Link to="/voorstellen" onClick={() => pager.reset()}>
            Toon alle voorstellen
          </Link>
        ) : (
          <Link to="/voorstellen?te-laat=1" onClick={() => pager.reset()}>
            Toon alleen voorstellen die vandaag te laat zijn
          </Link>
        )}
      </Paragraph>
      <QueryState query={query} what="De voorstellen">
        {(data) => (
          <>
            <ProposalTable
              proposals={data.proposals.edges.map((e) => e.node)}
              caption={onlyOverdue ? 'Voorstellen die vandaag te laat zijn' : 'Voorstellen'}
            />
            <Pager
              label="voorstellen"
              page={pager.page}
              pageSize={PAGE_SIZE}
              shown={data.proposals.edges.length}
              totalCount={data.proposals.totalCount}
              hasNextPage={data.proposals.pageInfo.hasNextPage}
              endCursor={data.proposals.pageInfo.endCursor}
              onNext={pager.next}
              onPrevious={pager.previous}
            />
          </>
        )}
      </QueryState>
      {viewer.role === 'REGISSEUR' && <SubmitProposal />}
    </>
  );
}

/** Kept here as well for pages that import it from this module. */
export { ProposalTable };

function SubmitProposal() {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState({ title: '', description: '', submittedOn: todayInAmsterdam(), urgent: 'nee' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const key = useRef(newIdempotencyKey());
  const [submitProposal, { loading }] = useMutation(PROPOSAL_SUBMIT, {
    update(cache) {
      cache.evict({ fieldName: 'proposals' });
      cache.gc();
    },
  });
  const set = (k: keyof typeof values) => (v: string) => setValues({ ...values, [k]: v });
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!values.title.trim()) found.push({ field: 'title', message: 'Vul de titel van het voorstel in.' });
    if (!isLocalDate(values.submittedOn)) found.push({ field: 'submittedOn', message: 'Vul de datum van indienen in.' });
    else found.push(...present(checkNotFuture('submittedOn', values.submittedOn, todayInAmsterdam())));
    found.push(
      ...checkLengths({
        title: [values.title.trim(), TEXT_MAX.proposalTitle],
        description: [values.description.trim(), TEXT_MAX.proposalDescription],
      }),
    );
    setErrors(found);
    if (found.length > 0) return;
    try {
      const { data } = await submitProposal({
        variables: {
          idempotencyKey: key.current,
          input: {
            title: values.title.trim(),
            description: values.description.trim(),
            submittedOn: values.submittedOn,
            urgent: values.urgent === 'ja',
          },
        },
      });
      const payload = data?.proposalSubmit;
      key.current = newIdempotencyKey();
      if (payload?.proposal) {
        navigate(`/voorstellen/${encodeURIComponent(payload.proposal.id)}`);
        return;
      }
      setErrors(toFieldErrors(payload?.userErrors ?? [], ['title', 'description', 'submittedOn']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      <Heading2 id={`${formId}-title`}>Voorstel indienen</Heading2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextField
          formId={formId}
          name="title"
          label="Titel"
          value={values.title}
          maxLength={TEXT_MAX.proposalTitle}
          onChange={set('title')}
          errors={errors}
        />
        <TextAreaField
          formId={formId}
          name="description"
          label="Toelichting"
          required={false}
          maxLength={TEXT_MAX.proposalDescription}
          value={values.description}
          onChange={set('description')}
          errors={errors}
        />
        <DateField
          formId={formId}
          name="submittedOn"
          label="Ingediend op"
          description="Week 0 van de cyclus: alle termijnen volgen hieruit."
          width="medium"
          value={values.submittedOn}
          onChange={set('submittedOn')}
          errors={errors}
        />
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">Spoed?</legend>
          {(['nee', 'ja'] as const).map((v) => (
            <label key={v} className="utrecht-form-label utrecht-form-label--radio radio-option">
              <input
                type="radio"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                name={`${formId}-urgent`}
                value={v}
                checked={values.urgent === v}
                onChange={() => set('urgent')(v)}
              />{' '}
              {v === 'ja' ? 'Ja: ad-hocoverleg binnen een week' : 'Nee'}
            </label>
          ))}
        </fieldset>
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          Voorstel indienen
        </Button>
      </form>
    </section>
  );
}
