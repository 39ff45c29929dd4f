import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, FormLabel, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { CALENDAR_FEED_SECTION_TEXTS as T, formatText } from '@regiekamer/texts';
import { useId, useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { Notice } from '../../components/Form';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';

const CALENDAR_FEED = graphql(`
  query CalendarFeed {
    calendarFeed {
      createdAt
    }
  }
`);

const CALENDAR_FEED_RENEW = graphql(`
  mutation CalendarFeedRenew {
    calendarFeedRenew {
      path
      url
      feed {
        createdAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const CALENDAR_FEED_REVOKE = graphql(`
  mutation CalendarFeedRevoke {
    calendarFeedRevoke {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Outcome = 'made' | 'revoked' | 'failed' | null;

/** The address just made, to copy now: it is not shown again. */
function NewAddress({ id, address }: { id: string; address: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(address);
      setCopied(true);
    } catch {
      // Without clipboard access the field stays selectable by hand.
      setCopied(false);
    }
  }
  return (
    <div className="form">
      <Notice>{T.copyNow}</Notice>
      <FormLabel htmlFor={id}>{T.linkLabel}</FormLabel>
      <Textbox id={id} className="input--full" readOnly value={address} onFocus={(e) => e.target.select()} />
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="button" onClick={() => void copy()}>
          {T.copy}
        </Button>
      </ButtonGroup>
      {copied && <Paragraph role="status">{T.copied}</Paragraph>}
    </div>
  );
}

/** Make a link; with one already there, a new one or none, each after a confirmation (the old link stops working). */
function FeedButtons(props: { hasFeed: boolean; renewing: boolean; revoking: boolean; onRenew: () => Promise<void>; onRevoke: () => Promise<void> }) {
  if (!props.hasFeed)
    return (
      <ButtonGroup>
        <Button appearance="primary-action-button" type="button" busy={props.renewing} onClick={() => void props.onRenew()}>
          {T.make}
        </Button>
      </ButtonGroup>
    );
  return (
    <ButtonGroup>
      <ConfirmStep
        label={T.renew}
        name={T.renewName}
        question={T.renewQuestion}
        confirmLabel={T.renewConfirm}
        appearance="primary-action-button"
        busy={props.renewing}
        onConfirm={props.onRenew}
      />
      <ConfirmStep
        label={T.revoke}
        name={T.revokeName}
        question={T.revokeQuestion}
        confirmLabel={T.revokeConfirm}
        busy={props.revoking}
        onConfirm={props.onRevoke}
      />
    </ButtonGroup>
  );
}

/**
 * The user's calendar feed: a secret address for Outlook and other calendar programs, with the overleggen and the
 * user's own deadlines. The address is shown once, right after it is made; a new one replaces it.
 */
export function CalendarFeedSection() {
  const id = useId().replace(/:/g, '');
  const feed = useQuery(CALENDAR_FEED, { fetchPolicy: 'cache-and-network' });
  const [renew, renewing] = useMutation(CALENDAR_FEED_RENEW, { refetchQueries: [CALENDAR_FEED] });
  const [revoke, revoking] = useMutation(CALENDAR_FEED_REVOKE, { refetchQueries: [CALENDAR_FEED] });
  const [address, setAddress] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const createdAt = feed.data?.calendarFeed?.createdAt ?? null;

  async function makeAddress() {
    setOutcome(null);
    try {
      const { data } = await renew();
      const path = data?.calendarFeedRenew.path;
      if (!path) throw new Error('no address');
      // Absolute: the installation's PUBLIC_URL when it has one, else the address this page came from.
      setAddress(data.calendarFeedRenew.url ?? `${window.location.origin}${path}`);
      setOutcome('made');
    } catch {
      setOutcome('failed');
    }
  }

  async function withdraw() {
    setOutcome(null);
    try {
      await revoke();
      setAddress(null);
      setOutcome('revoked');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="section">
      <Heading2 id={`${id}-title`}>{T.title}</Heading2>
      <Paragraph>{T.intro}</Paragraph>
      <Paragraph>{T.secret}</Paragraph>
      {outcome === 'failed' && <Notice type="warning">{T.failed}</Notice>}
      {outcome === 'revoked' && <Notice>{T.revoked}</Notice>}
      {address && <NewAddress key={address} id={`${id}-address`} address={address} />}
      <Paragraph>{createdAt ? formatText(T.hasLink, { date: formatDateTime(createdAt) }) : T.noLink}</Paragraph>
      <FeedButtons hasFeed={createdAt !== null} renewing={renewing.loading} revoking={revoking.loading} onRenew={makeAddress} onRevoke={withdraw} />
    </section>
  );
}
