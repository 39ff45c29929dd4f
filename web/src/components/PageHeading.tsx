import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { navigationCount } from '../lib/router';

/**
 * The page's one h1. Sets the document title and, after an in-app navigation, moves focus to the heading,
 * so screen reader and keyboard users start at the top of the new page.
 */
/** On a fresh page load focus stays at the top of the document, so the skip link is the first Tab stop. */
let documentJustLoaded = true;

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Regiekamer`;
    const active = document.activeElement;
    const focusLost = active === null || active === document.body;
    if (navigationCount() > 0 || (focusLost && !documentJustLoaded)) ref.current?.focus({ preventScroll: true });
    documentJustLoaded = false;
  }, [title]);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </Heading1>
  );
}
