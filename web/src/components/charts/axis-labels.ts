/**
 * About the width of a character of the axis text (13 px Noto Sans: digits are among the widest, at about 0.57 em),
 * on the safe side, and the room kept free between two labels.
 */
const CHAR_WIDTH = 7.5;
const GAP = 8;

/**
 * Every how many categories a label is written so that no two labels overlap: 1 is each, 2 every other one. `space` is
 * the distance between two neighbouring categories in pixels, `longest` the number of characters of the longest label.
 */
export function labelStep(space: number, longest: number): number {
  if (space <= 0) return 1;
  return Math.max(1, Math.ceil((longest * CHAR_WIDTH + GAP) / space));
}

/**
 * The labels of an axis of `width` pixels with `count` categories: the full ones when they fit at every other category
 * at most, else the short ones (when there are), each written every `step` categories.
 */
export function axisLabels(
  categories: readonly string[],
  width: number,
  short?: readonly string[],
): { labels: readonly string[]; step: number } {
  const space = categories.length <= 1 ? width : width / (categories.length - 1);
  const longest = (labels: readonly string[]) => Math.max(0, ...labels.map((l) => l.length));
  const step = labelStep(space, longest(categories));
  if (step <= 2 || short?.length !== categories.length) return { labels: categories, step };
  return { labels: short, step: labelStep(space, longest(short)) };
}
