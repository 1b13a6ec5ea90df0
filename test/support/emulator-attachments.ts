import type { EmulatedProtocol } from './emulator-protocols';

/**
 * What the emulator saw attached to the last user message, checked against each protocol's exact
 * shape: a malformed part is a 400 naming what is wrong, as a strict host would answer.
 */
export type Seen = { kind: 'image'; mime: string; bytes: number } | { kind: 'pdf'; bytes: number } | { kind: 'file'; name: string; text: string };

const B64 = /^[A-Za-z0-9+/]+={0,2}$/;

function decoded(b64: unknown, where: string): number {
  if (typeof b64 !== 'string' || !B64.test(b64)) throw new Error(`${where}: not base64`);
  return Buffer.from(b64, 'base64').byteLength;
}

function dataUrl(url: unknown, where: string): { mime: string; bytes: number } {
  const m = typeof url === 'string' ? /^data:(image\/(?:png|jpeg|webp|gif));base64,(.+)$/.exec(url) : null;
  if (!m) throw new Error(`${where}: expected a data:image/...;base64 URL`);
  return { mime: m[1]!, bytes: decoded(m[2], where) };
}

const FILE = /^<file name="([^"]*)">\n([\s\S]*)\n<\/file>$/;
function textPart(text: unknown, seen: Seen[]): void {
  const m = typeof text === 'string' ? FILE.exec(text) : null;
  if (m) seen.push({ kind: 'file', name: m[1]!, text: m[2]! });
}

type Obj = Record<string, unknown>;

function lastUser(protocol: EmulatedProtocol, body: Obj): Obj | undefined {
  const list = (protocol === 'gemini' ? body.contents : protocol === 'openai-responses' ? body.input : body.messages) as Obj[] | undefined;
  return [...(list ?? [])].reverse().find((m) => m.role === 'user');
}

/** The attachments of the last user message; throws with the reason when a part has the wrong shape. */
export function seenAttachments(protocol: EmulatedProtocol, body: Obj): Seen[] {
  const last = lastUser(protocol, body);
  const seen: Seen[] = [];
  if (!last) return seen;
  if (protocol === 'ollama') {
    for (const [i, img] of ((last.images as unknown[]) ?? []).entries()) seen.push({ kind: 'image', mime: 'image/*', bytes: decoded(img, `messages[].images[${i}]`) });
    for (const m of String(last.content ?? '').matchAll(/<file name="([^"]*)">\n([\s\S]*?)\n<\/file>/g)) seen.push({ kind: 'file', name: m[1]!, text: m[2]! });
    return seen;
  }
  if (protocol === 'gemini') {
    for (const [i, part] of ((last.parts as Obj[]) ?? []).entries()) {
      const inline = part.inlineData as Obj | undefined;
      if (inline) {
        if (typeof inline.mimeType !== 'string') throw new Error(`parts[${i}].inlineData.mimeType missing`);
        const bytes = decoded(inline.data, `parts[${i}].inlineData.data`);
        seen.push(inline.mimeType === 'application/pdf' ? { kind: 'pdf', bytes } : { kind: 'image', mime: inline.mimeType, bytes });
      } else if ('text' in part) textPart(part.text, seen);
      else throw new Error(`parts[${i}]: neither text nor inlineData`);
    }
    return seen;
  }
  if (typeof last.content === 'string') return seen;
  for (const [i, part] of ((last.content as Obj[]) ?? []).entries()) {
    const where = `content[${i}]`;
    switch (`${protocol}:${String(part.type)}`) {
      case 'openai-chat:text':
      case 'openai-responses:input_text':
      case 'anthropic:text':
        textPart(part.text, seen);
        break;
      case 'openai-chat:image_url':
        seen.push({ kind: 'image', ...dataUrl((part.image_url as Obj | undefined)?.url, `${where}.image_url.url`) });
        break;
      case 'openai-responses:input_image':
        seen.push({ kind: 'image', ...dataUrl(part.image_url, `${where}.image_url`) });
        break;
      case 'anthropic:image': {
        const source = part.source as Obj | undefined;
        if (source?.type !== 'base64' || !/^image\/(png|jpeg|webp|gif)$/.test(String(source.media_type))) throw new Error(`${where}.source: expected type base64 with an image media_type`);
        seen.push({ kind: 'image', mime: String(source.media_type), bytes: decoded(source.data, `${where}.source.data`) });
        break;
      }
      case 'anthropic:document': {
        const source = part.source as Obj | undefined;
        if (source?.type !== 'base64' || source.media_type !== 'application/pdf') throw new Error(`${where}.source: expected base64 application/pdf`);
        seen.push({ kind: 'pdf', bytes: decoded(source.data, `${where}.source.data`) });
        break;
      }
      default:
        throw new Error(`${where}: unexpected part type ${String(part.type)} for ${protocol}`);
    }
  }
  return seen;
}

/** How the emulator says what it saw, appended to its reply. Pure. */
export function describeSeen(seen: readonly Seen[]): string {
  return seen.map((s) => (s.kind === 'image' ? ` [image ${s.mime} ${s.bytes} bytes]` : s.kind === 'pdf' ? ` [pdf ${s.bytes} bytes]` : ` [file ${s.name}: ${s.text.slice(0, 40)}]`)).join('');
}
