/**
 * Archival records under the Archiefwet: how a decision, the besluitenlijst or a convenant is described in MDTO
 * (Metagegevens Duurzaam Toegankelijke Overheidsinformatie, Nationaal Archief, XML schema 1.0.x) for the
 * municipality's e-depot. Pure functions: a record in, the MDTO document as a tree out (the shape xmlbuilder2 turns
 * into XML, elements in the order of the schema's sequences), nothing read or written here.
 *
 * Per MDTO an informatieobject and each bestand are separate MDTO documents: the record's own metadata, and one
 * for every file that represents it (its JSON, and each attached document), with size, format and SHA-256.
 */

export const MDTO_NAMESPACE = 'https://www.nationaalarchief.nl/mdto';
export const MDTO_SCHEMA_LOCATION = `${MDTO_NAMESPACE} https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd`;

/** The concept lists the values come from: MDTO's own where it has the concept, else this system's (MDTO's lists are open). */
export const LISTS = {
  aggregatieniveau: 'Begrippenlijst Aggregatieniveaus MDTO',
  event: 'Begrippenlijst EventTypeLijst MDTO',
  waardering: 'Begrippenlijst Waarderingen MDTO',
  beperking: 'Begrippenlijst BeperkingGebruikTypeLijst MDTO',
  checksum: 'Begrippenlijst ChecksumAlgoritme MDTO',
  mediaType: 'IANA Media Types',
  selectielijst: 'Selectielijst gemeenten en intergemeentelijke organen 2020',
  own: 'Begrippenlijst Regiekamer',
} as const;

/** MDTO's `naam` is advised to stay within 80 characters. */
export const NAAM_MAX = 80;

export type ArchiveKind = 'besluit' | 'besluitenlijst' | 'convenant';

/**
 * The selectielijst category of each kind: decisions of the regiekamer and its besluitenlijst are policy decisions,
 * a convenant is an agreement on carrying out a task; all three are "blijvend te bewaren" (B). The municipality's
 * records manager checks the category against its own selectielijst; it is set here, in one place.
 */
export const INFORMATIECATEGORIE: Readonly<Record<ArchiveKind, string>> = {
  besluit: 'Vaststellen van beleid: besluiten',
  besluitenlijst: 'Vaststellen van beleid: besluitenlijsten',
  convenant: 'Aangaan van overeenkomsten en convenanten',
};

/** A file that represents a record: its path in the package, size, type and SHA-256 (hex). */
export interface ArchiveFile {
  path: string;
  name: string;
  bytes: number;
  mediaType: string;
  sha256: string;
  /** Its own kenmerk (unique in the package): the record's with the file's place. */
  kenmerk: string;
}

export interface ArchiveEvent {
  /** A label of MDTO's EventTypeLijst: Creatie (made in Regiekamer), Accordering (established: voted, signed), Wijziging. */
  type: 'Creatie' | 'Accordering' | 'Wijziging';
  /** An ISO date (YYYY-MM-DD) or an ISO date-time. */
  at: string;
  actor: string | null;
  result: string | null;
}

export interface ArchiveParty {
  name: string;
  /** The KvK number of an organisation, when known. */
  kvkNumber: string | null;
  relation: string;
}

/** One archival record, as the package's reader gets it from the database. */
export interface ArchiveRecord {
  kind: ArchiveKind;
  kenmerk: string;
  naam: string;
  omschrijving: string | null;
  /** The period the record is about: a decision's day, a convenant's term, the list's period. */
  coverage: { type: string; begin: string; end: string | null };
  events: readonly ArchiveEvent[];
  /** The day the record became final (vaststelling): the start of its keeping; null while it is not yet. */
  establishedOn: string | null;
  parties: readonly ArchiveParty[];
  files: readonly ArchiveFile[];
  /** Records this one refers to (a convenant it renews, decisions on a list). */
  related: readonly { kenmerk: string; naam: string }[];
}

export interface ArchiveContext {
  municipality: { name: string; cbsCode: string };
  /** Where the kenmerken come from. */
  source: string;
  /** When the package was made (ISO date-time): the checksums' date. */
  madeAt: string;
}

type Tree = Record<string, unknown>;

const begrip = (label: string, list: string, code?: string): Tree => ({
  begripLabel: label,
  ...(code === undefined ? {} : { begripCode: code }),
  begripBegrippenlijst: { verwijzingNaam: list },
});

const verwijzing = (naam: string, kenmerk?: { kenmerk: string; bron: string }): Tree => ({
  verwijzingNaam: naam,
  ...(kenmerk === undefined ? {} : { verwijzingIdentificatie: { identificatieKenmerk: kenmerk.kenmerk, identificatieBron: kenmerk.bron } }),
});

/** A name as MDTO wants it: one line, not empty, at most NAAM_MAX characters (cut with an ellipsis). */
export function mdtoNaam(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const naam = line === '' ? '(zonder naam)' : line;
  return naam.length <= NAAM_MAX ? naam : `${naam.slice(0, NAAM_MAX - 1).trimEnd()}…`;
}

/** The archive creator (archiefvormer): the municipality, identified by its CBS code. */
function archiefvormer(ctx: ArchiveContext): Tree {
  return verwijzing(ctx.municipality.name, { kenmerk: ctx.municipality.cbsCode, bron: 'CBS gemeentecode' });
}

/** The MDTO informatieobject of a record: the record's own metadata document. */
export function informatieobject(record: ArchiveRecord, ctx: ArchiveContext): Tree {
  const io: Tree = {
    identificatie: { identificatieKenmerk: record.kenmerk, identificatieBron: ctx.source },
    naam: mdtoNaam(record.naam),
    aggregatieniveau: begrip('Archiefstuk', LISTS.aggregatieniveau),
    ...(record.omschrijving === null || record.omschrijving.trim() === '' ? {} : { omschrijving: record.omschrijving }),
    dekkingInTijd: {
      dekkingInTijdType: begrip(record.coverage.type, LISTS.own),
      dekkingInTijdBegindatum: record.coverage.begin,
      ...(record.coverage.end === null ? {} : { dekkingInTijdEinddatum: record.coverage.end }),
    },
    taal: 'nl',
    event: record.events.map((e) => ({
      eventType: begrip(e.type, LISTS.event),
      eventTijd: e.at,
      ...(e.actor === null ? {} : { eventVerantwoordelijkeActor: verwijzing(e.actor) }),
      ...(e.result === null ? {} : { eventResultaat: e.result }),
    })),
    waardering: begrip('Blijvend te bewaren', LISTS.waardering, 'B'),
    // Blijvend te bewaren: a term that starts when the record became final and has no end (no looptijd, no einddatum).
    bewaartermijn: { termijnTriggerStartLooptijd: begrip('Accordering', LISTS.event), termijnStartdatumLooptijd: record.establishedOn },
    informatiecategorie: begrip(INFORMATIECATEGORIE[record.kind], LISTS.selectielijst),
    heeftRepresentatie: record.files.map((f) => verwijzing(f.name, { kenmerk: f.kenmerk, bron: ctx.source })),
    gerelateerdInformatieobject: record.related.map((r) => ({
      gerelateerdInformatieobjectVerwijzing: verwijzing(mdtoNaam(r.naam), { kenmerk: r.kenmerk, bron: ctx.source }),
      gerelateerdInformatieobjectTypeRelatie: begrip('Refereert aan', 'Begrippenlijst Relatietypen MDTO'),
    })),
    archiefvormer: archiefvormer(ctx),
    betrokkene: record.parties.map((p) => ({
      betrokkeneTypeRelatie: begrip(p.relation, LISTS.own),
      betrokkeneActor: verwijzing(p.name, p.kvkNumber === null ? undefined : { kenmerk: p.kvkNumber, bron: 'KVK' }),
    })),
    // Openness is decided by the municipality when it transfers the records (Archiefwet); nothing is assumed here.
    beperkingGebruik: {
      beperkingGebruikType: begrip('Nader te bepalen', LISTS.beperking),
      beperkingGebruikNadereBeschrijving: 'Openbaarheid bij overbrenging te bepalen door de archiefvormer.',
    },
  };
  // Empty repeatable elements (and the keeping term of a record not yet established) are left out, not written empty.
  const present = Object.entries(io).filter(
    ([key, value]) => !(Array.isArray(value) && value.length === 0) && !(key === 'bewaartermijn' && record.establishedOn === null),
  );
  return mdto('informatieobject', Object.fromEntries(present));
}

/** The MDTO bestand of one file of a record: size, format, SHA-256 and the record it represents. */
export function bestand(file: ArchiveFile, record: ArchiveRecord, ctx: ArchiveContext): Tree {
  return mdto('bestand', {
    identificatie: { identificatieKenmerk: file.kenmerk, identificatieBron: ctx.source },
    naam: mdtoNaam(file.name),
    omvang: file.bytes,
    bestandsformaat: begrip(file.mediaType, LISTS.mediaType),
    checksum: { checksumAlgoritme: begrip('SHA-256', LISTS.checksum), checksumWaarde: file.sha256, checksumDatum: ctx.madeAt },
    isRepresentatieVan: verwijzing(mdtoNaam(record.naam), { kenmerk: record.kenmerk, bron: ctx.source }),
  });
}

function mdto(kind: 'informatieobject' | 'bestand', content: Tree): Tree {
  return {
    MDTO: {
      '@xmlns': MDTO_NAMESPACE,
      '@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@xsi:schemaLocation': MDTO_SCHEMA_LOCATION,
      [kind]: content,
    },
  };
}

/** A file name that is safe in a package on every system: letters, digits, dot, dash and underscore; never empty or hidden. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(-120);
  return cleaned === '' ? 'bestand' : cleaned;
}
