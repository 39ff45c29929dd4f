import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, FormLabel, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
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
      <Notice>Kopieer de link nu: u ziet hem maar één keer.</Notice>
      <FormLabel htmlFor={id}>Link voor uw agenda</FormLabel>
      <Textbox id={id} className="input--full" readOnly value={address} onFocus={(e) => e.target.select()} />
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="button" onClick={() => void copy()}>
          Link kopiëren
        </Button>
      </ButtonGroup>
      {copied && <Paragraph role="status">De link is gekopieerd.</Paragraph>}
    </div>
  );
}

/** Make a link; with one already there, a new one or none, each after a confirmation (the old link stops working). */
function FeedButtons(props: { hasFeed: boolean; renewing: boolean; revoking: boolean; onRenew: () => Promise<void>; onRevoke: () => Promise<void> }) {
  if (!props.hasFeed)
    return (
      <ButtonGroup>
        <Button appearance="primary-action-button" type="button" busy={props.renewing} onClick={() => void props.onRenew()}>
          Link maken
        </Button>
      </ButtonGroup>
    );
  return (
    <ButtonGroup>
      <ConfirmStep
        label="Nieuwe link maken"
        name="Nieuwe link maken voor uw agenda"
        question="Met een nieuwe link werkt de oude niet meer. Uw agenda krijgt dan pas weer wijzigingen als u de nieuwe link toevoegt."
        confirmLabel="Ja, nieuwe link maken"
        appearance="primary-action-button"
        busy={props.renewing}
        onConfirm={props.onRenew}
      />
      <ConfirmStep
        label="Link intrekken"
        name="Link intrekken voor uw agenda"
        question="Na het intrekken krijgt uw agenda geen wijzigingen meer uit Regiekamer."
        confirmLabel="Ja, link intrekken"
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
      <Heading2 id={`${id}-title`}>Agenda-abonnement</Heading2>
      <Paragraph>
        Zet de overleggen en uw eigen termijnen (acties en stappen van voorstellen) in uw agenda. In Outlook kiest u Agenda toevoegen, dan Abonneren
        via internet, en plakt u de link. Uw agenda haalt de wijzigingen zelf op.
      </Paragraph>
      <Paragraph>
        Iedereen met de link kan uw agenda lezen. Deel hem niet. Maakt u een nieuwe link, dan werkt de oude niet meer. Ook na het wijzigen van uw
        wachtwoord maakt u een nieuwe link.
      </Paragraph>
      {outcome === 'failed' && <Notice type="warning">Dat is niet gelukt. Probeer het later opnieuw.</Notice>}
      {outcome === 'revoked' && <Notice>De link is ingetrokken. Uw agenda krijgt geen wijzigingen meer.</Notice>}
      {address && <NewAddress key={address} id={`${id}-address`} address={address} />}
      <Paragraph>{createdAt ? `U heeft een link, gemaakt op ${formatDateTime(createdAt)}.` : 'U heeft nog geen link.'}</Paragraph>
      <FeedButtons hasFeed={createdAt !== null} renewing={renewing.loading} revoking={revoking.loading} onRenew={makeAddress} onRevoke={withdraw} />
    </section>
  );
}
