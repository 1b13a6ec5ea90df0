import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layers are enforced by lint; this proves each restriction fires (and stays quiet on good code).
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}
const importing = (what: string) => `import { x } from '${what}';\nexport const y = x;\n`;
const typeImporting = (what: string) => `import type { X } from '${what}';\nexport type Y = X;\n`;

describe('lint: layers', () => {
  it('shared imports nothing outside itself', async () => {
    expect(await ruleIds(importing('zod'), 'electron/shared/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('node:fs'), 'electron/shared/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('../core/app'), 'electron/shared/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('./chat'), 'electron/shared/probe.ts')).toEqual([]);
  });
  it('the core never imports electron, the transport, the adapters or a host', async () => {
    expect(await ruleIds(importing('electron'), 'electron/core/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('../ipc/serve'), 'electron/core/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('../../ipc/contract'), 'electron/core/chat/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('../../adapters/windows'), 'electron/core/chat/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('../web/server'), 'electron/core/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('../../shared/chat'), 'electron/core/chat/probe.ts')).toEqual([]);
    expect(await ruleIds(importing('node:path'), 'electron/core/probe.ts')).toEqual([]);
  });
  it('the contract is shared types and zod: no core, no Node, no electron', async () => {
    expect(await ruleIds(importing('../core/app'), 'electron/ipc/contract.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('node:fs'), 'electron/ipc/serve.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('electron'), 'electron/ipc/channels.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('../shared/chat'), 'electron/ipc/contract.ts')).toEqual([]);
  });
  it('handlers reach the core, never the adapters', async () => {
    expect(await ruleIds(importing('../../core/app'), 'electron/ipc/handlers/probe.ts')).toEqual([]);
    expect(await ruleIds(importing('../../adapters/windows'), 'electron/ipc/handlers/probe.ts')).toContain('no-restricted-imports');
  });
  it('the Node hosts (preview, CLI) and host helpers never import electron', async () => {
    expect(await ruleIds(importing('electron'), 'electron/web/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('../adapters/windows'), 'electron/cli/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('electron'), 'electron/host/probe.ts')).toContain('no-restricted-imports');
  });
  it('the preload imports only electron and the channel names', async () => {
    expect(await ruleIds(importing('./ipc/contract'), 'electron/preload.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(importing('./ipc/channels'), 'electron/preload.ts')).toEqual([]);
  });
});

describe('lint: the renderer', () => {
  it('forbids Node built-ins, electron and ipcRenderer', async () => {
    expect(await ruleIds(importing('node:fs'), 'renderer/probe.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds(importing('electron'), 'renderer/probe.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('declare const w: { ipcRenderer: unknown };\nexport const r = w.ipcRenderer;\n', 'renderer/probe.ts')).toContain('no-restricted-syntax');
  });
  it('takes from electron/ only the shared layer and the contract’s types', async () => {
    expect(await ruleIds(typeImporting('../electron/ipc/contract'), 'renderer/probe.ts')).toEqual([]);
    expect(await ruleIds(importing('../electron/shared/protocols'), 'renderer/probe.ts')).toEqual([]);
    expect(await ruleIds(importing('../electron/ipc/contract'), 'renderer/probe.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds(importing('../electron/core/providers/registry'), 'renderer/probe.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds(typeImporting('../electron/core/app'), 'renderer/probe.ts')).toContain('@typescript-eslint/no-restricted-imports');
  });
});

describe('lint: shape', () => {
  it('forbids a top-level await in the Electron main process, not inside functions', async () => {
    expect(await ruleIds("import { app } from 'electron';\nawait app.whenReady();\n", 'electron/main.ts')).toContain('switchboard/no-top-level-await');
    expect(await ruleIds('for await (const x of []) console.log(x);\nexport {};\n', 'electron/adapters/probe.ts')).toContain('switchboard/no-top-level-await');
    expect(await ruleIds('export async function f() {\n  await Promise.resolve();\n}\n', 'electron/core/probe.ts')).toEqual([]);
    expect(await ruleIds('await Promise.resolve();\nexport {};\n', 'electron/cli.ts')).toEqual([]);
  });
  it('keeps functions under 80 lines and files under 300', async () => {
    const longFunction = `export function f(): number {\n${Array.from({ length: 85 }, (_, i) => `  const v${i} = ${i};`).join('\n')}\n  return v0;\n}\n`;
    expect(await ruleIds(longFunction, 'electron/core/probe.ts')).toContain('max-lines-per-function');
    const longFile = Array.from({ length: 310 }, (_, i) => `export const c${i} = ${i};`).join('\n');
    expect(await ruleIds(longFile, 'renderer/probe.ts')).toContain('max-lines');
  });
});
