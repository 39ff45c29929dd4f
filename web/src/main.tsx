import { ApolloProvider } from '@apollo/client/react';
// The design tokens name Noto Sans: served from here, so every user and every test machine gets the same letters.
import '@fontsource-variable/noto-sans/index.css';
// Only the CSS of the components in use (src/utrecht.css), and the design tokens on .utrecht-theme (the body).
import './utrecht.css';
import '@utrecht/design-tokens/dist/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { apolloClient } from './apollo';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('Element #root ontbreekt in index.html.');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={apolloClient}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
