import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamTurn } from '../../../../../electron/core/chat/stream-turn';
import { refusesTools } from '../../../../../electron/core/chat/tool-wire';
import { randomId, systemClock } from '../../../../../electron/core/clock';
import { McpToolHost, type ApprovalMode } from '../../../../../electron/core/mcp/mcp-tool-host';
import { RecordingFetch } from '../../../../../electron/core/net/recording-fetch';
import { WireLog } from '../../../../../electron/core/net/wire-log';
import { resolveTarget } from '../../../../../electron/core/providers/provider-settings';
import { findPreset } from '../../../../../electron/core/providers/registry';
import type { ToolStep } from '../../../../../electron/shared/tools';
import { CANARY_KEY } from '../../../../support/canary';
import { emulatorBase, PROTOCOL_SETUPS, startEmulator, type Emulator } from '../../../../support/emulator';
import { TOOL_PREFACE } from '../../../../support/emulator-tool-frames';
import { stdioSpec, testMcp } from '../../../../support/mcp';
import type { McpServerSpec } from '../../../../../electron/core/mcp/server-spec';

let emulator: Emulator;
const SERVER_SECRET = 'sb-canary-server-secret-0123456789';
const servers: McpServerSpec[] = [stdioSpec('tools', 'ok', { env: { TOOLS_API_TOKEN: SERVER_SECRET }, secrets: [SERVER_SECRET] })];
const { mcp } = testMcp(servers);
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY, chunkDelayMs: 1 });
});
afterAll(async () => {
  await emulator.close();
  await mcp.closeAll();
});


function host(approval: ApprovalMode) {
  return new McpToolHost({ mcp, servers: async () => servers, approval, alwaysAllow: async () => undefined, now: () => Date.now() });
}

async function turn(setup: (typeof PROTOCOL_SETUPS)[number], text: string, approval: ApprovalMode = { override: 'allow', ask: async () => 'deny' }, options: { stream?: boolean; signal?: AbortSignal } = {}) {
  const target = resolveTarget(findPreset(setup.provider)!, { baseUrl: emulatorBase(emulator.root, setup.base), protocol: setup.protocol }, CANARY_KEY, 'emu-small');
  const snapshots: ToolStep[][] = [];
  const log = new WireLog();
  const message = await streamTurn({
    http: new RecordingFetch((i, init) => fetch(i, init), log, systemClock, randomId),
    resolveTarget: async () => target,
    listModelIds: async () => ['emu-small'],
    message: { id: 'a1', role: 'assistant', content: '', createdAt: 0, providerId: setup.provider, model: 'emu-small' },
    wire: [{ role: 'user', content: text }],
    signal: options.signal ?? new AbortController().signal,
    stream: options.stream ?? true,
    onText: () => undefined,
    onReasoning: () => undefined,
    tools: host(approval),
    turn: { requestId: 'r1', conversationId: 'c1' },
    onStep: (steps) => snapshots.push(structuredClone([...steps])),
  });
  return { message, snapshots, log };
}

describe.each(PROTOCOL_SETUPS)('the tool loop over $protocol', (setup) => {
  it('offers the tools, runs the calls side by side, sends the results back, and gets the answer', async () => {
    const { message, log } = await turn(setup, 'Please call:echo({"text":"hi there"}) and call:add({"a":2,"b":40})');
    expect(message.status).toBe('done');
    expect(message.content).toBe('The tools said: echo = echo: hi there | add = 42');
    expect(message.steps).toHaveLength(1);
    const step = message.steps![0]!;
    expect(step.text).toBe(TOOL_PREFACE);
    expect(step.calls.map((c) => [c.server, c.tool, c.state, c.result])).toEqual([
      ['tools', 'echo', 'done', 'echo: hi there'],
      ['tools', 'add', 'done', '42'],
    ]);
    expect(log.list()).toHaveLength(2);
    expect(message.exchangeIds).toHaveLength(2);
  });

  it('works without streaming too', async () => {
    const { message } = await turn(setup, 'call:add({"a":1,"b":1})', undefined, { stream: false });
    expect(message.content).toBe('The tools said: add = 2');
  });

  it('sends a failing tool back as an error result', async () => {
    const { message } = await turn(setup, 'call:fail({})');
    expect(message.steps![0]!.calls[0]).toMatchObject({ state: 'error', result: 'Something went wrong on purpose.' });
    // Anthropic and Gemini mark the error on the wire; the others carry it in the text.
    expect(message.content).toMatch(/^The tools said: fail( \(error\))? = Something went wrong on purpose\.$/);
    if (setup.protocol === 'anthropic' || setup.protocol === 'gemini') expect(message.content).toContain('(error)');
  });
});

describe('a model that takes no tools', () => {
  it.each([PROTOCOL_SETUPS[0]!, PROTOCOL_SETUPS[4]!])('over $protocol: asked again without them, and the answer says so', async (setup) => {
    const target = resolveTarget(findPreset(setup.provider)!, { baseUrl: emulatorBase(emulator.root, setup.base), protocol: setup.protocol }, CANARY_KEY, 'emu-notools');
    const message = await streamTurn({
      http: new RecordingFetch((i, init) => fetch(i, init), new WireLog(), systemClock, randomId),
      resolveTarget: async () => target,
      listModelIds: async () => ['emu-notools'],
      message: { id: 'a1', role: 'assistant', content: '', createdAt: 0 },
      wire: [{ role: 'user', content: 'hello' }],
      signal: new AbortController().signal,
      onText: () => undefined,
      onReasoning: () => undefined,
      tools: host({ override: 'allow', ask: async () => 'deny' }),
    });
    expect(message).toMatchObject({ status: 'done', toolsRefused: true, content: 'Hello from the emulator. You said: hello' });
    expect(message.exchangeIds).toHaveLength(2);
  });

  it('knows the words hosts use', () => {
    for (const said of ['registry.ollama.ai/library/gemma:latest does not support tools', 'deepseek-reasoner does not support Function Calling', 'No endpoints found that support tool use.', '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set', 'Function calling is not enabled for models/gemini-1.0-pro'])
      expect(refusesTools(400, said), said).toBe(true);
    expect(refusesTools(400, 'Invalid value for temperature')).toBe(false);
    expect(refusesTools(401, 'does not support tools')).toBe(false);
  });
});

describe('approval in the loop', () => {
  const setup = PROTOCOL_SETUPS[0]!;

  it('asks before running, shows the arguments, and sends a denial back as a refusal', async () => {
    const asked: string[] = [];
    const { message, snapshots } = await turn(setup, 'call:echo({"text":"secret plans"})', {
      ask: async (request) => {
        asked.push(`${request.server}/${request.tool} ${request.arguments}`);
        return 'deny';
      },
    });
    expect(asked).toEqual(['tools/echo {"text":"secret plans"}']);
    expect(snapshots.some((s) => s[0]!.calls[0]!.state === 'awaiting-approval')).toBe(true);
    expect(message.steps![0]!.calls[0]).toMatchObject({ state: 'denied', deniedBy: 'user' });
    expect(message.content).toBe('The tools said: echo = The user denied this tool call.');
  });

  it('refuses every call with --approve none and still offers the tools', async () => {
    const { message } = await turn(setup, 'call:echo({"text":"x"})', { override: 'deny', ask: async () => 'once' });
    expect(message.steps![0]!.calls[0]).toMatchObject({ state: 'denied', deniedBy: 'policy' });
  });

  it('Stop during a running tool aborts it and keeps the rounds so far', async () => {
    const stop = new AbortController();
    const pending = turn(setup, 'call:slow({"ms":30000})', undefined, { signal: stop.signal });
    setTimeout(() => stop.abort(), 400);
    const { message } = await pending;
    expect(message.status).toBe('aborted');
    expect(message.steps![0]!.calls[0]!.state).toBe('aborted');
  });

  it("keeps a server's secret out of the result even when a tool echoes it", async () => {
    const { message } = await turn(setup, 'call:env({"name":"TOOLS_API_TOKEN"})');
    expect(message.steps![0]!.calls[0]!.result).toMatch(/^sb-c…6789$/);
    expect(JSON.stringify(message)).not.toContain(SERVER_SECRET);
  });

  it('sends a large result, cut at the limit with a note', async () => {
    const { message } = await turn(setup, 'call:big({"kb":300})');
    const result = message.steps![0]!.calls[0]!.result!;
    expect(result).toMatch(/\[… \d+ more characters of this result were not sent\]$/);
    expect(result.length).toBeLessThan(101_000);
  });
});
