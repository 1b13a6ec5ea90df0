import { useEffect, type RefObject } from 'react';

/**
 * Marks every occurrence of a query inside an element with the CSS Custom Highlight API (no DOM
 * changes under React's feet): `::highlight(search-match)` in the styles colours them.
 */
export function useSearchMarks(container: RefObject<HTMLElement | null>, query: string | undefined, version: unknown): void {
  useEffect(() => {
    const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    const root = container.current?.querySelector('article.highlighted') ?? undefined;
    if (!registry || !HighlightCtor) return;
    registry.delete('search-match');
    const q = query?.trim().toLowerCase();
    if (!q || !root) return;
    const ranges: Range[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? '').toLowerCase();
      for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + q.length);
        ranges.push(range);
      }
    }
    registry.set('search-match', new HighlightCtor(...ranges));
    return () => void registry.delete('search-match');
  }, [container, query, version]);
}
