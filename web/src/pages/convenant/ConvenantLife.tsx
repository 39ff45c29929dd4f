import { useMutation } from '@apollo/client/react';
import {
  CONVENANT_CHANGE_TEXTS,
  CONVENANT_LIFE_TEXTS as T,
  CONVENANT_PARTY_TEXTS as PARTY,
  CONVENANT_VERSION_KIND_TEXTS,
  formatText,
} from '@regiekamer/texts';
import { Alert, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDate, formatDateTime, formatMoney, todayInAmsterdam } from '../../lib/format';
import { useViewer, type Viewer } from '../../lib/session';
import { CONVENANTS } from './convenant.documents';
import { AMENDMENT_SIGN, AMENDMENT_WITHDRAW } from './convenant-life.documents';
import { AmendForm, EndForm, RenewForm } from './ConvenantLifeForms';
import { partyInSentence, type Convenant } from './party';

type Amendment = Convenant['amendments'][number];
type Signer = Amendment['parties'][number];

const VERSION_KIND: Record<Convenant['versions'][number]['kind'], string> = CONVENANT_VERSION_KIND_TEXTS;
const CHANGE: Record<Signer['change'], string> = CONVENANT_CHANGE_TEXTS;

const signerName = (p: Signer) => (p.kind === 'MUNICIPALITY' ? PARTY.municipality : (p.provider?.name ?? PARTY.provider));

/** "In werking van … tot en met …", or why not (yet). */
export function inForceText(c: Convenant): string {
  const period = formatText(T.period, { from: formatDate(c.startsOn), to: formatDate(c.endsOn) });
  if (c.inForce) return formatText(T.inForce, { period });
  if (c.status === 'IN_FORCE' && c.endsOn < todayInAmsterdam()) return formatText(T.ended, { period });
  if (c.status === 'IN_FORCE') return formatText(T.signedNotYetInForce, { period });
  return T.notSigned;
}

/** What the amendment changes, in words. */
function changes(a: Amendment): string[] {
  const out: string[] = [];
  if (a.budgetCents !== null) out.push(formatText(T.budgetChange, { budget: formatMoney(a.budgetCents) }));
  if (a.endsOn !== null) out.push(formatText(T.endChange, { date: formatDate(a.endsOn) }));
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
      label={formatText(T.signaturesLabel, { title: c.title })}
      caption={T.signaturesCaption}
      columns={[
        { key: 'party', header: T.party, rowHeader: true },
        { key: 'change', header: T.change },
        { key: 'signed', header: T.signed },
      ]}
      rows={a.parties.map((p) => ({
        key: p.provider?.id ?? 'gemeente',
        cells: {
          party: signerName(p),
          change: CHANGE[p.change],
          signed: p.signedAt ? `${p.signedBy?.name ?? T.signedByUnknown}, ${formatDateTime(p.signedAt)}` : T.signedNot,
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
  const party = mine ? partyInSentence(mine) : '';
  async function run(action: () => Promise<{ data?: { userErrors: unknown[] } | null }>, failed: string) {
    setError(null);
    try {
      const { data } = await action();
      if ((data?.userErrors.length ?? 0) > 0) setError(failed);
    } catch {
      setError(T.technicalError);
    }
  }
  return (
    <section className="section" aria-labelledby={`wijziging-${a.id}`}>
      <Heading3 id={`wijziging-${a.id}`}>{T.openTitle}</Heading3>
      <ul>
        {changes(a).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Paragraph>{formatText(T.reason, { reason: a.reason })}</Paragraph>
      <Paragraph>{T.takesEffect}</Paragraph>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <AmendmentSignatures c={c} a={a} />
      {mine && !mine.signedAt && (
        <ConfirmStep
          appearance="primary-action-button"
          label={formatText(T.sign, { party })}
          name={formatText(T.sign, { party })}
          question={formatText(T.signQuestion, { name: viewer.name, party, title: c.title })}
          confirmLabel={formatText(T.signConfirm, { party })}
          busy={signing.loading}
          onConfirm={() =>
            run(async () => {
              const r = await sign({ variables: { id: a.id } });
              return { data: r.data?.convenantAmendmentSign };
            }, T.signFailed)
          }
        />
      )}
      {mine?.signedAt && <Paragraph>{formatText(T.ownSignature, { party })}</Paragraph>}
      {viewer.role === 'REGISSEUR' && (
        <ConfirmStep
          label={T.withdraw}
          name={T.withdraw}
          question={T.withdrawQuestion}
          confirmLabel={T.withdrawConfirm}
          busy={withdrawing.loading}
          onConfirm={() =>
            run(async () => {
              const r = await withdraw({ variables: { id: a.id } });
              return { data: r.data?.convenantAmendmentWithdraw };
            }, T.withdrawFailed)
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
      label={formatText(T.historyLabel, { title: c.title })}
      caption={T.historyCaption}
      empty={T.historyEmpty}
      columns={[
        { key: 'version', header: T.version, rowHeader: true },
        { key: 'from', header: T.effectiveOn, nowrap: true },
        { key: 'budget', header: T.budget, nowrap: true },
        { key: 'end', header: T.endsOn, nowrap: true },
        { key: 'parties', header: T.providers },
        { key: 'reason', header: T.reasonHeader, prose: true },
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
      {c.endReason && <Paragraph>{formatText(T.endedEarly, { reason: c.endReason })}</Paragraph>}
      {open && <OpenAmendment c={c} a={open} />}
      {c.status === 'IN_FORCE' && <Versions c={c} />}
      {regisseur && changeable && !open && <AmendForm c={c} />}
      {regisseur && changeable && !open && <EndForm c={c} />}
      {regisseur && c.status === 'IN_FORCE' && <RenewForm c={c} />}
    </>
  );
}
