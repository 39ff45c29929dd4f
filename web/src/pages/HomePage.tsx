import { formatText, HOME_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import type { Role } from '../gql/graphql';
import { useViewer } from '../lib/session';
import { HOME_EXTRA_SECTIONS } from './home-sections';
import { MoreLinks } from './home/MoreLinks';
import './home/home.css';

/** The first screen after login: what needs attention today, this year's figures, and links to the rest. */
export function HomePage() {
  const viewer = useViewer();
  const title =
    viewer.role === 'PROVIDER_REP'
      ? formatText(T.titleProvider, { provider: viewer.provider?.name ?? '' }).trim()
      : viewer.role === 'ANALYST'
        ? T.titleAnalyst
        : T.title;
  return (
    <>
      <PageHeading title={title} />
      <HomeHelp role={viewer.role} />
      {HOME_EXTRA_SECTIONS.filter((s) => s.roles.includes(viewer.role)).map((s) => (
        <s.Component key={s.key} />
      ))}
      {viewer.role === 'ANALYST' && <AnalystTools />}
      <MoreLinks role={viewer.role} />
    </>
  );
}

function HomeHelp({ role }: { role: Role }) {
  return (
    <PageHelp>
      {role === 'PROVIDER_REP' ? (
        <Paragraph>{T.helpProvider}</Paragraph>
      ) : (
        <Paragraph>
          {role !== 'ANALYST' && T.helpAttention}
          {T.helpFigures}
          {T.helpProviders}
        </Paragraph>
      )}
    </PageHelp>
  );
}

function AnalystTools() {
  return (
    <section className="section" aria-labelledby="analyse">
      <Heading2 id="analyse">{T.analyse}</Heading2>
      <Paragraph>
        {T.analyseBefore}{' '}
        <a className="utrecht-link" href="/graphiql">
          {T.analyseLink}
        </a>
        {T.analyseAfter}
      </Paragraph>
    </section>
  );
}
