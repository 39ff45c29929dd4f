import { createContext, useContext } from 'react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

/** Who is signed in, as the login answers it and `me` reads it. */
export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on User {
    id
    email
    name
    role
    provider {
      id
      name
    }
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...ViewerFields
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
