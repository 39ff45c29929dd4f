/** The archive download on the besluitenlijst page, for the e-depot (regisseur and ADMIN only). */
export const ARCHIVE_EXPORT_TEXTS = {
  heading: 'Archief voor het e-depot',
  intro:
    'Besluiten, de besluitenlijst en convenanten bewaart de gemeente altijd (Archiefwet). Hier downloadt u die van de gekozen periode in één zip-bestand voor het e-depot. Bij elk stuk zit een beschrijving volgens de norm MDTO en een controlegetal.',
  button: 'Download archief (zip)',
  failed: 'Het downloaden van het archief is niet gelukt. Probeer het opnieuw.',
} as const;
