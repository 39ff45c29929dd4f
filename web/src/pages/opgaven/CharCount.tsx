import { CHAR_COUNT_TEXTS as T, formatText } from '@regiekamer/texts';

/** "12 van 300 tekens": the API's maximum, shown under a text field; past it the form refuses before sending. */
export function CharCount({ value, max }: { value: string; max: number }) {
  const over = value.length > max;
  return (
    <span className={over ? 'char-count char-count--over' : 'char-count'}>
      {formatText(T.count, { count: value.length.toLocaleString('nl-NL'), max: max.toLocaleString('nl-NL') })}
      {over ? T.tooLong : ''}
    </span>
  );
}

/** The form's own check of a text's length, with the field's name in the message. */
export function tooLong(value: string, max: number): boolean {
  return value.trim().length > max;
}
