import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { KNOWN_ISSUES_TEXTS as T } from '@regiekamer/texts';

/** What is known not to meet WCAG 2.1 AA, or not checked, with what we do about it. */
export function KnownIssues() {
  return (
    <section className="section" aria-labelledby="bekend">
      <Heading2 id="bekend">{T.heading}</Heading2>
      <UnorderedList>
        <UnorderedListItem>{T.screenReader}</UnorderedListItem>
        <UnorderedListItem>{T.english}</UnorderedListItem>
        <UnorderedListItem>{T.chart}</UnorderedListItem>
        <UnorderedListItem>{T.wideTables}</UnorderedListItem>
        <UnorderedListItem>{T.plainLanguage}</UnorderedListItem>
        <UnorderedListItem>{T.graphiql}</UnorderedListItem>
      </UnorderedList>
      <Paragraph>{T.fixing}</Paragraph>
    </section>
  );
}
