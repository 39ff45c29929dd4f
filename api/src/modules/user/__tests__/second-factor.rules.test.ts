import { generateSync } from 'otplib';
import {
  classifyCode,
  newRecoveryCodes,
  recoveryCodeHash,
  rolesRequiringSecondFactor,
  totpTimeStep,
  TOTP_PERIOD_SECONDS,
} from '../second-factor.rules';
import { Role } from '../user.entity';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const NOW = new Date('2026-06-15T10:00:10Z');
const STEP = Math.floor(NOW.getTime() / 1000 / TOTP_PERIOD_SECONDS);
const codeAt = (step: number) => generateSync({ secret: SECRET, epoch: step * TOTP_PERIOD_SECONDS });

describe('totpTimeStep: the code window', () => {
  it.each([
    ['the current step', STEP, null, STEP],
    ['one step back (a slow typist)', STEP - 1, null, STEP - 1],
    ['one step ahead (a phone a little fast)', STEP + 1, null, STEP + 1],
    ['two steps back', STEP - 2, null, null],
    ['two steps ahead', STEP + 2, null, null],
    ['the step used last time (replay)', STEP, STEP, null],
    ['a step before the one used last', STEP - 1, STEP, null],
    ['a later step than the one used last', STEP + 1, STEP, STEP + 1],
    ['any code when the last step lies beyond the window (clock went back)', STEP, STEP + 5, null],
  ])('%s', (_name, step, lastStep, expected) => {
    expect(totpTimeStep(SECRET, codeAt(step), NOW, lastStep)).toBe(expected);
  });

  it('refuses a wrong code', () => {
    const wrong = String((Number(codeAt(STEP)) + 1) % 1_000_000).padStart(6, '0');
    expect(totpTimeStep(SECRET, wrong, NOW, null)).toBeNull();
  });
});

describe('classifyCode', () => {
  it.each([
    ['123456', { kind: 'TOTP', code: '123456' }],
    [' 123 456 ', { kind: 'TOTP', code: '123456' }],
    ['12345', { kind: 'NONE' }],
    ['1234567', { kind: 'NONE' }],
    ['abcde-fghjk', { kind: 'RECOVERY', code: 'abcdefghjk' }],
    ['ABCDE FGHJK', { kind: 'RECOVERY', code: 'abcdefghjk' }],
    // Letters that look like digits are not in the alphabet, so a mistyped code is not a different valid one.
    ['abcde-fghil', { kind: 'NONE' }],
    ['abcde-fghj', { kind: 'NONE' }],
    ['', { kind: 'NONE' }],
  ])('%j', (typed, expected) => {
    expect(classifyCode(typed)).toEqual(expected);
  });
});

describe('recovery codes', () => {
  it('are ten, distinct, in the shape the login accepts', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(classifyCode(code).kind).toBe('RECOVERY');
    }
  });

  it.each([
    ['the same code', 'abcde-fghjk', 'abcde-fghjk', true],
    ['in capitals, with spaces', 'abcde-fghjk', ' ABCDE FGHJK ', true],
    ['without the dash', 'abcde-fghjk', 'abcdefghjk', true],
    ['another code', 'abcde-fghjk', 'abcde-fghjm', false],
  ])('hash: %s matches: %s', (_name, issued, typed, same) => {
    expect(recoveryCodeHash(issued) === recoveryCodeHash(typed)).toBe(same);
  });

  it('is stored as a SHA-256, never as itself', () => {
    expect(recoveryCodeHash('abcde-fghjk')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('rolesRequiringSecondFactor', () => {
  it.each([
    [true, [Role.REGISSEUR, Role.PROVIDER_REP, Role.ADMIN]],
    [false, []],
  ])('REQUIRE_MFA %s', (required, roles) => {
    expect(rolesRequiringSecondFactor(required)).toEqual(roles);
  });
});
