/** "12 van 300 tekens": the API's maximum, shown under a text field; past it the form refuses before sending. */
export function CharCount({ value, max }: { value: string; max: number }) {
  const over = value.length > max;
  return (
    <span className={over ? 'char-count char-count--over' : 'char-count'}>
      {value.length.toLocaleString('nl-NL')} van {max.toLocaleString('nl-NL')} tekens{over ? ': te lang' : ''}
    </span>
  );
}

/** The form's own check of a text's length, with the field's name in the message. */
export function tooLong(value: string, max: number): boolean {
  return value.trim().length > max;
}
