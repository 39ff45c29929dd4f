import { useMutation } from '@apollo/client/react';
import { Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ErrorSummary, Notice } from '../../components/Form';
import { TableScroll } from '../../components/TableScroll';
import type { ProposalFieldsFragment, StancePosition } from '../../gql/graphql';
import { useViewer } from '../../lib/session';
import { MINORITY_CONFIRM } from './proposal.documents';
import { useProposalForm } from './useProposalForm';

/** Here, not in lib/labels (which the first page loads): only this page shows stances. */
const STANCE_POSITION_LABELS: Record<StancePosition, string> = { AGREE: 'Eens', DISAGREE: 'Oneens', ABSTAIN: 'Onthouding' };

/** The attendees' own stances with their reasons, counted; after the decision, the confirmation of a minority on paper. */
export function StancesSection({ p, refetch }: { p: ProposalFieldsFragment; refetch: () => Promise<unknown> }) {
  const t = p.stanceTally;
  return (
    <section className="section" aria-labelledby="stemmen">
      <Heading2 id="stemmen">Standpunten van de aanwezigen</Heading2>
      <Paragraph>
        {t.agree} eens, {t.disagree} oneens, {t.abstain} onthouding. Ieder die bij het beleidsoverleg hoort, geeft zelf een standpunt met een reden;
        dat kan tot het besluit.
      </Paragraph>
      {p.stances.length > 0 && (
        <TableScroll label="Standpunt per aanwezige">
          <Table className="data-table">
            <TableCaption>Standpunt per aanwezige</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Wie</TableHeaderCell>
                <TableHeaderCell scope="col">Standpunt</TableHeaderCell>
                <TableHeaderCell scope="col">Reden</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {p.stances.map((s, i) => (
                <TableRow key={`${s.voterName ?? ''}-${String(i)}`}>
                  <TableHeaderCell scope="row">{s.voterName ?? 'Een aanwezige'}</TableHeaderCell>
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
  if (paperMinority === 0) return <Paragraph>Het standpunt van de minderheid wacht op bevestiging door iemand uit de minderheid.</Paragraph>;
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
      <Heading2 id={`${formId}-title`}>Standpunt van de minderheid bevestigen</Heading2>
      <ErrorSummary formId={formId} errors={errors} />
      {done && <Notice>Het standpunt van de minderheid is bevestigd.</Notice>}
      <Paragraph className="preserve">{d.minorityDraft}</Paragraph>
      <Paragraph>Een deel van de minderheid stemde op papier: bevestig na overleg met hen dat dit hun standpunt is.</Paragraph>
      <Button appearance="primary-action-button" type="submit" busy={loading}>
        Bevestigen
      </Button>
    </form>
  );
}
