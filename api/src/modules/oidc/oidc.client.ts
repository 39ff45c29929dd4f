import { createHash } from 'node:crypto';
import type * as OpenIdClient from 'openid-client' with { 'resolution-mode': 'import' };

type Client = typeof OpenIdClient;
type Configuration = OpenIdClient.Configuration;

/** openid-client is published as an ES module only: loaded on first use (the API is CommonJS; Node 24 loads it either way). */
let loaded: Promise<Client> | null = null;
const openIdClient = (): Promise<Client> => (loaded ??= import('openid-client'));

/** One issuer as the sign-in uses it: the default one (issuerId null, from the settings) or a municipality's own. */
export interface IssuerSettings {
  issuerId: number | null;
  /** The municipality of an issuer row; null for the default issuer, which serves whichever municipality matches. */
  municipalityId: number | null;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  roleClaim: string;
}

/** What the callback must find again: kept in a sealed, short-lived cookie between the two routes. */
export interface PendingLogin {
  issuerId: number | null;
  state: string;
  nonce: string;
  verifier: string;
}

export interface SignInTokens {
  claims: Record<string, unknown>;
  idToken: string;
  refreshToken: string | null;
  accessToken: string | null;
}

/** The issuer said no (a refused refresh, a code used twice, a token that does not verify). */
export class IssuerRefusedError extends Error {}

const DISCOVERY_TTL_MS = 60 * 60 * 1000;

/** http is allowed only for an issuer on this machine (the settings and the ADMIN's form both check that). */
const isPlainHttp = (url: string): boolean => url.startsWith('http:');

/**
 * The OpenID Connect client side, with openid-client: discovery (cached per issuer, client and secret for an hour),
 * the authorization URL with state, nonce and PKCE (S256), the code exchange (which validates the ID token: signature,
 * issuer, audience, expiry, nonce), the refresh and userinfo re-checks and the end-session URL.
 */
export class OidcClients {
  private readonly configs = new Map<string, { at: number; config: Promise<{ client: Client; config: Configuration }> }>();

  constructor(private readonly now: () => number = Date.now) {}

  private configuration(settings: IssuerSettings): Promise<{ client: Client; config: Configuration }> {
    const key = createHash('sha256').update(JSON.stringify([settings.issuerUrl, settings.clientId, settings.clientSecret])).digest('hex');
    const cached = this.configs.get(key);
    if (cached !== undefined && this.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
    const config = openIdClient().then(async (client) => ({
      client,
      config: await client.discovery(new URL(settings.issuerUrl), settings.clientId, settings.clientSecret, undefined, {
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- http only for an issuer on this machine (tests, local)
        execute: isPlainHttp(settings.issuerUrl) ? [client.allowInsecureRequests] : [],
      }),
    }));
    // A failed discovery is tried again on the next sign-in, not remembered.
    config.catch(() => this.configs.delete(key));
    this.configs.set(key, { at: this.now(), config });
    return config;
  }

  /** Where the browser goes to sign in, and what the callback must check. */
  async authorizationUrl(settings: IssuerSettings, redirectUri: string): Promise<{ url: URL; pending: PendingLogin }> {
    const { client, config } = await this.configuration(settings);
    const verifier = client.randomPKCECodeVerifier();
    const pending = { issuerId: settings.issuerId, state: client.randomState(), nonce: client.randomNonce(), verifier };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /** Exchanges the code of the callback; claims are the ID token's, completed from userinfo when the role claim is not in it. */
  async exchange(settings: IssuerSettings, callbackUrl: URL, pending: PendingLogin): Promise<SignInTokens> {
    const { client, config } = await this.configuration(settings);
    let tokens: Awaited<ReturnType<Client['authorizationCodeGrant']>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new IssuerRefusedError(error instanceof Error ? error.message : String(error));
    }
    const idClaims = tokens.claims();
    if (idClaims === undefined || tokens.id_token === undefined) throw new IssuerRefusedError('no ID token');
    let claims: Record<string, unknown> = { ...idClaims };
    const roleClaimTop = settings.roleClaim.split('.')[0] ?? settings.roleClaim;
    if ((!(roleClaimTop in claims) || !('email' in claims)) && config.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      // The ID token's own claims win: userinfo only fills in.
      claims = { ...info, ...claims };
    }
    return { claims, idToken: tokens.id_token, refreshToken: tokens.refresh_token ?? null, accessToken: tokens.access_token };
  }

  /** The re-check: a refresh when there is a refresh token (its successor is returned), else userinfo; refused: IssuerRefusedError. */
  async recheck(settings: IssuerSettings, tokens: { refreshToken: string | null; accessToken: string | null; subject: string }): Promise<{ refreshToken: string | null; accessToken: string | null }> {
    const { client, config } = await this.configuration(settings);
    try {
      if (tokens.refreshToken !== null) {
        const next = await client.refreshTokenGrant(config, tokens.refreshToken);
        return { refreshToken: next.refresh_token ?? tokens.refreshToken, accessToken: next.access_token };
      }
      if (tokens.accessToken === null) throw new IssuerRefusedError('nothing to check with');
      await client.fetchUserInfo(config, tokens.accessToken, tokens.subject);
      return tokens;
    } catch (error) {
      if (error instanceof IssuerRefusedError) throw error;
      // An answer of the issuer refuses; a network failure does not (the job tries again).
      if (error instanceof client.ResponseBodyError || error instanceof client.WWWAuthenticateChallengeError) {
        throw new IssuerRefusedError(error.message);
      }
      throw error;
    }
  }

  /** The issuer's end-session URL with the ID token as hint, or null when the issuer has no end_session_endpoint. */
  async endSessionUrl(settings: IssuerSettings, idToken: string, postLogoutRedirectUri: string): Promise<string | null> {
    const { client, config } = await this.configuration(settings);
    if (config.serverMetadata().end_session_endpoint === undefined) return null;
    return client.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri }).href;
  }
}
