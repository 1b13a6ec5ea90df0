import { documentText, type WireMessage, type WirePart } from './types';

/**
 * Each protocol's shape for a message with attachments. Text documents ride along as text parts
 * everywhere; images and (where read natively) PDFs take each protocol's own form. Pure.
 */

const docs = (parts: readonly WirePart[]) => parts.flatMap((p) => (p.kind === 'text' ? [documentText(p)] : []));

/** OpenAI Chat Completions (and every compatible host): `content` parts, images as data URLs. */
export function openAiChatContent(m: WireMessage): string | Record<string, unknown>[] {
  if (!m.parts?.length) return m.content;
  return [
    ...(m.content ? [{ type: 'text', text: m.content }] : []),
    ...docs(m.parts).map((text) => ({ type: 'text', text })),
    ...m.parts.flatMap((p) => (p.kind === 'image' ? [{ type: 'image_url', image_url: { url: `data:${p.mime};base64,${p.base64}` } }] : [])),
  ];
}

/** OpenAI Responses: `input_text` and `input_image` items. */
export function openAiResponsesContent(m: WireMessage): string | Record<string, unknown>[] {
  if (!m.parts?.length) return m.content;
  const text = m.role === 'assistant' ? 'output_text' : 'input_text';
  return [
    ...(m.content ? [{ type: text, text: m.content }] : []),
    ...docs(m.parts).map((t) => ({ type: text, text: t })),
    ...m.parts.flatMap((p) => (p.kind === 'image' ? [{ type: 'input_image', image_url: `data:${p.mime};base64,${p.base64}` }] : [])),
  ];
}

/** Anthropic Messages: `image` and `document` blocks with base64 sources, then the text. */
export function anthropicContent(m: WireMessage): string | Record<string, unknown>[] {
  if (!m.parts?.length) return m.content;
  return [
    ...m.parts.flatMap((p) =>
      p.kind === 'image'
        ? [{ type: 'image', source: { type: 'base64', media_type: p.mime, data: p.base64 } }]
        : p.kind === 'pdf'
          ? [{ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: p.base64 }, title: p.name }]
          : [],
    ),
    ...docs(m.parts).map((text) => ({ type: 'text', text })),
    ...(m.content ? [{ type: 'text', text: m.content }] : []),
  ];
}

/** Gemini: `inlineData` parts with the MIME type (images and PDFs), then text parts. */
export function geminiParts(m: WireMessage): Record<string, unknown>[] {
  const files = (m.parts ?? []).flatMap((p) => (p.kind === 'image' ? [{ inlineData: { mimeType: p.mime, data: p.base64 } }] : p.kind === 'pdf' ? [{ inlineData: { mimeType: 'application/pdf', data: p.base64 } }] : []));
  return [...files, ...docs(m.parts ?? []).map((text) => ({ text })), { text: m.content }];
}

/** Ollama: plain base64 `images` on the message; documents in the text. */
export function ollamaMessage(m: WireMessage): Record<string, unknown> {
  const images = (m.parts ?? []).flatMap((p) => (p.kind === 'image' ? [p.base64] : []));
  const content = [...docs(m.parts ?? []), m.content].filter(Boolean).join('\n\n');
  return { role: m.role, content, ...(images.length ? { images } : {}) };
}
