import type { ChatMessage } from '../../shared/chat';

/** What a message tree needs for walking: the id and the parent of each message, in creation order. */
export interface TreeNode {
  id: string;
  parentId: string | null;
}

/** Children of each parent (root messages under ''), in creation order. Pure. */
export function childrenOf(nodes: readonly TreeNode[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    const key = n.parentId ?? '';
    const list = children.get(key);
    if (list) list.push(n.id);
    else children.set(key, [n.id]);
  }
  return children;
}

/** The newest leaf below a message, always taking the latest child: where a branch continues. Pure. */
export function latestLeaf(from: string, children: ReadonlyMap<string, string[]>): string {
  let at = from;
  for (let next = children.get(at); next?.length; next = children.get(at)) at = next[next.length - 1]!;
  return at;
}

/**
 * The messages shown: the path from the root to `leaf` (or to the newest leaf when it is missing),
 * each with its siblings' ids when it has versions. Pure.
 */
export function activePath(messages: readonly (ChatMessage & { parentId: string | null })[], leaf: string | null): ChatMessage[] {
  if (!messages.length) return [];
  const byId = new Map(messages.map((m) => [m.id, m]));
  const children = childrenOf(messages);
  const end = leaf && byId.has(leaf) ? leaf : latestLeaf('', children);
  const path: ChatMessage[] = [];
  for (let at: string | null | undefined = end; at; at = byId.get(at)?.parentId) {
    const m = byId.get(at);
    if (!m) break;
    const { parentId, ...message } = m;
    const siblings = children.get(parentId ?? '') ?? [];
    path.push(siblings.length > 1 ? { ...message, siblings } : message);
  }
  return path.reverse();
}
