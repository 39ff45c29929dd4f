import {
  bestand,
  informatieobject,
  mdtoNaam,
  MDTO_NAMESPACE,
  NAAM_MAX,
  safeFileName,
  type ArchiveContext,
  type ArchiveRecord,
} from '../archive.rules';

const ctx: ArchiveContext = { municipality: { name: 'Testgemeente', cbsCode: 'GM9001' }, source: 'Regiekamer', madeAt: '2026-06-15T10:00:00.000Z' };

const decision: ArchiveRecord = {
  kind: 'besluit',
  kenmerk: 'besluit-12',
  naam: 'Besluit 2026-03-10: Buurthuis langer open',
  omschrijving: 'Het buurthuis gaat op zaterdag open.',
  coverage: { type: 'Besluitdatum', begin: '2026-03-10', end: null },
  establishedOn: '2026-03-10',
  events: [
    { type: 'Creatie', at: '2026-03-10T19:30:00.000Z', actor: null, result: null },
    { type: 'Accordering', at: '2026-03-10', actor: 'Beleidsoverleg maart', result: 'Besluit aangenomen (6 voor, 1 tegen, 0 onthouding).' },
  ],
  parties: [{ name: 'Team Welzijn', kvkNumber: null, relation: 'Verantwoordelijk voor uitvoering' }],
  files: [
    {
      path: 'besluiten/besluit-12/besluit-12.json',
      name: 'besluit-12.json',
      bytes: 420,
      mediaType: 'application/json',
      sha256: 'ab'.repeat(32),
      kenmerk: 'besluit-12.json',
    },
    {
      path: 'besluiten/besluit-12/bijlagen/31-voorstel.pdf',
      name: 'voorstel.pdf',
      bytes: 9000,
      mediaType: 'application/pdf',
      sha256: 'cd'.repeat(32),
      kenmerk: 'document-31',
    },
  ],
  related: [],
};

type Tree = Record<string, unknown>;
const io = (record: ArchiveRecord): Tree => (informatieobject(record, ctx).MDTO as Tree).informatieobject as Tree;

describe('a record as an MDTO informatieobject', () => {
  it('has the elements MDTO requires, in the order of its schema', () => {
    const mdto = informatieobject(decision, ctx).MDTO as Tree;
    expect(mdto['@xmlns']).toBe(MDTO_NAMESPACE);
    expect(Object.keys(mdto.informatieobject as Tree)).toEqual([
      'identificatie',
      'naam',
      'aggregatieniveau',
      'omschrijving',
      'dekkingInTijd',
      'taal',
      'event',
      'waardering',
      'bewaartermijn',
      'informatiecategorie',
      'heeftRepresentatie',
      'archiefvormer',
      'betrokkene',
      'beperkingGebruik',
    ]);
  });

  it('is blijvend te bewaren, kept from the day it was established, in the category of its kind', () => {
    const d = io(decision);
    expect(d.identificatie).toEqual({ identificatieKenmerk: 'besluit-12', identificatieBron: 'Regiekamer' });
    expect(d.waardering).toEqual({
      begripLabel: 'Blijvend te bewaren',
      begripCode: 'B',
      begripBegrippenlijst: { verwijzingNaam: 'Begrippenlijst Waarderingen MDTO' },
    });
    expect(d.bewaartermijn).toMatchObject({ termijnStartdatumLooptijd: '2026-03-10' });
    expect(d.bewaartermijn).not.toHaveProperty('termijnEinddatum');
    expect(d.informatiecategorie).toMatchObject({ begripLabel: 'Vaststellen van beleid: besluiten' });
    expect(io({ ...decision, kind: 'convenant' }).informatiecategorie).toMatchObject({ begripLabel: 'Aangaan van overeenkomsten en convenanten' });
  });

  it('carries the period, the events of making and establishing it, the parties and the municipality as archive creator', () => {
    const d = io(decision);
    expect(d.dekkingInTijd).toMatchObject({ dekkingInTijdBegindatum: '2026-03-10' });
    expect(d.dekkingInTijd).not.toHaveProperty('dekkingInTijdEinddatum');
    expect((d.event as Tree[]).map((e) => (e.eventType as Tree).begripLabel)).toEqual(['Creatie', 'Accordering']);
    expect((d.event as Tree[])[1]).toMatchObject({
      eventTijd: '2026-03-10',
      eventVerantwoordelijkeActor: { verwijzingNaam: 'Beleidsoverleg maart' },
    });
    expect((d.event as Tree[])[0]).not.toHaveProperty('eventVerantwoordelijkeActor');
    expect(d.archiefvormer).toEqual({
      verwijzingNaam: 'Testgemeente',
      verwijzingIdentificatie: { identificatieKenmerk: 'GM9001', identificatieBron: 'CBS gemeentecode' },
    });
    expect(d.betrokkene).toEqual([
      {
        betrokkeneTypeRelatie: {
          begripLabel: 'Verantwoordelijk voor uitvoering',
          begripBegrippenlijst: { verwijzingNaam: 'Begrippenlijst Regiekamer' },
        },
        betrokkeneActor: { verwijzingNaam: 'Team Welzijn' },
      },
    ]);
    expect((d.heeftRepresentatie as Tree[]).map((r) => (r.verwijzingIdentificatie as Tree).identificatieKenmerk)).toEqual([
      'besluit-12.json',
      'document-31',
    ]);
  });

  it('a convenant: its term, its parties by KvK number, the convenant it renews', () => {
    const c = io({
      ...decision,
      kind: 'convenant',
      coverage: { type: 'Looptijd', begin: '2026-01-01', end: '2027-12-31' },
      parties: [{ name: 'Zorggroep Test', kvkNumber: '10000001', relation: 'Partij' }],
      related: [{ kenmerk: 'convenant-2', naam: 'Convenant 2024' }],
    });
    expect(c.dekkingInTijd).toMatchObject({ dekkingInTijdBegindatum: '2026-01-01', dekkingInTijdEinddatum: '2027-12-31' });
    expect((c.betrokkene as Tree[])[0]).toMatchObject({
      betrokkeneActor: { verwijzingIdentificatie: { identificatieKenmerk: '10000001', identificatieBron: 'KVK' } },
    });
    expect((c.gerelateerdInformatieobject as Tree[])[0]).toMatchObject({
      gerelateerdInformatieobjectVerwijzing: { verwijzingNaam: 'Convenant 2024' },
    });
  });

  it('leaves out what a record does not have: no description, events, parties, files; no keeping term before it is established', () => {
    const bare = io({ ...decision, omschrijving: '  ', events: [], parties: [], files: [], establishedOn: null });
    for (const key of ['omschrijving', 'event', 'betrokkene', 'heeftRepresentatie', 'bewaartermijn']) expect(bare).not.toHaveProperty(key);
    expect(bare).toHaveProperty('waardering');
    expect(bare).toHaveProperty('beperkingGebruik');
  });
});

describe('a file as an MDTO bestand', () => {
  it('has its size, type, SHA-256 of the package date and the record it represents, in schema order', () => {
    const b = (bestand(decision.files[1]!, decision, ctx).MDTO as Tree).bestand as Tree;
    expect(Object.keys(b)).toEqual(['identificatie', 'naam', 'omvang', 'bestandsformaat', 'checksum', 'isRepresentatieVan']);
    expect(b.omvang).toBe(9000);
    expect(b.bestandsformaat).toMatchObject({ begripLabel: 'application/pdf' });
    expect(b.checksum).toEqual({
      checksumAlgoritme: { begripLabel: 'SHA-256', begripBegrippenlijst: { verwijzingNaam: 'Begrippenlijst ChecksumAlgoritme MDTO' } },
      checksumWaarde: 'cd'.repeat(32),
      checksumDatum: '2026-06-15T10:00:00.000Z',
    });
    expect(b.isRepresentatieVan).toMatchObject({ verwijzingIdentificatie: { identificatieKenmerk: 'besluit-12' } });
  });
});

describe('names', () => {
  it.each([
    ['Kort', 'Kort'],
    ['  twee\n regels  ', 'twee regels'],
    ['', '(zonder naam)'],
  ])('"%s" is named "%s"', (input, expected) => {
    expect(mdtoNaam(input)).toBe(expected);
  });

  it(`a long one is cut to ${NAAM_MAX} characters with an ellipsis`, () => {
    const naam = mdtoNaam('x'.repeat(200));
    expect(naam).toHaveLength(NAAM_MAX);
    expect(naam.endsWith('…')).toBe(true);
  });

  it.each([
    ['Notulen 12 maart.pdf', 'Notulen_12_maart.pdf'],
    ['../../etc/passwd', 'etc_passwd'],
    ['café één.docx', 'cafe_een.docx'],
    ['...', 'bestand'],
  ])('file name "%s" is packed as "%s"', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});
