import { writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';
import { CANARY_KEY } from '../../../support/canary';
import { startEmulator, type Emulator } from '../../../support/emulator';
import { pdfWithText, pngOf } from '../../../support/files';
import { useTempDir } from '../../../support/temp-dir';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
});
afterAll(() => emulator.close());

const chat = (extra: string[]) => ['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', ...extra];

describe('chat --attach', () => {
  const dir = useTempDir('sb-cli-attach-');

  it('sends images and documents, and --json shows the request body with the files elided', async () => {
    const png = join(dir(), 'shot.png');
    writeFileSync(png, await pngOf(50, 40));
    const pdf = join(dir(), 'report.pdf');
    writeFileSync(pdf, pdfWithText(['Sales doubled']));
    const r = await cli(chat(['--message', 'what is this', '--attach', png, '--attach', pdf, '--json']), { TOGETHER_API_KEY: CANARY_KEY });
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.text).toContain('[image image/png');
    expect(json.text).toContain('[file report.pdf: Sales doubled');
    expect(json.exchanges[0].request.body).toMatch(/<image\/png \d+ (B|KB) sha256 [0-9a-f]{8}…>/);
    expect(r.out.length).toBeLessThan(20_000);
  });

  it('exits 2 naming the file and the reason, before any request', async () => {
    const before = emulator.requests.length;
    const missing = await cli(chat(['--message', 'x', '--attach', join(dir(), 'nope.png')]), { TOGETHER_API_KEY: CANARY_KEY });
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.png: no such file/);
    const video = join(dir(), 'clip.mp4');
    writeFileSync(video, 'x');
    const unsupported = await cli(chat(['--message', 'x', '--attach', video]), { TOGETHER_API_KEY: CANARY_KEY });
    expect(unsupported.code).toBe(2);
    expect(unsupported.err).toMatch(/clip\.mp4: this kind of file cannot be attached/);
    const huge = join(dir(), 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 11 * 1024 * 1024); // sparse: checked from its size, never read
    const tooBig = await cli(chat(['--message', 'x', '--attach', huge]), { TOGETHER_API_KEY: CANARY_KEY });
    expect(tooBig.code).toBe(2);
    expect(tooBig.err).toMatch(/huge\.txt: 11\.0 MB is over the 10\.0 MB limit for text files/);
    expect(emulator.requests.length).toBe(before);
  });
});
