import { graphql } from '../../gql';

export const ACTION_FIELDS = graphql(`
  fragment ActionFields on Action {
    id
    title
    status
    dueOn
    closedOn
    overdue
    ownerName
    version
    owner {
      id
      name
    }
  }
`);

export const OVERLEG_FIELDS = graphql(`
  fragment OverlegFields on Overleg {
    id
    title
    kind
    heldOn
    startsAt
    endsAt
    status
    location
    minutes
    version
    chairName
    minuteTakerName
    mayRecordMinutes
    chair {
      id
    }
    minuteTaker {
      id
    }
    participants {
      kind
      name
      organisation
    }
    agenda {
      position
      title
      addedBy {
        id
        name
      }
    }
    decisions {
      ...DecisionFields
    }
    actions {
      ...ActionFields
    }
  }
`);

export const OVERLEGGEN = graphql(`
  query Overleggen($first: Int!, $after: String, $filter: OverlegFilter) {
    overleggen(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          ...OverlegFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OVERLEG = graphql(`
  query Overleg($id: ID!) {
    node(id: $id) {
      __typename
      ... on Overleg {
        ...OverlegFields
      }
    }
  }
`);

export const OVERLEG_CREATE = graphql(`
  mutation OverlegCreate($input: OverlegInput!) {
    overlegCreate(input: $input) {
      overleg {
        ...OverlegFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const OVERLEG_UPDATE = graphql(`
  mutation OverlegUpdate($id: ID!, $version: Int!, $input: OverlegUpdateInput!) {
    overlegUpdate(id: $id, version: $version, input: $input) {
      overleg {
        ...OverlegFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const OVERLEG_MINUTES = graphql(`
  mutation OverlegMinutesRecord($id: ID!, $version: Int!, $input: OverlegMinutesInput!) {
    overlegMinutesRecord(id: $id, version: $version, input: $input) {
      overleg {
        ...OverlegFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AGENDA_ADD = graphql(`
  mutation OverlegAgendaItemAdd($input: OverlegAgendaItemAddInput!) {
    overlegAgendaItemAdd(input: $input) {
      overleg {
        id
        version
        agenda {
          position
          title
          addedBy {
            id
            name
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ACTION_CREATE = graphql(`
  mutation ActionCreate($input: ActionCreateInput!) {
    actionCreate(input: $input) {
      action {
        ...ActionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ACTION_COMPLETE = graphql(`
  mutation ActionComplete($id: ID!, $version: Int!, $input: ActionCloseInput!) {
    actionComplete(id: $id, version: $version, input: $input) {
      action {
        ...ActionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ACTION_DROP = graphql(`
  mutation ActionDrop($id: ID!, $version: Int!, $input: ActionCloseInput!) {
    actionDrop(id: $id, version: $version, input: $input) {
      action {
        ...ActionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Who can own an action: the regisseur themself and every provider's representatives (for the regisseur and admin). */
export const OWNERS = graphql(`
  query ActionOwners {
    me {
      id
      name
    }
    providers(first: 100) {
      edges {
        node {
          id
          name
          representatives {
            id
            name
          }
        }
      }
    }
  }
`);

export const OVERLEG_CANCEL = graphql(`
  mutation OverlegCancel($id: ID!, $version: Int!) {
    overlegCancel(id: $id, version: $version) {
      overleg {
        ...OverlegFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Who the regisseur can name chair or minute-taker: staff and the residents of the kerngroep. */
export const OVERLEG_ROLE_CANDIDATES = graphql(`
  query OverlegRoleCandidates {
    overlegRoleCandidates {
      id
      name
      role
    }
  }
`);

export const OVERLEG_ROLES_SET = graphql(`
  mutation OverlegRolesSet($id: ID!, $version: Int!, $input: OverlegRolesInput!) {
    overlegRolesSet(id: $id, version: $version, input: $input) {
      overleg {
        ...OverlegFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
