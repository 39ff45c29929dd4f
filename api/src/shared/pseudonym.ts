import { createHmac } from 'node:crypto';

/** A keyed hash of provider and client key: stable across queries, useless outside (without the key it cannot be reversed or linked). */
export type Pseudonymizer = (providerId: number, clientKey: string) => string;

export function createPseudonymizer(secret: string): Pseudonymizer {
  return (providerId, clientKey) => createHmac('sha256', secret).update(`${providerId}\u0000${clientKey}`).digest('base64url').slice(0, 22);
}
