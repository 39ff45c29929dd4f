/** The bar's fill in percent: the ratio as a share of the bar, at most full (an overspend shows full and marked). */
export function barWidth(ratio: number): number {
  return Math.max(0, Math.min(100, Math.round(ratio * 100)));
}
