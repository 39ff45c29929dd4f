import { MEMBERS_ADD_FORM_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { useMutation } from '@apollo/client/react';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, options, SelectField, TextField } from '../../components/Form';
import type { MemberKind } from '../../gql/graphql';
import { MEMBER_KIND_LABELS } from '../../lib/labels';
import { tooLong } from './CharCount';
import { MEMBERS_ADD } from './opgave.documents';
import { check } from './checks';
import { useSend } from './useSend';

const EMPTY = { name: '', kind: 'RESIDENT' as MemberKind | '', organisation: '' };

/** Adds a resident or a professional to the team. */
export function MembersAddForm({ teamId }: { teamId: string }) {
  const formId = 'lid-form';
  const [v, setV] = useState(EMPTY);
  const form = useSend(['name', 'kind', 'organisation']);
  const [add, { loading }] = useMutation(MEMBERS_ADD, { refetchQueries: ['Opgave'], awaitRefetchQueries: true });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = check([
      [!v.name.trim(), 'name', T.nameMissing],
      [tooLong(v.name, TEXT_MAX.opgaveteamMemberName), 'name', T.nameTooLong],
      [!v.kind, 'kind', T.kindMissing],
      [tooLong(v.organisation, TEXT_MAX.opgaveteamMemberOrganisation), 'organisation', T.organisationTooLong],
    ]);
    form.setErrors(found);
    if (found.length > 0 || !v.kind) return;
    const member = { name: v.name.trim(), kind: v.kind, organisation: v.organisation.trim() || null };
    const ok = await form.send(
      async () => (await add({ variables: { input: { opgaveteamId: teamId, members: [member] } } })).data?.opgaveteamMembersAdd.userErrors,
    );
    if (ok) setV(EMPTY);
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="lid-form-title">
      <Heading3 id="lid-form-title">{T.heading}</Heading3>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>{T.done}</Notice>}
      <TextField
        formId={formId}
        name="name"
        label={T.nameLabel}
        maxLength={TEXT_MAX.opgaveteamMemberName}
        value={v.name}
        onChange={(name) => setV({ ...v, name })}
        errors={form.errors}
      />
      <SelectField
        formId={formId}
        name="kind"
        label={T.kindLabel}
        value={v.kind}
        onChange={(kind) => setV({ ...v, kind })}
        options={options(MEMBER_KIND_LABELS)}
        errors={form.errors}
      />
      <TextField
        formId={formId}
        name="organisation"
        label={T.organisationLabel}
        required={false}
        maxLength={TEXT_MAX.opgaveteamMemberOrganisation}
        value={v.organisation}
        onChange={(organisation) => setV({ ...v, organisation })}
        errors={form.errors}
      />
      <Button appearance="secondary-action-button" type="submit" busy={loading}>
        {T.submit}
      </Button>
    </form>
  );
}
