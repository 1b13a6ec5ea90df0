import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttachmentService } from '../../../../../electron/core/attachments/attachment-service';
import { runChat } from '../../../../../electron/core/chat/run-chat';
import { randomId, systemClock } from '../../../../../electron/core/clock';
import { RecordingFetch } from '../../../../../electron/core/net/recording-fetch';
import { WireLog } from '../../../../../electron/core/net/wire-log';
import { adapterFor } from '../../../../../electron/core/providers/protocols';
import { resolveTarget } from '../../../../../electron/core/providers/provider-settings';
import { findPreset } from '../../../../../electron/core/providers/registry';
import { CANARY_KEY } from '../../../../support/canary';
import { emulatorBase, PROTOCOL_SETUPS, startEmulator, type Emulator } from '../../../../support/emulator';
import { pdfWithText, pngOf } from '../../../../support/files';
import { makeTempDir } from '../../../../support/temp-dir';


let emulator: Emulator;
let service: AttachmentService;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
  service = new AttachmentService(makeTempDir('sb-wire-'));
});
afterAll(() => emulator.close());

async function ask(setup: (typeof PROTOCOL_SETUPS)[number], files: { name: string; bytes: Buffer }[]) {
  const target = resolveTarget(findPreset(setup.provider)!, { baseUrl: emulatorBase(emulator.root, setup.base), protocol: setup.protocol }, CANARY_KEY, 'emu-small');
  const refs = await Promise.all(files.map((f) => service.add(f.name, '', f.bytes)));
  const log = new WireLog();
  const outcome = await runChat({
    http: new RecordingFetch(fetch, log, systemClock, randomId),
    adapter: adapterFor(setup.protocol),
    target,
    messages: [{ role: 'user', content: 'look at these', parts: refs.map((r) => service.part(r, setup.protocol)) }],
    stream: true,
  });
  return { outcome, log };
}

describe('attachments in every protocol’s own shape (the emulator refuses any other)', () => {
  it.each(PROTOCOL_SETUPS)('$protocol: an image and a text file arrive, and the log shows neither as base64', async (setup) => {
    const png = await pngOf(64, 48);
    const { outcome, log } = await ask(setup, [
      { name: 'shot.png', bytes: png },
      { name: 'notes.md', bytes: Buffer.from('# Notes\nremember the milk') },
    ]);
    expect(outcome.error).toBeUndefined();
    expect(outcome.text).toContain('You said: look at these');
    expect(outcome.text).toMatch(/\[image image\/(png|\*) \d+ bytes\]/);
    expect(outcome.text).toContain('[file notes.md: # Notes');
    const body = log.list()[0]!.request.body ?? '';
    expect(body).toMatch(/<image\/png \d+ (B|KB) sha256 [0-9a-f]{8}…>|<binary \d+ (B|KB) sha256 [0-9a-f]{8}…>/);
    expect(body).not.toContain(png.toString('base64').slice(0, 200));
  });

  it.each(PROTOCOL_SETUPS)('$protocol: a PDF arrives as the PDF itself where the protocol reads PDFs, else as its text', async (setup) => {
    const { outcome } = await ask(setup, [{ name: 'report.pdf', bytes: pdfWithText(['Revenue grew twelve percent']) }]);
    expect(outcome.error).toBeUndefined();
    if (setup.protocol === 'anthropic' || setup.protocol === 'gemini') expect(outcome.text).toMatch(/\[pdf \d+ bytes\]/);
    else expect(outcome.text).toContain('[file report.pdf: Revenue grew twelve percent');
  });
});
