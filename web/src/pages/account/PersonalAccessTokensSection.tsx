import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, FormLabel, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { errorText, formatText, TOKEN_NAME_MAX_LENGTH, TOKEN_TEXTS as T } from '@regiekamer/texts';
import { useId, useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { DateField, Notice, TextField, type FieldError } from '../../components/Form';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { graphql } from '../../gql';
import type { PersonalAccessTokensQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/format';

const TOKENS = graphql(`
  query PersonalAccessTokens {
    personalAccessTokens {
      id
      name
      createdAt
      expiresOn
      lastUsedAt
    }
  }
`);

const CREATE = graphql(`
  mutation PersonalAccessTokenCreate($input: PersonalAccessTokenCreateInput!) {
    personalAccessTokenCreate(input: $input) {
      token
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation PersonalAccessTokenRevoke($id: ID!) {
    personalAccessTokenRevoke(id: $id) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type TokenNode = PersonalAccessTokensQuery['personalAccessTokens'][number];

/** The token just made, to copy now: it is not shown again. */
function NewToken({ id, token }: { id: string; token: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      // Without clipboard access the field stays selectable by hand.
      setCopied(false);
    }
  }
  return (
    <div className="form">
      <Notice>{T.copyHint}</Notice>
      <FormLabel htmlFor={id}>{T.newToken}</FormLabel>
      <Textbox id={id} className="input--full" readOnly value={token} onFocus={(e) => e.target.select()} />
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="button" onClick={() => void copy()}>
          {T.copy}
        </Button>
      </ButtonGroup>
      {copied && <Paragraph role="status">{T.copied}</Paragraph>}
    </div>
  );
}

function CreateForm({ formId, onMade }: { formId: string; onMade: (token: string) => void }) {
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const [create, creating] = useMutation(CREATE, { refetchQueries: ['PersonalAccessTokens'], awaitRefetchQueries: true });

  async function submit() {
    setFailed(false);
    try {
      const result = (await create({ variables: { input: { name, expiresOn } } })).data?.personalAccessTokenCreate;
      const problems = result?.userErrors ?? [];
      setErrors(problems.map((p) => ({ field: (p.field ?? 'name').replace(/^input\./, ''), message: errorText(p) })));
      if (result?.token) {
        setName('');
        setExpiresOn('');
        onMade(result.token);
      }
    } catch {
      setFailed(true);
    }
  }

  return (
    <form
      id={formId}
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {failed && <Notice type="warning">{T.failed}</Notice>}
      <TextField
        formId={formId}
        name="name"
        label={T.name}
        description={T.nameDescription}
        errors={errors}
        value={name}
        onChange={setName}
        maxLength={TOKEN_NAME_MAX_LENGTH}
      />
      <DateField
        formId={formId}
        name="expiresOn"
        label={T.expiresOn}
        description={T.expiresOnDescription}
        errors={errors}
        value={expiresOn}
        onChange={setExpiresOn}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={creating.loading}>
          {T.create}
        </Button>
      </ButtonGroup>
    </form>
  );
}

const COLUMNS = [
  { key: 'name', header: T.name, rowHeader: true },
  { key: 'created', header: T.created, nowrap: true },
  { key: 'expires', header: T.expires, nowrap: true },
  { key: 'lastUsed', header: T.lastUsed, nowrap: true },
  { key: 'actions', header: T.actions },
];

function TokenList({ tokens, onRevoke, busy }: { tokens: readonly TokenNode[]; onRevoke: (t: TokenNode) => Promise<void>; busy: boolean }) {
  const rows = tokens.map((t) => ({
    key: t.id,
    cells: {
      name: t.name,
      created: formatDateTime(t.createdAt),
      expires: formatDate(t.expiresOn),
      lastUsed: t.lastUsedAt ? formatDateTime(t.lastUsedAt) : T.neverUsed,
      actions: (
        <ConfirmStep
          label={T.revoke}
          name={formatText(T.revokeName, { name: t.name })}
          question={formatText(T.revokeQuestion, { name: t.name })}
          confirmLabel={T.revokeConfirm}
          busy={busy}
          onConfirm={() => onRevoke(t)}
        />
      ),
    },
  }));
  return <ResponsiveTable label={T.heading} caption={T.caption} columns={COLUMNS} rows={rows} empty={T.none} />;
}

/** The user's own tokens for scripts: make one (shown once), see them, revoke one. */
export function PersonalAccessTokensSection() {
  const id = useId().replace(/:/g, '');
  const tokens = useQuery(TOKENS, { fetchPolicy: 'cache-and-network' });
  const [revoke, revoking] = useMutation(REVOKE, { refetchQueries: ['PersonalAccessTokens'], awaitRefetchQueries: true });
  const [made, setMade] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  async function onRevoke(token: TokenNode) {
    try {
      const problem = (await revoke({ variables: { id: token.id } })).data?.personalAccessTokenRevoke.userErrors[0];
      setNotice(problem ? errorText(problem) : formatText(T.revoked, { name: token.name }));
    } catch {
      setNotice(T.failed);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="section">
      <Heading2 id={`${id}-title`}>{T.heading}</Heading2>
      <Paragraph>{T.intro}</Paragraph>
      {made && <NewToken key={made} id={`${id}-token`} token={made} />}
      <CreateForm formId={`${id}-form`} onMade={setMade} />
      <p role="status">{notice}</p>
      <TokenList tokens={tokens.data?.personalAccessTokens ?? []} onRevoke={onRevoke} busy={revoking.loading} />
    </section>
  );
}
