import { OpgaveSubmissionStatus } from '../opgave-submission.entity';
import { canDecide, cleanForm, isHoneypotFilled, outcomeMailText, submissionProblems, type SubmissionForm } from '../opgave-submission.rules';

const form = (over: Partial<SubmissionForm> = {}): SubmissionForm => ({ title: 'Titel', description: 'Tekst', area: 'Dorp', contact: '', ...over });

describe('submissionProblems', () => {
  it.each<[string, Partial<SubmissionForm>, { field: string; kind: string }[]]>([
    ['a complete form without an address', {}, []],
    ['a complete form with an address', { contact: 'iemand@voorbeeld.example' }, []],
    ['an empty title', { title: '' }, [{ field: 'title', kind: 'REQUIRED' }]],
    ['everything empty', { title: '', description: '', area: '' }, ['title', 'description', 'area'].map((field) => ({ field, kind: 'REQUIRED' }))],
    ['a title of 301 characters', { title: 'x'.repeat(301) }, [{ field: 'title', kind: 'TOO_LONG' }]],
    ['a title of 300 characters', { title: 'x'.repeat(300) }, []],
    ['a description of 5,001 characters', { description: 'x'.repeat(5001) }, [{ field: 'description', kind: 'TOO_LONG' }]],
    ['an address without a domain', { contact: 'iemand@' }, [{ field: 'contact', kind: 'EMAIL' }]],
    ['an address with a space', { contact: 'iemand @voorbeeld.example' }, [{ field: 'contact', kind: 'EMAIL' }]],
  ])('%s', (_name, over, expected) => {
    expect(submissionProblems(form(over), true).map(({ field, kind }) => ({ field, kind }))).toEqual(expected);
  });

  it.each<[string, Partial<SubmissionForm>, boolean, { field: string; kind: string }[]]>([
    ['an address without consent to be mailed', { contact: 'iemand@voorbeeld.example' }, false, [{ field: 'contact', kind: 'CONSENT' }]],
    ['an address with consent', { contact: 'iemand@voorbeeld.example' }, true, []],
    ['no address, no consent', {}, false, []],
    ['no address, consent ticked', {}, true, []],
    ['a wrong address without consent: the address first', { contact: 'iemand@' }, false, [{ field: 'contact', kind: 'EMAIL' }]],
  ])('%s', (_name, over, followUp, expected) => {
    expect(submissionProblems(form(over), followUp).map(({ field, kind }) => ({ field, kind }))).toEqual(expected);
  });
});

describe('cleanForm', () => {
  it('trims, lower-cases the address and drops control characters but keeps line breaks', () => {
    expect(cleanForm(form({ title: '  Bank\u0000je ', description: 'Regel 1\nRegel 2\u0007', contact: ' Iemand@Voorbeeld.Example ' }))).toEqual({
      title: 'Bankje',
      description: 'Regel 1\nRegel 2',
      area: 'Dorp',
      contact: 'iemand@voorbeeld.example',
    });
  });
});

describe('isHoneypotFilled', () => {
  it.each<[unknown, boolean]>([
    [undefined, false],
    ['', false],
    ['  ', false],
    ['http://spam.example', true],
    [['a'], false],
  ])('%p is filled: %p', (value, filled) => {
    expect(isHoneypotFilled(value)).toBe(filled);
  });
});

describe('canDecide', () => {
  it.each([
    [OpgaveSubmissionStatus.PENDING, true],
    [OpgaveSubmissionStatus.PUBLISHED, false],
    [OpgaveSubmissionStatus.MERGED, false],
    [OpgaveSubmissionStatus.DECLINED, false],
  ])('%s: %p', (status, expected) => {
    expect(canDecide(status)).toBe(expected);
  });
});

describe('outcomeMailText', () => {
  it.each([
    [OpgaveSubmissionStatus.PUBLISHED, {}, 'Uw opgave "Bankje" is opgenomen', 'staat nu op de pagina Opgaven'],
    [OpgaveSubmissionStatus.MERGED, { target: 'Groen dorp' }, 'Uw opgave "Bankje" is samengevoegd', 'de opgave "Groen dorp"'],
    [OpgaveSubmissionStatus.DECLINED, { reason: 'Dubbel.' }, 'Uw opgave "Bankje" is niet opgenomen', 'De reden: Dubbel.'],
  ] as const)('%s', (status, facts, subject, body) => {
    const mail = outcomeMailText(status, { title: 'Bankje', ...facts });
    expect(mail.subject).toBe(subject);
    expect(mail.body).toContain(body);
  });

  it('shortens a long title in the subject only', () => {
    const mail = outcomeMailText(OpgaveSubmissionStatus.PUBLISHED, { title: 'x'.repeat(300) });
    expect(mail.subject.length).toBeLessThan(160);
    expect(mail.body).toContain('x'.repeat(300));
  });
});
