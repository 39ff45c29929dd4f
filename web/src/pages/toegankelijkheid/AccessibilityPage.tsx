import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { ACCESSIBILITY_PAGE_TEXTS as T, formatText } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { AutomatedChecks } from './AutomatedChecks';
import { KnownIssues } from './KnownIssues';
import { ManualCheck } from './ManualCheck';
import { STATEMENT_DATE } from './statement';

/**
 * The accessibility statement (toegankelijkheidsverklaring), after the Dutch government's model
 * (toegankelijkheidsverklaring.nl): what it covers, its status against WCAG 2.1 AA, how that was checked, what is known
 * not to work, and where to report a problem. Public: reachable from the footer without signing in.
 */
export function AccessibilityPage() {
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.intro}</Paragraph>
      </PageHelp>
      <Paragraph>{T.norm}</Paragraph>
      <section className="section" aria-labelledby="status">
        <Heading2 id="status">{T.statusHeading}</Heading2>
        <Paragraph>{T.scope}</Paragraph>
        <Paragraph>{formatText(T.drawnUp, { date: STATEMENT_DATE })}</Paragraph>
      </section>
      <AutomatedChecks />
      <ManualCheck />
      <KnownIssues />
      <section className="section" aria-labelledby="contact">
        <Heading2 id="contact">{T.contactHeading}</Heading2>
        <Paragraph>{T.contact}</Paragraph>
      </section>
    </>
  );
}
