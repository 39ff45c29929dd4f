import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { navigationCount } from '../lib/router';

/**
 * The page's one h1. Sets the document title and, after an in-app navigation, moves focus to the heading,
 * so screen reader and keyboard users start at the top of the new page.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Regiekamer`;
    const active = document.activeElement;
    if (navigationCount() > 0 || active === null || active === document.body) ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </Heading1>
  );
}
