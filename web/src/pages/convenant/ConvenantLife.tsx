import { useMutation } from '@apollo/client/react';
import { Alert, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDate, formatDateTime, formatMoney, todayInAmsterdam } from '../../lib/format';
import { useViewer, type Viewer } from '../../lib/session';
import { CONVENANTS } from './convenant.documents';
import { AMENDMENT_SIGN, AMENDMENT_WITHDRAW } from './convenant-life.documents';
import { AmendForm, EndForm, RenewForm } from './ConvenantLifeForms';
import type { Convenant } from './party';

type Amendment = Convenant['amendments'][number];
type Signer = Amendment['parties'][number];

const VERSION_KIND: Record<Convenant['versions'][number]['kind'], string> = {
  ORIGINAL: 'Oorspronkelijk',
  AMENDMENT: 'Wijziging',
  EARLY_END: 'Eerder beëindigd',
};
const CHANGE: Record<Signer['change'], string> = { STAYS: 'Blijft partij', JOINS: 'Treedt toe', LEAVES: 'Treedt uit' };

const signerName = (p: Signer) => (p.kind === 'MUNICIPALITY' ? 'Gemeente' : (p.provider?.name ?? 'Aanbieder'));

/** "In werking van … tot en met …", or why not (yet). */
export function inForceText(c: Convenant): string {
  const period = `van ${formatDate(c.startsOn)} tot en met ${formatDate(c.endsOn)}`;
  if (c.inForce) return `In werking ${period}`;
  if (c.status === 'IN_FORCE' && c.endsOn < todayInAmsterdam()) return `Niet meer in werking: liep ${period}`;
  if (c.status === 'IN_FORCE') return `Nog niet in werking: ondertekend, loopt ${period}`;
  return 'Nog niet in werking: nog niet door alle partijen ondertekend';
}

/** What the amendment changes, in words. */
function changes(a: Amendment): string[] {
  const out: string[] = [];
  if (a.budgetCents !== null) out.push(`Budget wordt ${formatMoney(a.budgetCents)}`);
  if (a.endsOn !== null) out.push(`Einddatum wordt ${formatDate(a.endsOn)}`);
  for (const p of a.parties) if (p.change !== 'STAYS') out.push(`${signerName(p)}: ${CHANGE[p.change].toLowerCase()}`);
  return out;
}

function ownSigner(a: Amendment, viewer: Viewer): Signer | undefined {
  if (viewer.role === 'REGISSEUR') return a.parties.find((p) => p.kind === 'MUNICIPALITY');
  if (viewer.role === 'PROVIDER_REP' && viewer.provider) return a.parties.find((p) => p.provider?.id === viewer.provider?.id);
  return undefined;
}

/** Who the amendment concerns, what it does to each, and who signed when. */
function AmendmentSignatures({ c, a }: { c: Convenant; a: Amendment }) {
  return (
    <ResponsiveTable
      label={`Handtekeningen onder de wijziging van ${c.title}`}
      caption="Handtekeningen onder de wijziging"
      columns={[
        { key: 'party', header: 'Partij', rowHeader: true },
        { key: 'change', header: 'Wijziging' },
        { key: 'signed', header: 'Ondertekend' },
      ]}
      rows={a.parties.map((p) => ({
        key: p.provider?.id ?? 'gemeente',
        cells: {
          party: signerName(p),
          change: CHANGE[p.change],
          signed: p.signedAt ? `${p.signedBy?.name ?? 'Ondertekend'}, ${formatDateTime(p.signedAt)}` : 'Nog niet ondertekend',
        },
      }))}
    />
  );
}

/** The open amendment: what it changes, who signed, and signing for one's own party (or withdrawing it). */
function OpenAmendment({ c, a }: { c: Convenant; a: Amendment }) {
  const viewer = useViewer();
  const mine = ownSigner(a, viewer);
  const [error, setError] = useState<string | null>(null);
  const options = { refetchQueries: [CONVENANTS], awaitRefetchQueries: true };
  const [sign, signing] = useMutation(AMENDMENT_SIGN, options);
  const [withdraw, withdrawing] = useMutation(AMENDMENT_WITHDRAW, options);
  const party = mine ? signerName(mine) : '';
  async function run(action: () => Promise<{ data?: { userErrors: unknown[] } | null }>, failed: string) {
    setError(null);
    try {
      const { data } = await action();
      if ((data?.userErrors.length ?? 0) > 0) setError(failed);
    } catch {
      setError('Het is niet gelukt door een technische storing. Probeer het opnieuw.');
    }
  }
  return (
    <section className="section" aria-labelledby={`wijziging-${a.id}`}>
      <Heading3 id={`wijziging-${a.id}`}>Wijziging ter ondertekening</Heading3>
      <ul>
        {changes(a).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Paragraph>Reden: {a.reason}</Paragraph>
      <Paragraph>De wijziging gaat in zodra alle partijen hieronder hebben ondertekend.</Paragraph>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <AmendmentSignatures c={c} a={a} />
      {mine && !mine.signedAt && (
        <ConfirmStep
          appearance="primary-action-button"
          label={`Wijziging ondertekenen namens ${party}`}
          name={`Wijziging ondertekenen namens ${party}`}
          question={`U ondertekent als ${viewer.name} namens ${party} de wijziging van „${c.title}”. Uw handtekening kan daarna niet meer worden gewijzigd.`}
          confirmLabel={`Ja, ik onderteken de wijziging namens ${party}`}
          busy={signing.loading}
          onConfirm={() =>
            run(async () => {
              const r = await sign({ variables: { id: a.id } });
              return { data: r.data?.convenantAmendmentSign };
            }, 'Ondertekenen is niet gelukt: de wijziging staat niet (meer) open voor ondertekening. Er is niets opgeslagen.')
          }
        />
      )}
      {mine?.signedAt && <Paragraph>U heeft de wijziging namens {party} ondertekend.</Paragraph>}
      {viewer.role === 'REGISSEUR' && (
        <ConfirmStep
          label="Wijziging intrekken"
          name="Wijziging intrekken"
          question="De wijziging vervalt; de handtekeningen eronder tellen niet meer. Het convenant blijft zoals het is."
          confirmLabel="Ja, wijziging intrekken"
          busy={withdrawing.loading}
          onConfirm={() =>
            run(async () => {
              const r = await withdraw({ variables: { id: a.id } });
              return { data: r.data?.convenantAmendmentWithdraw };
            }, 'Intrekken is niet gelukt: de wijziging staat niet meer open.')
          }
        />
      )}
    </section>
  );
}

/** Every version of the convenant: the original, then one per amendment or early end. */
function Versions({ c }: { c: Convenant }) {
  return (
    <ResponsiveTable
      label={`Geschiedenis van ${c.title}`}
      caption="Geschiedenis: de versies van het convenant"
      empty="Nog geen versies: het convenant is nog niet door alle partijen ondertekend."
      columns={[
        { key: 'version', header: 'Versie', rowHeader: true },
        { key: 'from', header: 'Geldt vanaf', nowrap: true },
        { key: 'budget', header: 'Budget', nowrap: true },
        { key: 'end', header: 'Einddatum', nowrap: true },
        { key: 'parties', header: 'Aanbieders' },
        { key: 'reason', header: 'Reden', prose: true },
      ]}
      rows={(c.status === 'IN_FORCE' ? c.versions : []).map((v) => ({
        key: String(v.number),
        cells: {
          version: `${v.number}. ${VERSION_KIND[v.kind]}`,
          from: formatDate(v.effectiveOn),
          budget: formatMoney(v.budgetCents),
          end: formatDate(v.endsOn),
          parties: v.parties.map((p) => p.name).join(', '),
          reason: v.reason ?? '—',
        },
      }))}
    />
  );
}

/** The convenant after signing: its open amendment, its history, and the regisseur's amend, end early and renew. */
export function ConvenantLife({ c }: { c: Convenant }) {
  const viewer = useViewer();
  const open = c.amendments.find((a) => a.status === 'PROPOSED');
  const changeable = c.status === 'IN_FORCE' && c.endsOn >= todayInAmsterdam();
  const regisseur = viewer.role === 'REGISSEUR';
  return (
    <>
      {c.endReason && <Paragraph>Eerder beëindigd. Reden: {c.endReason}</Paragraph>}
      {open && <OpenAmendment c={c} a={open} />}
      {c.status === 'IN_FORCE' && <Versions c={c} />}
      {regisseur && changeable && !open && <AmendForm c={c} />}
      {regisseur && changeable && !open && <EndForm c={c} />}
      {regisseur && c.status === 'IN_FORCE' && <RenewForm c={c} />}
    </>
  );
}
