/** One thing the palette can do. */
export interface PaletteItem {
  id: string;
  label: string;
  /** Lower is shown first when nothing is typed. */
  group: number;
}

/**
 * The items that match what was typed: every word must appear (case-insensitive), items whose
 * label starts with the query first, then by group, then in their order. Pure.
 */
export function matchItems<T extends PaletteItem>(items: readonly T[], query: string, limit = 50): T[] {
  // Punctuation does not count: "use model gpt" finds "Use model: gpt-4o".
  const plain = (text: string) => text.toLowerCase().replace(/[:“”"']/g, '').replace(/\s+/g, ' ').trim();
  const q = plain(query);
  const words = q.split(' ').filter(Boolean);
  const scored = items
    .map((item, index) => ({ item, index, label: plain(item.label) }))
    .filter(({ label }) => words.every((w) => label.includes(w)))
    .map((x) => ({ ...x, rank: q && x.label.includes(q) ? (x.label.startsWith(q) || x.label.includes(` ${q}`) ? 0 : 1) : 2 }));
  scored.sort((a, b) => a.rank - b.rank || a.item.group - b.item.group || a.index - b.index);
  return scored.slice(0, limit).map((x) => x.item);
}
