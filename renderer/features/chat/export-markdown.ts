import type { Conversation } from '../../../electron/shared/chat';

/** A conversation as a Markdown document: title, provider and model, each turn. Pure. */
export function conversationMarkdown(c: Conversation): string {
  const lines = [`# ${c.title}`, '', `*${c.providerId} · ${c.model}*`, ''];
  if (c.system?.trim()) lines.push('## System prompt', '', c.system.trim(), '');
  for (const m of c.messages) {
    lines.push(`## ${m.role === 'user' ? 'You' : `Assistant${m.model ? ` (${m.model})` : ''}`}`, '');
    if (m.reasoning) lines.push('<details><summary>Reasoning</summary>', '', m.reasoning.trim(), '', '</details>', '');
    if (m.content) lines.push(m.content.trim(), '');
    for (const t of m.toolCalls ?? []) lines.push(`Tool call \`${t.name}\`:`, '', '```json', t.arguments, '```', '');
    if (m.error) lines.push(`> Error${m.error.status ? ` (HTTP ${m.error.status})` : ''}: ${m.error.message}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
