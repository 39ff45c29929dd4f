import { formatText, SELECTION_TEXTS as T } from '@regiekamer/texts';
import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';
import { SELECTION_ROUNDS } from './selection.documents';

/**
 * For the participant's start page ("Wat wordt er van mij gevraagd"): an open ballot, or the minority's wisdom they are
 * asked for, with a link to /meedoen/kiezen. Shows nothing when neither.
 */
export function OpenBallotTask() {
  const { data } = useQuery(SELECTION_ROUNDS);
  const rounds = data?.opgaveSelectionRounds ?? [];
  const open = rounds.find((r) => r.status === 'OPEN');
  const invited = rounds.find((r) => r.status === 'COUNTED' && r.minorityInvited && r.myWisdom === null);
  if (!open && !invited) return null;
  const text = invited ? T.taskWisdom : formatText(open?.myBallot ? T.taskVoted : T.taskOpen, { closesOn: formatDate(open?.closesOn ?? null) });
  return (
    <section className="section" aria-labelledby="taak-kiezen">
      <Heading2 id="taak-kiezen">{T.taskTitle}</Heading2>
      <Paragraph>{text}</Paragraph>
      <Paragraph>
        <Link to="/meedoen/kiezen">{T.taskLink}</Link>
      </Paragraph>
    </section>
  );
}
