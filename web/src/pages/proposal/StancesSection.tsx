import { useMutation } from '@apollo/client/react';
import { formatText, STANCE_POSITION_TEXTS, STANCES_SECTION_TEXTS as T } from '@regiekamer/texts';
import { Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ErrorSummary, Notice } from '../../components/Form';
import { TableScroll } from '../../components/TableScroll';
import type { ProposalFieldsFragment, StancePosition } from '../../gql/graphql';
import { useViewer } from '../../lib/session';
import { MINORITY_CONFIRM } from './proposal.documents';
import { useProposalForm } from './useProposalForm';

/** Here, not in lib/labels (which the first page loads): only this page shows stances. */
const STANCE_POSITION_LABELS: Record<StancePosition, string> = STANCE_POSITION_TEXTS;

/** The attendees' own stances with their reasons, counted; after the decision, the confirmation of a minority on paper. */
export function StancesSection({ p, refetch }: { p: ProposalFieldsFragment; refetch: () => Promise<unknown> }) {
  const t = p.stanceTally;
  return (
    <section className="section" aria-labelledby="stemmen">
      <Heading2 id="stemmen">{T.heading}</Heading2>
      <Paragraph>{formatText(T.tally, { agree: String(t.agree), disagree: String(t.disagree), abstain: String(t.abstain) })}</Paragraph>
      {p.stances.length > 0 && (
        <TableScroll label={T.caption}>
          <Table className="data-table">
            <TableCaption>{T.caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{T.who}</TableHeaderCell>
                <TableHeaderCell scope="col">{T.position}</TableHeaderCell>
                <TableHeaderCell scope="col">{T.reason}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {p.stances.map((s, i) => (
                <TableRow key={`${s.voterName ?? ''}-${String(i)}`}>
                  <TableHeaderCell scope="row">{s.voterName ?? T.someAttendee}</TableHeaderCell>
                  <TableCell>{STANCE_POSITION_LABELS[s.position]}</TableCell>
                  <TableCell>{s.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      <MinorityConfirm p={p} refetch={refetch} />
    </section>
  );
}

/** The regisseur confirms the minority position when part of the minority voted on paper (members with an account confirm their own). */
function MinorityConfirm({ p, refetch }: { p: ProposalFieldsFragment; refetch: () => Promise<unknown> }) {
  const viewer = useViewer();
  const { formId, errors, done, run } = useProposalForm();
  const [confirm, { loading }] = useMutation(MINORITY_CONFIRM);
  const d = p.decision;
  if (!d?.minorityDraft || d.minorityConfirmedAt || viewer.role !== 'REGISSEUR') return null;
  const paperMinority = d.outcome === 'REJECTED' ? (d.paperTally?.agree ?? 0) : (d.paperTally?.disagree ?? 0);
  if (paperMinority === 0) return <Paragraph>{T.minorityWaiting}</Paragraph>;
  return (
    <form
      className="form"
      noValidate
      aria-labelledby={`${formId}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => (await confirm({ variables: { id: d.id, input: {} } })).data?.decisionMinorityConfirm, [], refetch);
      }}
    >
      <Heading2 id={`${formId}-title`}>{T.confirmTitle}</Heading2>
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>{T.confirmed}</Notice>}
      <Paragraph className="preserve">{d.minorityDraft}</Paragraph>
      <Paragraph>{T.confirmHelp}</Paragraph>
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        {T.confirm}
      </Button>
    </form>
  );
}
