import { describe, expect, test } from '@jest/globals';
import { fromSearch, toFilter, toSearch } from '../../acties/action-filter';
import { checkConvenant, emptyConvenant } from '../../convenant/convenant-values';
import { checkAction, OTHER } from '../action-values';
import { changedFields, checkOverleg, formField, updateInput, type OverlegValues } from '../overleg-values';

const meeting: OverlegValues = {
  kind: 'BELEIDSOVERLEG',
  title: 'Beleidsoverleg',
  heldOn: '2026-12-01',
  startsAt: '',
  endsAt: '',
  location: 'Stadhuis',
  participants: [{ name: 'Riet', kind: 'RESIDENT', organisation: '' }],
};

describe('overleg form', () => {
  test.each([
    ['a complete meeting', meeting, []],
    ['no kind', { ...meeting, kind: '' }, ['kind']],
    ['a blank title', { ...meeting, title: '  ' }, ['title']],
    ['a title over 300 characters', { ...meeting, title: 'x'.repeat(301) }, ['title']],
    ['a date that is not one', { ...meeting, heldOn: '31-02-2026' }, ['heldOn']],
    ['a time of day', { ...meeting, startsAt: '9.30', endsAt: '11:00' }, []],
    ['a start that is no time', { ...meeting, startsAt: '25:00', endsAt: '11:00' }, ['startsAt']],
    ['a start without an end', { ...meeting, startsAt: '09:30' }, ['endsAt']],
    ['an end without a start', { ...meeting, endsAt: '09:30' }, ['startsAt']],
    ['an end before the start', { ...meeting, startsAt: '10:00', endsAt: '09:59' }, ['endsAt']],
    [
      'a participant without a name or kind',
      { ...meeting, participants: [{ name: '', kind: '', organisation: '' }] },
      ['participant-0-name', 'participant-0-kind'],
    ],
  ] as const)('%s', (_, values, fields) => {
    expect(checkOverleg(values as OverlegValues).map((e) => e.field)).toEqual(fields);
  });

  test('an update sends only the fields changed, and the server names participants the way the form does', () => {
    const mine = { ...meeting, location: 'Wijkcentrum', participants: [] };
    const changed = changedFields(mine, meeting);
    expect(changed).toEqual(['location', 'participants']);
    expect(updateInput(mine, changed)).toEqual({ location: 'Wijkcentrum', participants: [] });
    expect(formField('input.participants.2.name')).toBe('participant-2-name');
    expect(formField('input.title')).toBe('title');
  });

  test('a changed time sends both times, as HH:mm, or both null to clear them', () => {
    const timed = { ...meeting, startsAt: '9.30', endsAt: '11:00' };
    expect(updateInput(timed, changedFields(timed, meeting))).toEqual({ startsAt: '09:30', endsAt: '11:00' });
    expect(updateInput(meeting, changedFields(meeting, timed))).toEqual({ startsAt: null, endsAt: null });
  });
});

describe('action form', () => {
  const ok = { title: 'Zaal regelen', ownerId: 'VXNlcjox', ownerName: '', dueOn: '2026-12-01' };
  test.each([
    ['complete, with a user as owner', ok, []],
    ['someone else without a name', { ...ok, ownerId: OTHER }, ['ownerName']],
    ['no owner', { ...ok, ownerId: '' }, ['ownerId']],
    ['no title and no date', { ...ok, title: '', dueOn: '' }, ['title', 'dueOn']],
  ] as const)('%s', (_, values, fields) => {
    expect(checkAction(values).map((e) => e.field)).toEqual(fields);
  });
});

describe('convenant form', () => {
  const ok = { title: 'Convenant', startsOn: '2031-01-01', endsOn: '2031-12-31', budget: '1.250.000,50', partyIds: ['UHJvdmlkZXI6MQ'] };
  test('a complete convenant gives its budget in cents', () => {
    expect(checkConvenant(ok)).toEqual({ errors: [], budgetCents: 125_000_050 });
  });
  test.each([
    ['nothing filled in', emptyConvenant, ['title', 'startsOn', 'endsOn', 'budgetCents', 'partyIds']],
    ['an end before the start', { ...ok, endsOn: '2030-12-31' }, ['endsOn']],
    ['a negative budget', { ...ok, budget: '-5' }, ['budgetCents']],
    ['a budget over ten billion', { ...ok, budget: '10.000.000.000,01' }, ['budgetCents']],
  ] as const)('%s', (_, values, fields) => {
    expect(checkConvenant(values as typeof ok).errors.map((e) => e.field)).toEqual(fields);
  });
});

describe('actions list filter', () => {
  test('goes into the address and back, and becomes the API filter', () => {
    const v = { status: 'OPEN', overdue: 'ja', owner: 'VXNlcjo0', source: 'OVERLEG' } as const;
    const search = toSearch(v);
    expect(search).toBe('?status=OPEN&telaat=ja&eigenaar=VXNlcjo0&bron=OVERLEG');
    expect(fromSearch(new URLSearchParams(search))).toEqual(v);
    expect(toFilter(v)).toEqual({ status: 'OPEN', overdue: true, ownerId: 'VXNlcjo0', sourceKind: 'OVERLEG' });
    expect(toFilter(fromSearch(new URLSearchParams('')))).toEqual({ status: null, overdue: null, ownerId: null, sourceKind: null });
    expect(toSearch(fromSearch(new URLSearchParams('telaat=nee')))).toBe('?telaat=nee');
  });
});
