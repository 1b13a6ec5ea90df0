import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellQuote, toCurl } from '../../../../../electron/core/net/curl';
import { CANARY_KEY, containsCanary } from '../../../../support/canary';
import { testCore, until } from '../../../../support/core';
import { startEmulator, type Emulator } from '../../../../support/emulator';

/** Splits a POSIX shell command line into words (single quotes, as toCurl writes them). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      current += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (ch === '\\' && line[i + 1] === "'") {
      current += "'";
      i++;
    } else if (ch === ' ') {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
});
afterAll(() => emulator.close());

async function recorded() {
  const clipboard: string[] = [];
  const t = testCore();
  const { h } = t;
  await h['providers:update']({ providerId: 'together', baseUrl: emulator.baseUrl, model: 'emu-small' });
  await h['keys:set']({ providerId: 'together', key: CANARY_KEY });
  const c = await h['conversations:create']({ providerId: 'together' });
  await h['chat:send']({ conversationId: c.id, text: "it's a \"test\"" });
  await until(() => t.pushes.some((p) => p.channel === 'chat:done'));
  await h['models:list']({ providerId: 'together' });
  await h['keys:delete']({ providerId: 'together' });
  await h['chat:send']({ conversationId: c.id, text: 'again' });
  await until(() => t.pushes.filter((p) => p.channel === 'chat:done').length === 2);
  return { ...t, h, clipboard };
}

describe('curl export', () => {
  it('round-trips method, URL, headers and body, redacted by default', async () => {
    const { core } = await recorded();
    const e = core.wireLog.list()[0]!;
    const curl = toCurl(e);
    expect(containsCanary(curl)).toBe(false);
    const words = shellWords(curl);
    expect(words.slice(0, 5)).toEqual(['curl', '-sS', '-X', 'POST', e.url]);
    const headers = Object.fromEntries(words.flatMap((w, i) => (words[i - 1] === '-H' ? [w.split(/: (.*)/s).slice(0, 2)] : [])));
    expect(headers).toEqual(e.request.headers);
    expect(words[words.indexOf('--data-raw') + 1]).toBe(e.request.body);
    expect(JSON.parse(e.request.body!).messages[0].content).toBe('it\'s a "test"');
  });
  it('quotes for the shell', () => {
    expect(shellQuote("a'b")).toBe("'a'\\''b'");
  });
  it('puts the real key only on the clipboard, never in the answer, and only where a clipboard exists', async () => {
    const { h, core } = await recorded();
    const id = core.wireLog.list()[0]!.id;
    await expect(h['netlog:curl']({ id, withKey: true })).rejects.toThrow(/only available in the desktop app/);
    const plain = await h['netlog:curl']({ id });
    expect(containsCanary(JSON.stringify(plain))).toBe(false);
  });
});
