import type { Queryable } from '../../db/database';
import { toGlobalId } from '../../shared/graphql/global-id';
import type { ArchiveEvent, ArchiveKind, ArchiveParty } from './archive.rules';
import type { AmendmentTerms } from '../convenant/convenant.rules';

/**
 * The archival records of one municipality and period, read from the database: every decision taken in the period,
 * the besluitenlijst of the period, and every convenant (established: in force or ended) whose term meets the
 * period, with its parties, amendments and attached documents. Each query names the municipality, so the same reader
 * serves a request (row security as the user) and the operators' command (as the owner).
 */

/** A file attached to a record, read when the package is written (documents can be large). */
export interface AttachmentRef {
  documentId: number;
  title: string;
  fileName: string;
  contentType: string;
  /** Size and SHA-256 (hex) of the stored bytes, computed by PostgreSQL: the bytes themselves are read one file at a time. */
  bytes: number;
  sha256: string;
}

/** A record as read: its content (written as JSON beside its metadata), what MDTO needs, and its attachments. */
export interface ReadRecord {
  kind: ArchiveKind;
  id: number;
  kenmerk: string;
  naam: string;
  omschrijving: string | null;
  coverage: { type: string; begin: string; end: string | null };
  establishedOn: string | null;
  events: ArchiveEvent[];
  parties: ArchiveParty[];
  related: { kenmerk: string; naam: string }[];
  content: Record<string, unknown>;
  attachments: AttachmentRef[];
}

export interface Period {
  from: string;
  to: string;
}

const iso = (value: Date | string | null): string | null => (value instanceof Date ? value.toISOString() : value);

interface DecisionRow {
  id: number;
  kind: string;
  decidedOn: string;
  outcome: string;
  text: string;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstain: number | null;
  minorityPosition: string | null;
  minorityConfirmedAt: Date | null;
  kerngroepAdviceWeighing: string | null;
  responsible: string | null;
  createdAt: Date;
  overlegTitle: string | null;
  overlegHeldOn: string | null;
  proposalId: number | null;
  proposalTitle: string | null;
  proposalDescription: string | null;
  proposalSubmittedOn: string | null;
}

const OUTCOME: Readonly<Record<string, string>> = { ADOPTED: 'aangenomen', REJECTED: 'verworpen', AMENDED: 'aangenomen met wijziging' };

function votes(r: DecisionRow): string {
  if (r.votesFor === null && r.votesAgainst === null && r.votesAbstain === null) return '';
  return ` (${r.votesFor ?? 0} voor, ${r.votesAgainst ?? 0} tegen, ${r.votesAbstain ?? 0} onthouding)`;
}

async function documentsOf(
  db: Queryable,
  municipalityId: number,
  column: 'proposal_id' | 'convenant_id',
  ids: number[],
): Promise<Map<number, AttachmentRef[]>> {
  const byOwner = new Map<number, AttachmentRef[]>();
  if (ids.length === 0) return byOwner;
  const rows = await db.query<AttachmentRef & { ownerId: number }>(
    `SELECT d.id AS "documentId", d.${column} AS "ownerId", d.title, d.file_name AS "fileName", d.content_type AS "contentType",
            octet_length(c.content) AS bytes, encode(sha256(c.content), 'hex') AS sha256
       FROM document d JOIN document_content c ON c.document_id = d.id
      WHERE d.municipality_id = $1 AND d.${column} = ANY($2::bigint[]) ORDER BY d.id`,
    [municipalityId, ids],
  );
  for (const { ownerId, ...doc } of rows) byOwner.set(ownerId, [...(byOwner.get(ownerId) ?? []), doc]);
  return byOwner;
}

/** The decisions taken in the period, each with its proposal and the proposal's documents. */
export async function decisionRecords(db: Queryable, municipalityId: number, period: Period): Promise<ReadRecord[]> {
  const rows = await db.query<DecisionRow>(
    `SELECT d.id, d.kind, d.decided_on AS "decidedOn", d.outcome, d.text, d.votes_for AS "votesFor", d.votes_against AS "votesAgainst",
            d.votes_abstain AS "votesAbstain", COALESCE(c.text, d.minority_position) AS "minorityPosition", c.confirmed_at AS "minorityConfirmedAt",
            d.kerngroep_advice_weighing AS "kerngroepAdviceWeighing", d.responsible, d.created_at AS "createdAt",
            o.title AS "overlegTitle", o.held_on AS "overlegHeldOn",
            p.id AS "proposalId", p.title AS "proposalTitle", p.description AS "proposalDescription", p.submitted_on AS "proposalSubmittedOn"
       FROM decision d
       LEFT JOIN decision_minority_confirmation c ON c.decision_id = d.id
       LEFT JOIN overleg o ON o.id = d.overleg_id
       LEFT JOIN proposal p ON p.decision_id = d.id
      WHERE d.municipality_id = $1 AND d.decided_on BETWEEN $2 AND $3
      ORDER BY d.decided_on, d.id`,
    [municipalityId, period.from, period.to],
  );
  const documents = await documentsOf(
    db,
    municipalityId,
    'proposal_id',
    rows.flatMap((r) => (r.proposalId === null ? [] : [r.proposalId])),
  );
  return rows.map((r) => {
    const subject = r.proposalTitle ?? r.text;
    return {
      kind: 'besluit',
      id: r.id,
      kenmerk: `besluit-${r.id}`,
      naam: `Besluit ${r.decidedOn}: ${subject}`,
      omschrijving: r.text,
      coverage: { type: 'Besluitdatum', begin: r.decidedOn, end: null },
      establishedOn: r.decidedOn,
      events: [
        { type: 'Creatie', at: r.createdAt.toISOString(), actor: null, result: null },
        {
          type: 'Accordering',
          at: r.decidedOn,
          actor: r.overlegTitle,
          result: `Besluit ${OUTCOME[r.outcome] ?? r.outcome}${votes(r)}.`,
        },
      ],
      parties:
        r.responsible === null || r.responsible.trim() === ''
          ? []
          : [{ name: r.responsible, kvkNumber: null, relation: 'Verantwoordelijk voor uitvoering' }],
      related: [],
      content: {
        id: toGlobalId('Decision', r.id),
        kenmerk: `besluit-${r.id}`,
        kind: r.kind,
        decidedOn: r.decidedOn,
        outcome: r.outcome,
        text: r.text,
        votesFor: r.votesFor,
        votesAgainst: r.votesAgainst,
        votesAbstain: r.votesAbstain,
        minorityPosition: r.minorityPosition,
        minorityConfirmedAt: iso(r.minorityConfirmedAt),
        kerngroepAdviceWeighing: r.kerngroepAdviceWeighing,
        responsible: r.responsible,
        overleg: r.overlegTitle === null ? null : { title: r.overlegTitle, heldOn: r.overlegHeldOn },
        proposal:
          r.proposalId === null
            ? null
            : {
                id: toGlobalId('Proposal', r.proposalId),
                title: r.proposalTitle,
                description: r.proposalDescription,
                submittedOn: r.proposalSubmittedOn,
              },
        createdAt: iso(r.createdAt),
      },
      attachments: r.proposalId === null ? [] : (documents.get(r.proposalId) ?? []),
    };
  });
}

/** The besluitenlijst of the period: the list of its decisions, as the regisseur publishes it. */
export function besluitenlijstRecord(municipalityName: string, period: Period, decisions: readonly ReadRecord[]): ReadRecord {
  const kenmerk = `besluitenlijst-${period.from}-${period.to}`;
  return {
    kind: 'besluitenlijst',
    id: 0,
    kenmerk,
    naam: `Besluitenlijst ${municipalityName} ${period.from} tot en met ${period.to}`,
    omschrijving: `${decisions.length} besluiten genomen van ${period.from} tot en met ${period.to}.`,
    coverage: { type: 'Periode', begin: period.from, end: period.to },
    establishedOn: null,
    events: [],
    parties: [],
    related: decisions.map((d) => ({ kenmerk: d.kenmerk, naam: d.naam })),
    content: {
      kenmerk,
      municipality: municipalityName,
      from: period.from,
      to: period.to,
      decisions: decisions.map((d) => ({
        kenmerk: d.kenmerk,
        decidedOn: d.content.decidedOn,
        outcome: d.content.outcome,
        text: d.content.text,
        minorityPosition: d.content.minorityPosition,
        overleg: d.content.overleg,
      })),
    },
    attachments: [],
  };
}

interface ConvenantRow {
  id: number;
  title: string;
  status: string;
  startsOn: string;
  endsOn: string;
  budgetCents: number;
  endReason: string | null;
  renewalOfId: number | null;
  renewalOfTitle: string | null;
  createdAt: Date;
}

interface PartyRow {
  convenantId: number;
  kind: string;
  providerName: string | null;
  kvkNumber: string | null;
  signedAt: Date | null;
  signedBy: string | null;
  joinedOn: string | null;
  leftOn: string | null;
}

interface AmendmentRow extends AmendmentTerms {
  convenantId: number;
  proposedAt: Date;
  parties: { kind: string; provider: string | null; change: string; signedAt: string | null }[];
}

/**
 * The convenants whose term meets the period and that were established (in force, or ended): drafts and
 * convenants still open for signing are not yet records of an agreement.
 */
export async function convenantRecords(db: Queryable, municipalityId: number, municipalityName: string, period: Period): Promise<ReadRecord[]> {
  const rows = await db.query<ConvenantRow>(
    `SELECT c.id, c.title, c.status, c.starts_on AS "startsOn", c.ends_on AS "endsOn", c.budget_cents AS "budgetCents", c.end_reason AS "endReason",
            c.renewal_of_id AS "renewalOfId", r.title AS "renewalOfTitle", c.created_at AS "createdAt"
       FROM convenant c LEFT JOIN convenant r ON r.id = c.renewal_of_id
      WHERE c.municipality_id = $1 AND c.status IN ('IN_FORCE', 'ENDED') AND c.starts_on <= $3 AND c.ends_on >= $2
      ORDER BY c.starts_on, c.id`,
    [municipalityId, period.from, period.to],
  );
  const ids = rows.map((r) => r.id);
  const parties = ids.length === 0 ? [] : await partiesOf(db, municipalityId, ids);
  const amendments = ids.length === 0 ? [] : await amendmentsOf(db, municipalityId, ids);
  const documents = await documentsOf(db, municipalityId, 'convenant_id', ids);
  const partyName = (p: PartyRow): string => (p.kind === 'MUNICIPALITY' ? municipalityName : (p.providerName ?? 'aanbieder'));
  return rows.map((c) =>
    convenantRecord(
      c,
      parties.filter((p) => p.convenantId === c.id),
      amendments.filter((a) => a.convenantId === c.id),
      documents.get(c.id) ?? [],
      partyName,
    ),
  );
}

/** The parties of the convenants, with who signed for them and when. */
function partiesOf(db: Queryable, municipalityId: number, ids: number[]): Promise<PartyRow[]> {
  return db.query<PartyRow>(
    `SELECT cp.convenant_id AS "convenantId", cp.kind, p.name AS "providerName", p.kvk_number AS "kvkNumber", cp.signed_at AS "signedAt",
            u.name AS "signedBy", cp.joined_on AS "joinedOn", cp.left_on AS "leftOn"
       FROM convenant_party cp LEFT JOIN provider p ON p.id = cp.provider_id LEFT JOIN app_user u ON u.id = cp.signed_by_user_id
      WHERE cp.municipality_id = $1 AND cp.convenant_id = ANY($2::bigint[])
      ORDER BY cp.convenant_id, cp.kind, p.name`,
    [municipalityId, ids],
  );
}

/** The amendments of the convenants, each with its parties. */
function amendmentsOf(db: Queryable, municipalityId: number, ids: number[]): Promise<AmendmentRow[]> {
  return db.query<AmendmentRow>(
    `SELECT a.id, a.convenant_id AS "convenantId", a.kind, a.status, a.reason, a.budget_cents AS "budgetCents", a.ends_on AS "endsOn",
            a.previous_budget_cents AS "previousBudgetCents", a.previous_ends_on AS "previousEndsOn", a.proposed_at AS "proposedAt",
            a.effective_on AS "effectiveOn",
            COALESCE((SELECT json_agg(json_build_object('kind', ap.kind, 'provider', p.name, 'change', ap.change, 'signedAt', ap.signed_at) ORDER BY ap.id)
                        FROM convenant_amendment_party ap LEFT JOIN provider p ON p.id = ap.provider_id
                       WHERE ap.amendment_id = a.id), '[]') AS parties
       FROM convenant_amendment a
      WHERE a.municipality_id = $1 AND a.convenant_id = ANY($2::bigint[])
      ORDER BY a.convenant_id, a.id`,
    [municipalityId, ids],
  );
}

/** One convenant as a record: its term, its signatures and effective amendments as events, its parties and content. */
function convenantRecord(
  c: ConvenantRow,
  own: PartyRow[],
  changes: AmendmentRow[],
  attachments: AttachmentRef[],
  partyName: (p: PartyRow) => string,
): ReadRecord {
  const signatures = own
    .filter((p): p is PartyRow & { signedAt: Date } => p.signedAt !== null)
    .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime());
  // Established (vastgesteld) when the last of its first parties signed; a party that joined later signs an amendment.
  const lastSignature = signatures.at(-1);
  const events: ArchiveEvent[] = [
    { type: 'Creatie', at: c.createdAt.toISOString(), actor: null, result: null },
    ...signatures.map((p) => ({ type: 'Accordering' as const, at: p.signedAt.toISOString(), actor: partyName(p), result: 'Ondertekend.' })),
    ...changes
      .filter((a) => a.effectiveOn !== null)
      .map((a) => ({
        type: 'Wijziging' as const,
        at: a.effectiveOn ?? '',
        actor: null,
        result: a.kind === 'EARLY_END' ? `Voortijdig beëindigd: ${a.reason}` : a.reason,
      })),
  ];
  return {
    kind: 'convenant',
    id: c.id,
    kenmerk: `convenant-${c.id}`,
    naam: `Convenant ${c.startsOn} tot en met ${c.endsOn}: ${c.title}`,
    omschrijving: c.title,
    coverage: { type: 'Looptijd', begin: c.startsOn, end: c.endsOn },
    establishedOn: lastSignature === undefined ? null : lastSignature.signedAt.toISOString().slice(0, 10),
    events,
    parties: own.map((p) => ({ name: partyName(p), kvkNumber: p.kvkNumber === null ? null : p.kvkNumber.trim(), relation: 'Partij' })),
    related: c.renewalOfId === null ? [] : [{ kenmerk: `convenant-${c.renewalOfId}`, naam: c.renewalOfTitle ?? `Convenant ${c.renewalOfId}` }],
    content: convenantContent(c, own, changes, partyName),
    attachments,
  };
}

/** The convenant's content as written beside its metadata: its terms, its parties and its amendments. */
function convenantContent(c: ConvenantRow, own: PartyRow[], changes: AmendmentRow[], partyName: (p: PartyRow) => string): Record<string, unknown> {
  return {
    id: toGlobalId('Convenant', c.id),
    kenmerk: `convenant-${c.id}`,
    title: c.title,
    status: c.status,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    budgetCents: c.budgetCents,
    endReason: c.endReason,
    renewalOf: c.renewalOfId === null ? null : `convenant-${c.renewalOfId}`,
    createdAt: iso(c.createdAt),
    parties: own.map((p) => ({
      kind: p.kind,
      name: partyName(p),
      kvkNumber: p.kvkNumber === null ? null : p.kvkNumber.trim(),
      signedAt: iso(p.signedAt),
      signedBy: p.signedBy,
      joinedOn: p.joinedOn,
      leftOn: p.leftOn,
    })),
    amendments: changes.map((a) => ({
      id: toGlobalId('ConvenantAmendment', a.id),
      kind: a.kind,
      status: a.status,
      reason: a.reason,
      budgetCents: a.budgetCents,
      endsOn: a.endsOn,
      previousBudgetCents: a.previousBudgetCents,
      previousEndsOn: a.previousEndsOn,
      proposedAt: iso(a.proposedAt),
      effectiveOn: a.effectiveOn,
      parties: a.parties,
    })),
  };
}

/** The bytes of one document (of the municipality). */
export async function documentBytes(db: Queryable, municipalityId: number, documentId: number): Promise<Buffer> {
  const [row] = await db.query<{ content: Buffer }>(`SELECT content FROM document_content WHERE municipality_id = $1 AND document_id = $2`, [
    municipalityId,
    documentId,
  ]);
  if (row === undefined) throw new Error(`document ${documentId} has no content`);
  return row.content;
}
