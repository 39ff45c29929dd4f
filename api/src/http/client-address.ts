import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * The client's address as express works it out with its 'trust proxy' setting: X-Forwarded-For counts only from a
 * proxy listed in TRUSTED_PROXIES, so the login limits per address cannot be dodged with a forged header.
 */
export function clientAddressOf(trustedProxies: readonly string[]): (req: IncomingMessage) => string {
  const trust = trustedProxies.length > 0 ? proxyaddr.compile([...trustedProxies]) : () => false;
  // The chain starts at the socket's address, which is gone once the socket has closed.
  return (req) => (req.socket.remoteAddress === undefined ? 'unknown' : proxyaddr(req, trust));
}
