import { Paragraph } from '@utrecht/component-library-react';
import { SSO_PAGE_TEXTS as T } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { Link } from '../../lib/router';

/** `/inloggen/geen-toegang`: the identity provider knew the person, Regiekamer does not let them in; whom to ask. */
export function SignInRefusedPage() {
  return (
    <>
      <PageHeading title={T.refusedTitle} />
      <Paragraph>{T.refusedBody}</Paragraph>
      <Paragraph>{T.refusedWhom}</Paragraph>
      <Paragraph>
        <Link to="/">{T.backToLogin}</Link>
      </Paragraph>
    </>
  );
}
