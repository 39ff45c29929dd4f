import { PAGE_HELP_TEXTS as T } from '@regiekamer/texts';
import type { ReactNode } from 'react';

/**
 * Help at language level B1 under a page's heading: what the page is for and what its figures mean.
 * Closed by default, so it costs one line for those who know the page.
 */
export function PageHelp({ children }: { children: ReactNode }) {
  return (
    <details className="page-help">
      <summary>{T.summary}</summary>
      <div className="page-help__body">{children}</div>
    </details>
  );
}
