import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The module graph of electron/ and renderer/, from relative import and export statements.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}
function resolveModule(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(existsSync);
}
const ROOT = process.cwd();
const graph = new Map<string, string[]>();
for (const file of [...files('electron'), ...files('renderer')].map((f) => resolve(f))) {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g)].map((m) => m[1]!);
  graph.set(relative(ROOT, file), specs.flatMap((s) => resolveModule(file, s) ?? []).map((f) => relative(ROOT, f)));
}

/** Every import cycle, each as the list of modules on it (Tarjan's strongly connected components). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  let i = 0;
  const visit = (v: string) => {
    index.set(v, i);
    low.set(v, i++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('the module graph', () => {
  it('has no import cycle anywhere (so none between the core and the transport)', () => {
    expect(cycles()).toEqual([]);
  });
  it('keeps the core free of the transport, the adapters and the hosts', () => {
    const offending = [...graph].flatMap(([file, deps]) => (file.startsWith('electron/core/') ? deps.filter((d) => /^electron\/(ipc|adapters|host|web|cli)\//.test(d)).map((d) => `${file} -> ${d}`) : []));
    expect(offending).toEqual([]);
  });
  it('keeps the contract free of the core', () => {
    const contract = ['electron/ipc/contract.ts', 'electron/ipc/serve.ts', 'electron/ipc/channels.ts'];
    expect(contract.flatMap((f) => (graph.get(f) ?? []).filter((d) => d.startsWith('electron/core/')))).toEqual([]);
  });
});
