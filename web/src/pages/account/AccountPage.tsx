import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ACCOUNT_PAGE_TEXTS as T, PREFERENCE_TEXTS } from '@regiekamer/texts';
import { Link } from '../../lib/router';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { ROLE_LABELS } from '../../lib/labels';
import { useViewer } from '../../lib/session';
import { CalendarFeedSection } from './CalendarFeedSection';
import { PasswordChangeForm } from './PasswordChangeForm';
import { PersonalAccessTokensSection } from './PersonalAccessTokensSection';
import { SecondFactorSection } from './SecondFactorSection';
import { SessionsSection } from './SessionsSection';

/** The signed-in user's own account: who they are here, and a new password. For every role. */
export function AccountPage() {
  const viewer = useViewer();
  const rows: [string, string][] = [
    [T.name, viewer.name],
    [T.email, viewer.email],
    [T.role, ROLE_LABELS[viewer.role]],
  ];
  if (viewer.provider) rows.push([T.organisation, viewer.provider.name]);
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.help}</Paragraph>
        <Paragraph>{T.helpPassword}</Paragraph>
      </PageHelp>
      <section aria-labelledby="account-gegevens" className="section">
        <Heading2 id="account-gegevens">{T.detailsTitle}</Heading2>
        <DataList className="summary-list">
          {rows.map(([key, value]) => (
            <DataListItem key={key}>
              <DataListKey>{key}</DataListKey>
              <DataListValue>{value}</DataListValue>
            </DataListItem>
          ))}
        </DataList>
      </section>
      <PasswordChangeForm />
      <SecondFactorSection />
      <section aria-labelledby="account-meldingen" className="section">
        <Heading2 id="account-meldingen">{PREFERENCE_TEXTS.accountHeading}</Heading2>
        <Paragraph>{PREFERENCE_TEXTS.accountIntro}</Paragraph>
        <Paragraph>
          <Link to="/meldingen/instellingen">{PREFERENCE_TEXTS.linkFromAccount}</Link>
        </Paragraph>
      </section>
      <CalendarFeedSection />
      <SessionsSection />
      <PersonalAccessTokensSection />
    </>
  );
}
