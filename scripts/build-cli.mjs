// Builds the command line into dist-cli/switchboard.mjs (plus the chunks it loads), the package's `bin`.
// A bundle starts in tens of milliseconds (tsx compiling the sources each run took ~0.8 s); split
// along the commands' dynamic imports so each loads only its own code.
// libsql stays outside: it is a native binding, loaded from node_modules at run time.
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
rmSync('dist-cli', { recursive: true, force: true });
// The command line and the browser preview's server (started by `npm run dev:web` and the bench) are
// built apart: bundled together, the code they share was cut into ~20 small chunks, and the preview
// loaded each one as its own module (resolved, read, compiled) while the page waited for the core.
// Built alone, the preview's core is one chunk (~15 ms sooner). Chunks of the same content get the
// same name, so the two builds can share the folder.
const entries = [{ switchboard: 'electron/cli.ts' }, { web: 'electron/web.ts' }];
for (const entryPoints of entries) {
  await build({
    entryPoints,
    outdir: 'dist-cli',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    minify: true,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['libsql', 'electron', 'sharp', 'pdfjs-dist', 'mammoth'],
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __sbCreateRequire } from 'node:module';\nconst require = __sbCreateRequire(import.meta.url);" },
    define: { 'process.env.SWITCHBOARD_BUNDLED_VERSION': JSON.stringify(version) },
    legalComments: 'none',
    logLevel: 'warning',
  });
}
// The shebang only on the entry (a banner would put it on every chunk).
const entry = 'dist-cli/switchboard.mjs';
writeFileSync(entry, `#!/usr/bin/env node\n${readFileSync(entry, 'utf8')}`);
chmodSync(entry, 0o755);
