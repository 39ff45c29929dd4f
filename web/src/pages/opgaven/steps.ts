/** The five steps of an improvement track (the 5-step method of Movisie). */
export const TRACK_STEPS: Record<number, string> = {
  1: 'Onderwerp kiezen',
  2: 'Wensen en ideeën verzamelen',
  3: 'Een concreet doel stellen',
  4: 'Plan van aanpak maken en uitvoeren',
  5: 'Resultaten regelmatig toetsen',
};

export const stepLabel = (step: number) => `stap ${step} (${TRACK_STEPS[step] ?? 'onbekend'})`;
