import type { Role } from '../../gql/graphql';

export interface FoundItem {
  __typename: 'Proposal' | 'Decision' | 'Opgave' | 'Overleg' | 'Document';
  id: string;
  downloadPath?: string;
  kind?: string;
  proposal?: { id: string } | null;
}

const STAFF: readonly Role[] = ['REGISSEUR', 'PROVIDER_REP', 'ANALYST', 'ADMIN'];

/**
 * Where a hit opens: the page of what was found for staff (a decision opens its proposal, a choice of opgaven the
 * opgaven, a document its download); a participant has no proposal pages, and finds meetings and opgaven on their own lists.
 */
export function hitLink(role: Role, item: FoundItem): string | null {
  const id = encodeURIComponent(item.id);
  // A document is found only by who may see it (row security): its link downloads it, for staff and participants alike.
  if (item.__typename === 'Document') return item.downloadPath ?? null;
  if (!STAFF.includes(role)) {
    if (item.__typename === 'Overleg') return '/overleg';
    if (item.__typename === 'Opgave') return '/mijn-opgaven';
    return null;
  }
  switch (item.__typename) {
    case 'Proposal':
      return `/voorstellen/${id}`;
    case 'Decision':
      return item.proposal ? `/voorstellen/${encodeURIComponent(item.proposal.id)}` : '/opgaven';
    case 'Opgave':
      return `/opgaven/${id}`;
    case 'Overleg':
      return `/overleg/${id}`;
  }
}
