import { AppError } from '../../shared/errors';
import type { ChatMessage } from '../../shared/chat';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import type { ConversationTree } from './tree';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a Switchboard history export. Pure; throws a readable error on anything else. */
export function parseSwitchboardExport(value: unknown): ConversationTree[] {
  if (!isObject(value) || value.format !== EXPORT_FORMAT) throw new AppError('bad-import', 'This is not a Switchboard history export (no "format": "switchboard-history").');
  if (typeof value.version !== 'number' || value.version > EXPORT_VERSION) throw new AppError('bad-import', `This export was written by a newer Switchboard (format ${String(value.version)}).`);
  if (!Array.isArray(value.conversations)) throw new AppError('bad-import', 'The export holds no conversations.');
  return value.conversations.filter((c): c is ConversationTree => isObject(c) && typeof c.id === 'string' && typeof c.title === 'string' && Array.isArray(c.messages));
}

interface ChatGptNode {
  id: string;
  parent?: string | null;
  message?: { id?: string; author?: { role?: string }; create_time?: number | null; content?: { content_type?: string; parts?: unknown[] } } | null;
}

function textOf(node: ChatGptNode): string {
  const parts = node.message?.content?.parts ?? [];
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

/**
 * Reads ChatGPT's `conversations.json` export: each conversation's `mapping` tree, with every branch
 * kept and the one at `current_node` shown. System, tool and empty messages are left out; the turn
 * after one hangs from the nearest message that was kept. Pure.
 */
export function parseChatGptExport(value: unknown, newId: () => string, now: number): ConversationTree[] {
  if (!Array.isArray(value)) throw new AppError('bad-import', "This is not ChatGPT's conversations.json (a list of conversations).");
  return value.filter(isObject).map((c) => {
    const mapping = (isObject(c.mapping) ? c.mapping : {}) as Record<string, ChatGptNode>;
    const kept = new Map<string, ChatMessage & { parentId: string | null }>();
    const keptAncestor = (id: string | null | undefined): string | null => {
      for (let at = id; at; at = mapping[at]?.parent) if (kept.has(at)) return at;
      return null;
    };
    // Parents before children: walk from each root down, in mapping order.
    const order: ChatGptNode[] = [];
    const visit = (id: string) => {
      const node = mapping[id];
      if (!node) return;
      order.push(node);
      for (const child of ((node as { children?: string[] }).children ?? [])) visit(child);
    };
    for (const node of Object.values(mapping)) if (!node.parent) visit(node.id);
    for (const node of order) {
      const role = node.message?.author?.role;
      const text = textOf(node);
      if ((role !== 'user' && role !== 'assistant') || !text.trim()) continue;
      kept.set(node.id, { id: newId(), parentId: keptAncestor(node.parent), role, content: text, createdAt: Math.round((node.message?.create_time ?? c.create_time ?? now / 1000) as number) * 1000, status: 'done' });
    }
    // Kept messages point at kept parents by their new ids.
    const messages = [...kept.values()].map((m) => ({ ...m, parentId: m.parentId ? (kept.get(m.parentId)?.id ?? null) : null }));
    const leafNode = keptAncestor(typeof c.current_node === 'string' ? c.current_node : undefined);
    const created = typeof c.create_time === 'number' ? Math.round(c.create_time * 1000) : now;
    return {
      id: newId(),
      title: typeof c.title === 'string' && c.title.trim() ? c.title : 'Imported conversation',
      createdAt: created,
      updatedAt: typeof c.update_time === 'number' ? Math.round(c.update_time * 1000) : created,
      providerId: 'openai',
      model: typeof c.default_model_slug === 'string' ? c.default_model_slug : 'gpt-4o',
      messages,
      currentLeaf: leafNode ? (kept.get(leafNode)?.id ?? null) : (messages.at(-1)?.id ?? null),
    };
  });
}
