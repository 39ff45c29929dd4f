import { OWNERSHIP_RUNGS } from '../../lib/labels';

export const RUNG_OPTIONS = Object.entries(OWNERSHIP_RUNGS).map(([value, l]) => ({ value, label: `${value}. ${l}` }));
