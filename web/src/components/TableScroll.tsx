import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a narrow screen. The wrapper is a labelled region in the tab order, so keyboard
 * users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable), whatever width the fonts give the table.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
