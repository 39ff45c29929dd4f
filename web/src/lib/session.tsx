import { createContext, useContext } from 'react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

export const ME = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      provider {
        id
        name
      }
    }
  }
`);

export type Viewer = NonNullable<MeQuery['me']>;

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user; only inside the signed-in part of the app. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside a session');
  return viewer;
}
