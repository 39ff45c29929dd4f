/**
 * A real OpenID provider for the tests (the oidc-provider package), in a process of its own: it is published as an
 * ES module with ES-module dependencies, which jest's CommonJS loader would have to compile. Started by
 * tests/support/oidc.ts; prints its issuer URL, then serves:
 * - POST /__test/client  {redirectUri, postLogoutRedirectUri}: registers the test client (the API's address is known
 *   only after the API, which needs the issuer's, has started) and starts the provider itself, with its own login
 *   form (devInteractions: any password; the login name is the account id);
 * - POST /__test/users   {"<id>": {email, name, groups}}: the accounts (an account removed: its refresh is refused);
 * - POST /__test/clock   {"offsetSeconds": n}: the provider's clock, to issue ID tokens that have expired.
 * Consent is given at once (loadExistingGrant), so a sign-in is: login form, then back to the client.
 */
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const CLIENT_ID = 'regiekamer-test';
const CLIENT_SECRET = 'regiekamer-test-client-secret';

let users = new Map();
let offsetMs = 0;
const realNow = Date.now.bind(Date);
Date.now = () => realNow() + offsetMs;

function readJson(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(body || '{}'));
      } catch (error) {
        reject(error);
      }
    });
  });
}

let handle = null;
const server = createServer((req, res) => {
  if (req.url === '/__test/users' && req.method === 'POST') {
    void readJson(req).then((body) => {
      users = new Map(Object.entries(body));
      res.writeHead(204).end();
    });
  } else if (req.url === '/__test/clock' && req.method === 'POST') {
    void readJson(req).then((body) => {
      offsetMs = Number(body.offsetSeconds ?? 0) * 1000;
      res.writeHead(204).end();
    });
  } else if (req.url === '/__test/client' && req.method === 'POST') {
    void readJson(req).then((body) => {
      handle = startProvider(body.redirectUri, body.postLogoutRedirectUri);
      res.writeHead(204).end();
    });
  } else if (handle === null) {
    res.writeHead(503).end();
  } else {
    handle(req, res);
  }
});

function startProvider(redirectUri, postLogoutRedirectUri) {
  const provider = new Provider(`http://127.0.0.1:${server.address().port}`, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [postLogoutRedirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    async findAccount(_ctx, id) {
      const user = users.get(id);
      if (user === undefined) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: user.email, email_verified: true, name: user.name, groups: user.groups ?? [] }),
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    scopes: ['openid', 'offline_access', 'email', 'profile', 'groups'],
    // The groups in the ID token, as Entra ID puts them there.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['regiekamer-test-provider-cookie-key'] },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile groups offline_access');
      grant.addOIDCClaims(['email', 'email_verified', 'name', 'groups']);
      await grant.save();
      return grant;
    },
  });
  return provider.callback();
}

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`);
});
