import { YEAR_CHOOSER_TEXTS as T } from '@regiekamer/texts';
import { SelectField } from '../../components/Form';

/** The year the podium shows: this year and the ten before it. */
export function YearChooser({ year, thisYear, onChange }: { year: number; thisYear: number; onChange: (year: number) => void }) {
  const years = Array.from({ length: 11 }, (_, i) => String(thisYear - i));
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={T.label}>
      <SelectField
        formId="podium"
        name="jaar"
        label={T.yearLabel}
        value={String(year)}
        onChange={(v) => v && onChange(Number(v))}
        options={years.map((y) => ({ value: y, label: y }))}
        errors={[]}
      />
    </form>
  );
}
