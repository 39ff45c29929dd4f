import { OVERVIEW_HELP_TEXTS as T } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHelp } from '../../components/PageHelp';

export function OverviewHelp() {
  return (
    <PageHelp>
      <Paragraph>{T.intro}</Paragraph>
      <Paragraph>{T.figures}</Paragraph>
      <Paragraph>{T.goals}</Paragraph>
    </PageHelp>
  );
}
