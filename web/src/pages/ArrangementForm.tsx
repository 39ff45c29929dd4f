/** The arrangement form: its values and checks, and its fields (in ./arrangement). */
export {
  ARRANGEMENT_FIELD_NAMES,
  EMPTY_ARRANGEMENT,
  allowedStatuses,
  parseArrangement,
  valuesOf,
  type ArrangementValues,
  type ParsedArrangement,
} from './arrangement/arrangement-values';
export { ArrangementFormFields } from './arrangement/ArrangementFormFields';
