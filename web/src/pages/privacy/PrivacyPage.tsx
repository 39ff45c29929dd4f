import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { PRIVACY_TEXTS as T } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { graphql } from '../../gql';

const OFFICER = graphql(`
  query PrivacyOfficerContact {
    privacyOfficerContact
  }
`);

function Section({ id, title, items }: { id: string; title: string; items: readonly string[] }) {
  return (
    <section className="section" aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      <UnorderedList>
        {items.map((item) => (
          <UnorderedListItem key={item}>{item}</UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

/**
 * The privacy statement (issue #25): what is processed, why, how long, who receives it, the rights and the privacy
 * officer's contact (PRIVACY_OFFICER_CONTACT). The same text as the public pages' /privacy. Public: linked from the footer.
 */
export function PrivacyPage() {
  const query = useQuery(OFFICER);
  const contact = query.data?.privacyOfficerContact ?? null;
  return (
    <>
      <PageHeading title={T.title} />
      <Paragraph>{T.intro}</Paragraph>
      <section className="section" aria-labelledby="privacy-verantwoordelijk">
        <Heading2 id="privacy-verantwoordelijk">{T.responsibleTitle}</Heading2>
        <Paragraph>{T.responsible}</Paragraph>
      </section>
      <Section id="privacy-wat" title={T.whatTitle} items={T.what} />
      <Section id="privacy-waarom" title={T.whyTitle} items={T.why} />
      <Section id="privacy-bewaren" title={T.howLongTitle} items={T.howLong} />
      <Section id="privacy-ontvangers" title={T.receiversTitle} items={T.receivers} />
      <Section id="privacy-rechten" title={T.rightsTitle} items={T.rights} />
      <Paragraph>{T.howToUse}</Paragraph>
      <section className="section" aria-labelledby="privacy-fg">
        <Heading2 id="privacy-fg">{T.officerTitle}</Heading2>
        {query.loading ? null : contact === null ? (
          <Paragraph>{T.officerUnknown}</Paragraph>
        ) : (
          <>
            <Paragraph>{T.officer}</Paragraph>
            <Paragraph className="privacy-officer">{contact}</Paragraph>
          </>
        )}
        <Paragraph>{T.complaint}</Paragraph>
      </section>
    </>
  );
}
