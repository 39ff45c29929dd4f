import { NOT_FOUND_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import { Link } from '../lib/router';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.help}</Paragraph>
      </PageHelp>
      <Paragraph>{T.notFound}</Paragraph>
      <Paragraph>
        <Link to="/">{T.home}</Link>
      </Paragraph>
    </>
  );
}
