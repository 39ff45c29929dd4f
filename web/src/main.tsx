import { ApolloProvider } from '@apollo/client/react';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
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
