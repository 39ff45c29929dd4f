import { skipToken, useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { PARTICIPANT_HOME_PAGE_TEXTS as T } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { QueryState } from '../../components/States';
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';
import { OpenBallotTask } from './OpenBallotTask';
import { TaskPage } from './TaskPage';
import { TASK_KIND_LABELS } from './task-kinds';
import { MY_GROUPS, MY_TASKS } from './tasks.documents';
import { useViewer } from '../../lib/session';
import './meedoen.css';

/** The start page of a resident or client council member: what is asked of them, soonest due first; or one task's screen. */
export function ParticipantHomePage({ task, id }: { task?: string; id?: string }) {
  if (task !== undefined && id !== undefined) return <TaskPage task={task} id={id} />;
  return <TaskList />;
}

function TaskList() {
  const query = useQuery(MY_TASKS, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.intro}</Paragraph>
      </PageHelp>
      {/* An open ballot, or the minority's wisdom asked of the voter, comes from the selection rounds. */}
      <OpenBallotTask />
      <QueryState query={query} what={T.what}>
        {() => {
          const tasks = query.data?.myTasks ?? [];
          if (tasks.length === 0) return <Paragraph>{T.none}</Paragraph>;
          return (
            <ul className="task-list">
              {tasks.map((t) => (
                <li key={`${t.kind}-${t.subjectId}`} className="task-list__item">
                  <Link to={t.link} className="task-list__link">
                    <Heading2 className="task-list__kind">{TASK_KIND_LABELS[t.kind]}</Heading2>
                    <span className="task-list__title">{t.title}</span>
                    <span className={t.overdue ? 'task-list__due overdue' : 'task-list__due'}>
                      {t.overdue ? T.overdue : T.due}
                      {formatDate(t.dueOn)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
      <UrgentProposalLink />
      <Paragraph>
        <Link to="/meldingen">{T.notifications}</Link>
      </Paragraph>
    </>
  );
}

/** Every party may submit an urgent proposal: the client council, and of the residents those in the kerngroep. */
function UrgentProposalLink() {
  const viewer = useViewer();
  const resident = viewer.role === 'RESIDENT';
  const { data } = useQuery(MY_GROUPS, resident ? {} : skipToken);
  if (resident && !data?.myMemberships.some((m) => m.group === 'KERNGROEP')) return null;
  return (
    <Paragraph>
      <Link to="/voorstellen/nieuw" className="task-list__link">
        {T.urgentProposal}
      </Link>
    </Paragraph>
  );
}
