import { FORM_TEXTS, formatText } from '@regiekamer/texts';
import { FormFieldDescription } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { countAnnouncement } from '../lib/checks';

const PAUSE_MS = 1000;

/**
 * "123 van 2.000 tekens" under a text field (GOV.UK's character count): the field names it in aria-describedby, so it is
 * read on focus; while typing, screen readers hear it only near the limit, in a polite live region, after a pause.
 * Over the limit it turns into an error-coloured "5 tekens te veel."; the form refuses to send until it fits.
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const [announced, setAnnounced] = useState('');
  const message = countAnnouncement(length, max);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  const over = length > max;
  return (
    <>
      <FormFieldDescription id={id} className={over ? 'character-count character-count--over' : 'character-count'}>
        {formatText(FORM_TEXTS.counter, { count: length, max })}
        {over && <> — {message}</>}
      </FormFieldDescription>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
