import { maskSecret } from './mask';

/** Secrets shorter than this are not looked for in free text: too many false matches. */
export const MIN_SECRET_LENGTH = 6;
const MIN_ENCODED_LENGTH = 8;

/**
 * The base64 alphabets' renderings of a secret inside a longer encoded text. A secret's base64
 * depends on its byte offset modulo 3, so each alignment is encoded and the characters its
 * neighbours also influence are dropped from both ends. Pure.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms: string[] = [];
  for (const pad of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64').replace(/=+$/, '');
    const start = [0, 2, 3][pad]!;
    const complete = Math.floor(((pad + bytes.length) * 8) / 6);
    const core = encoded.slice(start, complete);
    if (core.length >= MIN_ENCODED_LENGTH) forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

/** Every form a host may echo a secret in: as is, trimmed, URL-encoded, JSON-escaped, base64. Pure. */
export function secretForms(secret: string): string[] {
  const trimmed = secret.trim();
  const forms = [secret, trimmed, encodeURIComponent(trimmed), JSON.stringify(trimmed).slice(1, -1), ...base64Forms(trimmed)];
  return [...new Set(forms)].filter((f) => f.length >= MIN_SECRET_LENGTH);
}

/** A set of secrets with all their forms, to find and mask in anything recorded or shown. */
export class SecretSet {
  private readonly forms: { form: string; mask: string }[];
  /** Length of the longest form: how much a stream may need to hold back. */
  readonly longest: number;

  constructor(secrets: Iterable<string>) {
    const seen = new Map<string, string>();
    for (const secret of secrets) {
      if (secret.trim().length < MIN_SECRET_LENGTH) continue;
      const mask = maskSecret(secret.trim());
      for (const form of secretForms(secret)) if (!seen.has(form)) seen.set(form, mask);
    }
    this.forms = [...seen].map(([form, mask]) => ({ form, mask })).sort((a, b) => b.form.length - a.form.length);
    this.longest = this.forms[0]?.form.length ?? 0;
  }

  /** True when there is nothing to look for. */
  get empty(): boolean {
    return this.forms.length === 0;
  }

  /** A set with these secrets too. */
  with(more: Iterable<string>): SecretSet {
    return new SecretSet([...this.forms.map((f) => f.form), ...more]);
  }

  /** The text with every form of every secret masked. Pure. */
  scrub(text: string): string {
    let out = text;
    for (const { form, mask } of this.forms) if (out.includes(form)) out = out.split(form).join(mask);
    return out;
  }

  /** True when the text holds any form of any secret. */
  foundIn(text: string): boolean {
    return this.forms.some(({ form }) => text.includes(form));
  }

  /** Length of the longest end of `text` that could be the start of a secret (held back in streams). */
  partialTail(text: string): number {
    let best = 0;
    for (const { form } of this.forms) {
      // Only an end that starts with the form's first character can begin it: jump between those
      // (longest end first) instead of slicing the form at every length, on every streamed chunk.
      const first = form[0]!;
      for (let i = text.indexOf(first, text.length - Math.min(form.length - 1, text.length)); i !== -1 && text.length - i > best; i = text.indexOf(first, i + 1)) {
        if (form.startsWith(text.slice(i))) {
          best = text.length - i;
          break;
        }
      }
    }
    return best;
  }
}

/**
 * Masks secrets in a stream of text pieces, also when one is split across pieces: the end of each
 * piece that could begin a secret is held back until the next piece (or `end`) decides it.
 */
export function createStreamScrubber(secrets: SecretSet): { push(text: string): string; end(): string } {
  let held = '';
  return {
    push(text) {
      if (secrets.empty) return text;
      const scrubbed = secrets.scrub(held + text);
      const keep = secrets.partialTail(scrubbed);
      held = scrubbed.slice(scrubbed.length - keep);
      return scrubbed.slice(0, scrubbed.length - keep);
    },
    end() {
      const rest = secrets.scrub(held);
      held = '';
      return rest;
    },
  };
}
