import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

// One place builds everything: `vite build` the renderer, `--mode main` the Electron main process
// (ESM), `--mode preload` the preload (CommonJS: sandboxed preloads cannot be ESM).
// Main's runtime dependencies stay external (they ship in node_modules; libsql is native); everything
// else is bundled. package.json's `dependencies` is exactly that list.
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const runtime = Object.keys(pkg.dependencies);
const nodeExternals = ['electron', ...runtime, ...runtime.map((d) => new RegExp(`^${d}/`)), ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function electronEntry(entry: 'main' | 'preload'): UserConfig {
  const preload = entry === 'preload';
  return {
    build: {
      outDir: 'dist-electron',
      // main is built first and empties the folder (else every build's content-hashed chunks stayed,
      // and were packaged with the app); the preload is added beside it.
      emptyOutDir: !preload,
      target: 'node20',
      minify: false,
      sourcemap: true,
      lib: {
        entry: resolve(import.meta.dirname, `electron/${entry}.ts`),
        formats: [preload ? 'cjs' : 'es'],
        fileName: () => (preload ? 'preload.cjs' : 'main.js'),
      },
      rollupOptions: {
        // The sandboxed preload may only require 'electron'; everything else is bundled into it.
        external: preload ? ['electron'] : nodeExternals,
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'main' || mode === 'preload') return electronEntry(mode);
  return {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: { outDir: resolve(import.meta.dirname, 'dist/renderer'), emptyOutDir: true, target: 'chrome120' },
  };
});
