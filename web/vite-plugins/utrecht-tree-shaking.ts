import type { Plugin } from 'vite';

/**
 * @utrecht/component-library-react is one module of 94 components that sets `X.displayName = '...'` after each: to the
 * bundler those are side effects, so every component was kept (188 KB of the first page's JavaScript). The names serve
 * React's developer tools only; without them the unused components are dropped.
 */
export function utrechtTreeShaking(): Plugin {
  return {
    name: 'regiekamer:utrecht-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!id.replace(/\?.*/s, '').endsWith('@utrecht/component-library-react/dist/index.mjs')) return null;
      return { code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = '[^'\n]*';$/gm, ''), map: null };
    },
  };
}
