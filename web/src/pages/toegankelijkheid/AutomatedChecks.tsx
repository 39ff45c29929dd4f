import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AUTOMATED_CHECKS_TEXTS as T } from '@regiekamer/texts';

/** What the browser tests check on every version (tests/e2e). */
export function AutomatedChecks() {
  return (
    <section className="section" aria-labelledby="automatisch">
      <Heading2 id="automatisch">{T.heading}</Heading2>
      <Paragraph>{T.intro}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>{T.axe}</UnorderedListItem>
        <UnorderedListItem>{T.contrast}</UnorderedListItem>
        <UnorderedListItem>{T.keyboard}</UnorderedListItem>
        <UnorderedListItem>{T.phoneWidth}</UnorderedListItem>
      </UnorderedList>
      <Paragraph>{T.manual}</Paragraph>
    </section>
  );
}
