import { smtpAnswer, smtpOptions } from '../mailer';

describe('SMTP_URL as the transport reads it', () => {
  test.each([
    ['smtp://mail.example', { host: 'mail.example', port: 587, secure: false, auth: undefined }],
    ['smtp://127.0.0.1:2525', { host: '127.0.0.1', port: 2525, secure: false, auth: undefined }],
    ['smtps://mail.example', { host: 'mail.example', port: 465, secure: true, auth: undefined }],
    ['smtp://user:p%40ss%3Aword@mail.example:587', { host: 'mail.example', port: 587, secure: false, auth: { user: 'user', pass: 'p@ss:word' } }],
  ])('%s', (url, expected) => {
    expect(smtpOptions(url)).toMatchObject({ ...expected, pool: true });
  });
});

describe('the answer kept on a message', () => {
  test.each([
    [{ response: '421 4.7.0 Try again later', message: 'Message failed' }, '421 4.7.0 Try again later'],
    [{ message: 'connect ECONNREFUSED 127.0.0.1:2525' }, 'connect ECONNREFUSED 127.0.0.1:2525'],
    ['strange', 'strange'],
    [{ response: 'x'.repeat(2000) }, 'x'.repeat(1000)],
  ])('of %j is %j', (error, answer) => {
    expect(smtpAnswer(error)).toBe(answer);
  });
});
