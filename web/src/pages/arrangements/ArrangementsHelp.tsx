import { ARRANGEMENTS_HELP_TEXTS as T } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHelp } from '../../components/PageHelp';

export function ArrangementsHelp({ own }: { own: boolean }) {
  return (
    <PageHelp>
      <Paragraph>{own ? T.own : T.all}</Paragraph>
      <Paragraph>
        {T.costs}
        {own ? '' : ` ${T.clientKeys}`}
      </Paragraph>
    </PageHelp>
  );
}
