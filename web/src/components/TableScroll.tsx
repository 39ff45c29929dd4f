import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A table that may be wider than the screen. When (and only when) it overflows, the wrapper becomes a labelled region
 * in the tab order, so keyboard users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable); a table that
 * fits adds no tab stop and no landmark. Wide tables are better made narrow: see ResponsiveTable.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(overflows ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
      data-overflows={overflows ? 'true' : undefined}
    >
      {children}
    </div>
  );
}
