/** Date of this statement and of the checks it reports. Update it when the checks are done again. */
export const STATEMENT_DATE = '28 november 2026';
