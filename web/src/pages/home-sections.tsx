import { lazy, type ComponentType } from 'react';
import type { Role } from '../gql/graphql';
import { AttentionSection } from './home/AttentionSection';
import { YearFigures } from './home/YearFigures';

// A representative's section only: loaded for them, so the regisseur's first page does not carry it and its labels.
const MyArrangements = lazy(async () => ({ default: (await import('./home/MyArrangements')).MyArrangements }));

/**
 * The sections of the home page per role, in order. Keep it short: what someone needs daily, with links to the rest
 * (MoreLinks). A new list of things that need attention is not a section: it is a source of the API's `attention`.
 */
export interface HomeSection {
  key: string;
  roles: Role[];
  Component: ComponentType;
}

export const HOME_EXTRA_SECTIONS: HomeSection[] = [
  { key: 'attention', roles: ['REGISSEUR', 'ADMIN', 'PROVIDER_REP'], Component: AttentionSection },
  { key: 'my-arrangements', roles: ['PROVIDER_REP'], Component: MyArrangements },
  { key: 'figures', roles: ['REGISSEUR', 'ADMIN', 'ANALYST'], Component: YearFigures },
];
