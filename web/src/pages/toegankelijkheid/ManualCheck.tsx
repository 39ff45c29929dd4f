import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { formatText, MANUAL_CHECK_TEXTS as T } from '@regiekamer/texts';
import { STATEMENT_DATE } from './statement';

/** The manual check of the main flows: by keyboard done, by screen reader still to do. */
export function ManualCheck() {
  return (
    <section className="section" aria-labelledby="handmatig">
      <Heading2 id="handmatig">{T.heading}</Heading2>
      <Heading3 id="toetsenbord">{T.keyboardHeading}</Heading3>
      <Paragraph>{formatText(T.keyboardIntro, { date: STATEMENT_DATE })}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>{T.noMouse}</UnorderedListItem>
        <UnorderedListItem>{T.focusRing}</UnorderedListItem>
        <UnorderedListItem>{T.login}</UnorderedListItem>
        <UnorderedListItem>{T.homePage}</UnorderedListItem>
        <UnorderedListItem>{T.order}</UnorderedListItem>
        <UnorderedListItem>{T.refusal}</UnorderedListItem>
      </UnorderedList>
      <Heading3 id="schermlezer">{T.screenReaderHeading}</Heading3>
      <Paragraph>{T.screenReader}</Paragraph>
    </section>
  );
}
