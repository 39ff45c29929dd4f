/**
 * The Dutch texts the web client's forms write themselves when they check input before sending (ICU MessageFormat).
 * The numbers they name come from the shared limits (limits.ts), the same the API checks.
 */
export const FORM_TEXTS = {
  counter: '{count, number} van {max, number} tekens',
  charactersLeft: 'Nog {left, plural, one {# teken} other {# tekens}} over.',
  charactersOver: '{over, plural, one {# teken} other {# tekens}} te veel.',
  required: 'Vul dit in.',
  notANumber: 'Vul een getal in, bijvoorbeeld {example}.',
  notAWholeNumber: 'Vul een heel getal in, bijvoorbeeld {example}.',
  negative: 'Dit getal moet positief zijn.',
  hoursNegative: 'Het aantal uren moet positief zijn.',
  numberTooHigh: 'Hoogstens {max, number}.',
  numberTooLow: 'Minstens {min, number}.',
  hoursTooHigh: 'Hoogstens {max, number} uur.',
  hoursInPeriodTooHigh: 'Hoogstens {perDay, number} uur per dag van de periode: in deze periode hoogstens {max, number} uur.',
  notAnAmount: 'Vul een bedrag in euro in, bijvoorbeeld {example}.',
  amountNegative: 'Het bedrag moet positief zijn.',
  amountTooHigh: 'Het bedrag mag hoogstens {max, number, ::currency/EUR precision-integer} zijn.',
  tooManyLines: 'Hoogstens {max, number} regels.',
  lineTooLong: 'Regel {line, number} is te lang: maximaal {max, number} tekens.',
  dateInFuture: 'Deze datum mag niet in de toekomst liggen.',
  periodInFuture: 'De periode mag niet in de toekomst liggen.',
  email: 'Vul een e-mailadres in, bijvoorbeeld naam@gemeente.nl.',
  passwordTooShort: 'Een wachtwoord heeft minstens {min, number} tekens.',
  passwordTooLong: 'Een wachtwoord heeft hoogstens {max, number} tekens.',
  passwordUnchanged: 'Het nieuwe wachtwoord moet anders zijn dan het huidige.',
  passwordsDiffer: 'De twee nieuwe wachtwoorden zijn niet gelijk.',
} as const;

export type FormTextKey = keyof typeof FORM_TEXTS;
