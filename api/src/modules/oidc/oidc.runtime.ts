import type { Config } from '../../config';
import type { Sealer } from '../../shared/auth/sealing';
import type { ServiceSettings } from '../../shared/module';
import { OidcClients } from './oidc.client';
import type { OidcRuntime } from './oidc.sign-in';

/**
 * The process's single sign-on: one client cache and one sealer for the routes, the logout hook and the services.
 * `baseUrl` is read when needed: the server's own address is known only once it listens.
 */
export function oidcRuntime(config: Pick<Config, 'oidc'>, sealer: Sealer, baseUrl: () => string): { runtime: OidcRuntime; settings: ServiceSettings['oidc'] } {
  const runtime: OidcRuntime = {
    clients: new OidcClients(),
    sealer,
    config: config.oidc,
    get publicUrl() {
      return baseUrl();
    },
  };
  const settings: ServiceSettings['oidc'] = {
    defaultIssuer: config.oidc.defaultIssuer !== null,
    get baseUrl() {
      return baseUrl();
    },
    sealSecret: (plain, boundTo) => sealer.seal(plain, boundTo),
    openSecret: (sealed, boundTo) => sealer.open(sealed, boundTo),
  };
  return { runtime, settings };
}
