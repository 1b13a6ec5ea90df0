import type { Conversation } from '../../shared/chat';
import type { ConversationTree } from './tree';
import { formatSize } from '../../shared/attachments';
import { prettyArguments, type ToolStep } from '../../shared/tools';

/** The format name and version of a Switchboard history export. */
export const EXPORT_FORMAT = 'switchboard-history';
/** Bump when the export's shape changes; importers accept this version and below. */
export const EXPORT_VERSION = 1;

/** A Switchboard history export: every conversation with every branch. */
export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  conversations: ConversationTree[];
  /** The attached files, by id: each stored form as base64 (the original, and what was derived from it). */
  files?: Record<string, Partial<Record<'original' | 'send' | 'thumb' | 'text', string>>>;
}

/** Conversations as a Switchboard JSON export (readable, and importable again, attachments included). Pure. */
export function toJsonExport(conversations: readonly ConversationTree[], now: number, files?: HistoryExport['files']): string {
  const doc: HistoryExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), conversations: [...conversations], ...(files && Object.keys(files).length ? { files } : {}) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A conversation (its shown branch) as a Markdown document: title, provider and model, each turn. Pure. */
export function toMarkdown(c: Pick<Conversation, 'title' | 'providerId' | 'model' | 'system' | 'messages'>): string {
  const lines = [`# ${c.title}`, '', `*${c.providerId} · ${c.model}*`, ''];
  if (c.system?.trim()) lines.push('## System prompt', '', c.system.trim(), '');
  for (const m of c.messages) {
    lines.push(`## ${m.role === 'user' ? 'You' : `Assistant${m.model ? ` (${m.model})` : ''}`}`, '');
    if (m.reasoning) lines.push('<details><summary>Reasoning</summary>', '', m.reasoning.trim(), '', '</details>', '');
    if (m.attachments?.length) lines.push(...m.attachments.map((a) => `- Attached: ${a.name} (${a.mime}, ${formatSize(a.size)})`), '');
    for (const step of m.steps ?? []) lines.push(...stepMarkdown(step));
    if (m.content) lines.push(m.content.trim(), '');
    for (const t of m.toolCalls ?? []) lines.push(`Tool call \`${t.name}\`:`, '', '```json', t.arguments, '```', '');
    if (m.error) lines.push(`> Error${m.error.status ? ` (HTTP ${m.error.status})` : ''}: ${m.error.message}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

// A round of tool calls: what the model said, then each call with its arguments and what came back.
function stepMarkdown(step: ToolStep): string[] {
  const out = step.text.trim() ? [step.text.trim(), ''] : [];
  for (const call of step.calls) {
    const who = call.server ? `${call.server} / ${call.tool}` : call.name;
    const fence = (text: string) => '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((x) => x[0].length + 1)));
    out.push(`Tool call \`${who}\` (${call.state}):`, '', '```json', prettyArguments(call.arguments), '```', '');
    if (call.result !== undefined) out.push(fence(call.result), call.result, fence(call.result), '');
  }
  return out;
}

/** A file name for a conversation's export. Pure. */
export function exportFilename(title: string, extension: string): string {
  return `${title.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'conversation'}.${extension}`;
}
