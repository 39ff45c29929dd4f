import { municipalityName, nationalEmail } from '../../../seeds/national';
import { progressLine } from '../cli/progress';

describe('municipalityName', () => {
  it.each([
    [1, 'Gemeente Lindeveld', 'GM9001'],
    [2, 'Gemeente Eikveld', 'GM9002'],
    [21, 'Gemeente Lindedam', 'GM9021'],
    [342, 'Gemeente Eikwoude', 'GM9342'],
    [361, 'Gemeente Lindeveld 2', 'GM9361'],
  ])('%i is %s (%s)', (k, name, code) => {
    expect(municipalityName(k)).toMatchObject({ name, cbsCode: code });
  });

  it('gives 342 distinct names and codes', () => {
    const all = Array.from({ length: 342 }, (_, i) => municipalityName(i + 1));
    expect(new Set(all.map((m) => m.name)).size).toBe(342);
    expect(new Set(all.map((m) => m.cbsCode)).size).toBe(342);
  });

  it.each([0, 1000, 1.5])('refuses %s', (k) => {
    expect(() => municipalityName(k)).toThrow(/out of range/);
  });
});

describe('nationalEmail', () => {
  it.each([
    ['regisseur', 'gemeente.example', 1, 'regisseur@gemeente.example'],
    ['regisseur', 'gemeente.example', 171, 'regisseur@gm9171.gemeente.example'],
    ['vertegenwoordiger', 'welzijn-lindeveld.example', 2, 'vertegenwoordiger@gm9002.welzijn-lindeveld.example'],
  ])('%s at %s of %i', (local, domain, k, email) => {
    expect(nationalEmail(local, domain, k)).toBe(email);
  });
});

describe('progressLine', () => {
  it.each([
    [0, 342, 0, `seed [${'-'.repeat(30)}]   0% 0/342 0 s`],
    [171, 342, 12_400, `seed [${'#'.repeat(15)}${'-'.repeat(15)}]  50% 171/342 12 s`],
    [342, 342, 61_000, `seed [${'#'.repeat(30)}] 100% 342/342 61 s`],
    [5, 0, 0, `seed [${'#'.repeat(30)}] 100% 5/0 0 s`],
  ])('%i of %i', (done, total, ms, line) => {
    expect(progressLine('seed', done, total, ms)).toBe(line);
  });
});
