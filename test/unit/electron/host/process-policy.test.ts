import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const POLICY = pathToFileURL(resolve('electron/host/process-policy.ts')).href;

// A hot WebAssembly function in a fresh Node, with or without the policy; V8's test natives say
// which compiler its code came from.
function tierOfHotWasm(withPolicy: boolean, waitMs: number): string {
  const code = `
    const { keepWasmOnBaselineCompiler } = await import(${JSON.stringify(POLICY)});
    if (${withPolicy}) keepWasmOnBaselineCompiler();
    // (func (export "f") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
    const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,6,1,96,1,127,1,127,3,2,1,0,7,5,1,1,102,0,0,10,9,1,7,0,32,0,65,1,106,11]);
    const { f } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
    const tier = () => (%IsTurboFanFunction(f) ? 'turbofan' : %IsLiftoffFunction(f) ? 'liftoff' : 'other');
    // Kept hot until TurboFan's code arrives (a background job), or for ${waitMs} ms.
    const until = Date.now() + ${waitMs};
    let x = 0;
    const spin = () => {
      for (let i = 0; i < 1e5; i++) x = f(x);
      if (tier() === 'turbofan' || Date.now() > until) console.log(tier());
      else setTimeout(spin, 20);
    };
    spin();
  `;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe('keepWasmOnBaselineCompiler', () => {
  it('keeps hot WebAssembly on Liftoff, where V8 would otherwise recompile it with TurboFan', () => {
    expect(tierOfHotWasm(false, 10_000)).toBe('turbofan');
    expect(tierOfHotWasm(true, 1_000)).toBe('liftoff');
  });
});
