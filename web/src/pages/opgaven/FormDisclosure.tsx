import type { ReactNode } from 'react';

/** A form the regisseur opens when needed, so the page shows what is recorded first and stays short. */
export function FormDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="form-disclosure">
      <summary>{summary}</summary>
      <div className="form-disclosure__body">{children}</div>
    </details>
  );
}
