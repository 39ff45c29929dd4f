import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { errorText, NOTIFICATION_KIND_TEXTS, PREFERENCE_TEXTS as T } from '@regiekamer/texts';
import { useId, useState, type SyntheticEvent } from 'react';
import { Notice } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { QueryState } from '../../components/States';
import { graphql } from '../../gql';
import type { NotificationDeliveryMode, NotificationKind } from '../../gql/graphql';
import { Link } from '../../lib/router';
import './NotificationPreferencesPage.css';

const PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      mode
      fixed
    }
  }
`);

const UPDATE = graphql(`
  mutation NotificationPreferencesUpdate($input: NotificationPreferencesUpdateInput!) {
    notificationPreferencesUpdate(input: $input) {
      preferences {
        kind
        mode
        fixed
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const MODES: readonly [NotificationDeliveryMode, string][] = [
  ['IMMEDIATE', T.modeImmediate],
  ['DIGEST', T.modeDigest],
  ['OFF', T.modeOff],
];

/** A kind the API added after this client was built is shown by its code rather than not at all. */
const kindText = (kind: NotificationKind): string => (NOTIFICATION_KIND_TEXTS as Partial<Record<string, string>>)[kind] ?? kind;

function KindChoice(props: {
  kind: NotificationKind;
  mode: NotificationDeliveryMode;
  fixed: boolean;
  onChange: (m: NotificationDeliveryMode) => void;
}) {
  const id = useId();
  return (
    <fieldset className="utrecht-form-fieldset preference">
      <legend className="utrecht-form-fieldset__legend preference__legend">{kindText(props.kind)}</legend>
      {props.fixed ? <Paragraph>{T.fixed}</Paragraph> : null}
      <div className="preference__options">
        {MODES.map(([mode, label]) => (
          <label key={mode} className="utrecht-form-label utrecht-form-label--radio radio-option">
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              name={`${id}-mode`}
              value={mode}
              checked={props.mode === mode}
              disabled={props.fixed}
              onChange={() => props.onChange(mode)}
            />{' '}
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Meldingsinstellingen: per kind of notification, at once, in the daily digest, or no mail. */
export function NotificationPreferencesPage() {
  const query = useQuery(PREFERENCES);
  const [update, { loading }] = useMutation(UPDATE, { refetchQueries: ['NotificationPreferences'], awaitRefetchQueries: true });
  const [modes, setModes] = useState<Partial<Record<NotificationKind, NotificationDeliveryMode>>>({});
  const [notice, setNotice] = useState<{ type: 'ok' | 'warning'; text: string } | null>(null);
  const list = query.data?.notificationPreferences;

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    const preferences = (list ?? []).filter((p) => !p.fixed).map((p) => ({ kind: p.kind, mode: modes[p.kind] ?? p.mode }));
    const result = await update({ variables: { input: { preferences } } });
    const problem = result.data?.notificationPreferencesUpdate.userErrors[0];
    if (!problem) setModes({});
    setNotice(problem ? { type: 'warning', text: errorText(problem) } : { type: 'ok', text: T.saved });
  }

  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.intro}</Paragraph>
      </PageHelp>
      <QueryState query={query} what={T.title}>
        {(data) =>
          data.notificationPreferences.length === 0 ? (
            <Paragraph>{T.noneForRole}</Paragraph>
          ) : (
            <form className="form preferences" onSubmit={(e) => void save(e)}>
              {data.notificationPreferences.map((p) => (
                <KindChoice
                  key={p.kind}
                  kind={p.kind}
                  mode={modes[p.kind] ?? p.mode}
                  fixed={p.fixed}
                  onChange={(mode) => {
                    setModes({ ...modes, [p.kind]: mode });
                    setNotice(null);
                  }}
                />
              ))}
              {notice ? <Notice type={notice.type}>{notice.text}</Notice> : null}
              <ButtonGroup>
                <Button appearance="primary-action-button" type="submit" disabled={loading}>
                  {T.save}
                </Button>
              </ButtonGroup>
            </form>
          )
        }
      </QueryState>
      <Paragraph>
        <Link to="/meldingen">{T.backToInbox}</Link>
      </Paragraph>
    </>
  );
}
