import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The process boundaries are enforced by lint; this proves the rules fire (and stay quiet on good code).
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint boundaries', () => {
  it('forbids a top-level await in the Electron main process, not inside functions', async () => {
    expect(await ruleIds("import { app } from 'electron';\nawait app.whenReady();\n", 'electron/main.ts')).toContain('switchboard/no-top-level-await');
    expect(await ruleIds('for await (const x of []) console.log(x);\nexport {};\n', 'electron/adapters/probe.ts')).toContain('switchboard/no-top-level-await');
    expect(await ruleIds('export async function f() {\n  await Promise.resolve();\n}\n', 'electron/core/probe.ts')).toEqual([]);
    expect(await ruleIds('await Promise.resolve();\nexport {};\n', 'electron/cli.ts')).toEqual([]);
  });
  it('forbids electron in the core', async () => {
    expect(await ruleIds("import { app } from 'electron';\nexport const a = app;\n", 'electron/core/probe.ts')).toContain('no-restricted-imports');
  });
  it('forbids Node built-ins, electron and ipcRenderer in the renderer', async () => {
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'renderer/probe.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n", 'renderer/probe.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('declare const w: { ipcRenderer: unknown };\nexport const r = w.ipcRenderer;\n', 'renderer/probe.ts')).toContain('no-restricted-syntax');
  });
  it('allows type-only imports of the contract in the renderer, and core code without electron', async () => {
    expect(await ruleIds("import type { Invoke } from '../electron/ipc/contract';\nexport type I = Invoke;\n", 'renderer/probe.ts')).toEqual([]);
    expect(await ruleIds("import { join } from 'node:path';\nexport const j = join;\n", 'electron/core/probe.ts')).toEqual([]);
  });
  it('forbids value imports from electron/ in the renderer', async () => {
    expect(await ruleIds("import { PRESETS } from '../electron/core/providers/registry';\nexport const p = PRESETS;\n", 'renderer/probe.ts')).toContain('@typescript-eslint/no-restricted-imports');
  });
});
