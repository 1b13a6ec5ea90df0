import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** Characters of one tool result sent to the model; past this it is cut and says so. */
export const TOOL_RESULT_LIMIT = 100_000;

type Block = CallToolResult['content'][number];

function blockText(block: Block): string {
  switch (block.type) {
    case 'text':
      return block.text;
    case 'image':
    case 'audio':
      // The protocols' tool results take text everywhere; media is described, not sent.
      return `[${block.type}: ${block.mimeType}, ${Math.round((block.data.length * 3) / 4)} bytes]`;
    case 'resource': {
      const r = block.resource as { uri: string; text?: string; mimeType?: string };
      return r.text !== undefined ? r.text : `[resource: ${r.uri}${r.mimeType ? `, ${r.mimeType}` : ''}]`;
    }
    case 'resource_link':
      return `[resource link: ${block.uri}${block.name ? ` (${block.name})` : ''}]`;
    default:
      return JSON.stringify(block);
  }
}

/** A tool's result as the text the model reads, cut at the limit with a note saying how much was left out. Pure. */
export function toolResultText(result: CallToolResult, limit = TOOL_RESULT_LIMIT): string {
  const content = Array.isArray(result.content) ? result.content : [];
  let text = content.map(blockText).join('\n');
  if (!text && result.structuredContent !== undefined) text = JSON.stringify(result.structuredContent);
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}\n[… ${text.length - limit} more characters of this result were not sent]`;
}
