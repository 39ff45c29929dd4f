import { parse } from 'graphql';
import { lsnValue, operationKindOf, readTarget, replicaStatus, sessionSeenLongAgo, type ReplicaStatus } from '../replica';

const up = (replayLsn: string | null): ReplicaStatus => ({ state: 'up', lagSeconds: 0, replayLsn });

describe('lsnValue', () => {
  it.each([
    ['0/0', 0n],
    ['0/16B3748', 0x16b3748n],
    ['16/B374D848', (0x16n << 32n) + 0xb374d848n],
    ['1/0', 1n << 32n],
  ])('reads %s', (text, value) => {
    expect(lsnValue(text)).toBe(value);
  });
  it.each(['', '16', '16/', 'x/1', '1/2/3', '123456789/0', "0/0'; DROP"])('refuses %p', (text) => {
    expect(lsnValue(text)).toBeNull();
  });
});

describe('readTarget: where a request reads', () => {
  it.each<[string, Parameters<typeof readTarget>, 'primary' | 'replica']>([
    ['a query with no write of its user goes to the standby', ['query', null, up('0/5000')], 'replica'],
    ['a mutation goes to the primary', ['mutation', null, up('0/5000')], 'primary'],
    ['a subscription goes to the primary', ['subscription', null, up('0/5000')], 'primary'],
    ['what cannot be told goes to the primary', ['unknown', null, up('0/5000')], 'primary'],
    ['no standby: the primary', ['query', null, null], 'primary'],
    ['a standby down: the primary', ['query', null, { state: 'down', lagSeconds: null, replayLsn: null }], 'primary'],
    ['a standby lagging: the primary', ['query', null, { state: 'lagging', lagSeconds: 30, replayLsn: '0/5000' }], 'primary'],
    ['a write the standby has not replayed: the primary', ['query', '0/5001', up('0/5000')], 'primary'],
    ['a write the standby has replayed: the standby', ['query', '0/5000', up('0/5000')], 'replica'],
    ['a write long replayed: the standby', ['query', '0/10', up('1/0')], 'replica'],
    ['compared as numbers, not text', ['query', '0/9', up('0/10')], 'replica'],
    ['a standby whose position is unknown, with a write: the primary', ['query', '0/10', up(null)], 'primary'],
  ])('%s', (_what, args, target) => {
    expect(readTarget(...args)).toBe(target);
  });
});

describe('replicaStatus: the standby from one probe', () => {
  const probe = (replayLsn: string | null, replayAgeSeconds: number | null, recovery = true) => ({ recovery, replayLsn, replayAgeSeconds });
  it.each<[string, Parameters<typeof replicaStatus>, ReplicaStatus]>([
    ['no answer: down', [null, '0/10', 10], { state: 'down', lagSeconds: null, replayLsn: null }],
    ['not in recovery (promoted, or the wrong server): down', [probe('0/10', 0, false), '0/10', 10], { state: 'down', lagSeconds: null, replayLsn: null }],
    ['caught up with an idle primary: no lag, however old its last transaction', [probe('0/10', 3600), '0/10', 10], { state: 'up', lagSeconds: 0, replayLsn: '0/10' }],
    ['behind, recently replayed: up with its lag', [probe('0/10', 2), '0/20', 10], { state: 'up', lagSeconds: 2, replayLsn: '0/10' }],
    ['behind by more than the limit: lagging', [probe('0/10', 11), '0/20', 10], { state: 'lagging', lagSeconds: 11, replayLsn: '0/10' }],
    ['behind, primary position unknown: by its replay age', [probe('0/10', 4), null, 10], { state: 'up', lagSeconds: 4, replayLsn: '0/10' }],
    ['nothing replayed yet: lagging', [probe(null, null), '0/20', 10], { state: 'lagging', lagSeconds: null, replayLsn: null }],
  ])('%s', (_what, args, status) => {
    expect(replicaStatus(...args)).toEqual(status);
  });
});

describe('operationKindOf', () => {
  it.each<[unknown, unknown, string]>([
    ['{ me { id } }', undefined, 'query'],
    ['query A { me { id } }', undefined, 'query'],
    ['mutation { logout { redirectTo } }', undefined, 'mutation'],
    ['query A { me { id } } mutation B { logout { redirectTo } }', 'B', 'mutation'],
    ['query A { me { id } } mutation B { logout { redirectTo } }', 'A', 'query'],
    ['query A { me { id } } mutation B { logout { redirectTo } }', undefined, 'unknown'],
    ['query A { me { id } }', 'C', 'unknown'],
    ['{ me { id }', undefined, 'unknown'],
    [undefined, undefined, 'unknown'],
  ])('%p (%p) is a %s', (query, name, kind) => {
    expect(operationKindOf(query, name, (text) => parse(text))).toBe(kind);
  });
});

describe('sessionSeenLongAgo: a session read on the standby is moved on the primary', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const at = (secondsFromNow: number) => new Date(now.getTime() + secondsFromNow * 1000);
  it.each<[string, { idleExpiresAt: Date; expiresAt: Date }, boolean]>([
    ['seen just now', { idleExpiresAt: at(30 * 60), expiresAt: at(8 * 3600) }, false],
    ['seen 59 s ago', { idleExpiresAt: at(30 * 60 - 59), expiresAt: at(8 * 3600) }, false],
    ['seen 61 s ago', { idleExpiresAt: at(30 * 60 - 61), expiresAt: at(8 * 3600) }, true],
    ['its idle end capped by the absolute end: nothing to move', { idleExpiresAt: at(60), expiresAt: at(60) }, false],
  ])('%s', (_what, session, expected) => {
    expect(sessionSeenLongAgo(session, 30, now)).toBe(expected);
  });
});
