import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { ACCESS_LINK_TEXTS, formatText, INVITE_PARTICIPANT_PAGE_TEXTS as W, PARTICIPANT_TEXTS as T } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, SelectField, TextField, type FieldError } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { graphql } from '../../gql';
import type { ParticipantInviteGroupsQuery, ParticipantMembershipInput, Role } from '../../gql/graphql';
import { checkEmail, present } from '../../lib/checks';
import '../meedoen/meedoen.css';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';

const PARTICIPANT_INVITE = graphql(`
  mutation ParticipantInvite($input: ParticipantInviteInput!) {
    participantInvite(input: $input) {
      email
      invited
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const INVITE_GROUPS = graphql(`
  query ParticipantInviteGroups {
    opgaven(first: 100) {
      edges {
        node {
          id
          title
          team {
            id
          }
          ateliers {
            id
            title
          }
        }
      }
    }
  }
`);

const ROLES: Record<'RESIDENT' | 'CLIENT_COUNCIL', string> = { RESIDENT: T.roleResident, CLIENT_COUNCIL: T.roleCouncil };
const EMPTY = { email: '', name: '', role: '' as Role | '', kerngroep: false, teams: [] as string[], ateliers: [] as string[] };

function Choice({ label, checked, onChange }: { label: string; checked: boolean; onChange: () => void }) {
  return (
    <label className="utrecht-form-label utrecht-form-label--checkbox radio-option">
      <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={checked} onChange={onChange} /> {label}
    </label>
  );
}

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

function membershipsOf(v: typeof EMPTY): ParticipantMembershipInput[] {
  return [
    ...(v.kerngroep ? [{ group: 'KERNGROEP' as const }] : []),
    ...v.teams.map((opgaveteamId) => ({ group: 'OPGAVETEAM' as const, opgaveteamId })),
    ...v.ateliers.map((atelierId) => ({ group: 'ATELIER' as const, atelierId })),
  ];
}

type Values = typeof EMPTY;
type Opgave = ParticipantInviteGroupsQuery['opgaven']['edges'][number]['node'];

/** What the regisseur must still fill in or choose before the invitation can go. */
function inviteProblems(v: Values, memberships: ParticipantMembershipInput[]): FieldError[] {
  return present(
    v.email.trim() === '' ? { field: 'email', message: W.fillEmail } : checkEmail('email', v.email),
    v.name.trim() === '' ? { field: 'name', message: W.fillName } : null,
    v.role === '' ? { field: 'role', message: W.chooseRole } : null,
    v.role === 'RESIDENT' && memberships.length === 0 ? { field: 'memberships', message: W.chooseGroup } : null,
  );
}

/** The form's values, its errors, what was sent, and the submit that sends the invitation. */
function useInvite() {
  const [v, setV] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(PARTICIPANT_INVITE);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const memberships = membershipsOf(v);
    const found = inviteProblems(v, memberships);
    setErrors(found);
    if (found.length > 0 || v.role === '') return;
    try {
      const res = await invite({ variables: { input: { email: v.email.trim(), name: v.name.trim(), role: v.role, memberships } } });
      const answer = res.data?.participantInvite;
      if (answer?.email) {
        setDone(formatText(answer.invited ? T.inviteSent : T.inviteJoined, { email: answer.email }));
        setV(EMPTY);
        return;
      }
      setErrors(toFieldErrors(answer?.userErrors ?? [], ['email', 'name', 'role', 'memberships']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return { v, setV, errors, done, loading, submit };
}

/** The groups the participant joins: the kerngroep, an opgave's team, an atelier. */
function GroupsFieldset({ formId, opgaven, v, setV }: { formId: string; opgaven: Opgave[]; v: Values; setV: (v: Values) => void }) {
  return (
    <fieldset className="utrecht-form-fieldset participant-groups" id={`${formId}-veld-memberships`}>
      <legend className="utrecht-form-fieldset__legend">{T.inviteGroups}</legend>
      <Choice label={T.groupKerngroep} checked={v.kerngroep} onChange={() => setV({ ...v, kerngroep: !v.kerngroep })} />
      {opgaven
        .filter((o) => o.team)
        .map((o) => (
          <Choice
            key={o.team?.id}
            label={`${T.inviteTeams}: ${o.title}`}
            checked={v.teams.includes(o.team?.id ?? '')}
            onChange={() => setV({ ...v, teams: toggle(v.teams, o.team?.id ?? '') })}
          />
        ))}
      {opgaven.flatMap((o) =>
        o.ateliers.map((a) => (
          <Choice
            key={a.id}
            label={`${T.inviteAteliers}: ${a.title}`}
            checked={v.ateliers.includes(a.id)}
            onChange={() => setV({ ...v, ateliers: toggle(v.ateliers, a.id) })}
          />
        )),
      )}
    </fieldset>
  );
}

/** `/deelnemers/uitnodigen`: the regisseur invites a resident or a client council member, with the groups they join. */
export function InviteParticipantPage() {
  const formId = useId().replace(/:/g, '');
  const { v, setV, errors, done, loading, submit } = useInvite();
  const { data } = useQuery(INVITE_GROUPS);
  const opgaven = (data?.opgaven.edges ?? []).map((e) => e.node);

  return (
    <>
      <PageHeading title={T.inviteTitle} />
      <Paragraph>{T.inviteIntro}</Paragraph>
      {done && <Notice>{done}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.inviteTitle}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextField
          formId={formId}
          name="email"
          label={ACCESS_LINK_TEXTS.inviteEmail}
          type="email"
          value={v.email}
          onChange={(email) => setV({ ...v, email })}
          errors={errors}
        />
        <TextField
          formId={formId}
          name="name"
          label={ACCESS_LINK_TEXTS.inviteName}
          value={v.name}
          onChange={(name) => setV({ ...v, name })}
          errors={errors}
        />
        <SelectField
          formId={formId}
          name="role"
          label={T.inviteRole}
          value={v.role}
          onChange={(role) => setV({ ...v, role })}
          options={(Object.keys(ROLES) as (keyof typeof ROLES)[]).map((r) => ({ value: r, label: ROLES[r] }))}
          emptyLabel={W.roleEmpty}
          errors={errors}
        />
        <GroupsFieldset formId={formId} opgaven={opgaven} v={v} setV={setV} />
        <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
          {T.inviteSubmit}
        </Button>
        {loading && <Paragraph role="status">{W.sending}</Paragraph>}
      </form>
    </>
  );
}
