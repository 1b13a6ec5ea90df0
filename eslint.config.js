// @ts-check
import tseslint from 'typescript-eslint';

/**
 * `switchboard/no-top-level-await`: Electron emits `ready` only after the main entry module (and so
 * every module it imports) has finished evaluating; a top-level await of `ready` there hangs the app
 * before its first window (electron/electron#40719). Any top-level await in main's module graph is
 * refused. Hand-written because core ESLint has no rule for it and a syntax selector cannot express
 * "not inside a function".
 */
const noTopLevelAwait = {
  meta: { type: 'problem', messages: { tla: 'No top-level await in modules the Electron main process loads: `ready` fires only after they have evaluated. Use app.whenReady().then(...).' } },
  create(context) {
    const inFunction = (node) => context.sourceCode.getAncestors(node).some((a) => /Function/.test(a.type));
    return {
      AwaitExpression(node) {
        if (!inFunction(node)) context.report({ node, messageId: 'tla' });
      },
      'ForOfStatement[await=true]'(node) {
        if (!inFunction(node)) context.report({ node, messageId: 'tla' });
      },
    };
  },
};

/** One layer's import restrictions, as a flat-config entry. */
function layer(name, files, patterns) {
  return [{ name: `layer: ${name}`, files, rules: { 'no-restricted-imports': ['error', { patterns }] } }];
}

const nodeBuiltins = ['^node:', '^(fs|path|os|child_process|crypto|http|https|net|tls|url|util|stream|worker_threads|module|process|events|buffer)(/.*)?$'];
const noNode = (message) => nodeBuiltins.map((regex) => ({ regex, message }));

const noElectron = [{ group: ['electron', 'electron/*'], message: 'Only electron/main.ts, electron/preload.ts and electron/adapters may import electron.' }];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'dist-cli/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    // Everything bundled into the Electron main process; the CLI and preview entries may await at the top.
    files: ['electron/**/*.ts'],
    ignores: ['electron/cli.ts', 'electron/web.ts'],
    plugins: { switchboard: { rules: { 'no-top-level-await': noTopLevelAwait } } },
    rules: { 'switchboard/no-top-level-await': 'error' },
  },
  // Layers, each with what it may import (VS Code's code-layering rule, enforced here; the lint test
  // proves each restriction fires). The map is in docs/architecture.md.
  ...layer('shared: what crosses the wire; imports nothing but itself', ['electron/shared/**/*.ts'], [{ regex: '^(?!\\./)', message: 'electron/shared imports nothing outside itself: no packages, no Node, no other layer.' }]),
  ...layer('core: plain Node; no Electron, no transport, no host', ['electron/core/**/*.ts'], [
    ...noElectron,
    { regex: '^(\\.\\./)+(ipc|adapters|host|web|cli)(/|$)', message: 'The core never imports the transport (ipc), the Electron adapters or a host; they depend on it, not the other way.' },
    { regex: '^(\\.\\./)+(main|preload|cli|web)$', message: 'The core never imports an entry point.' },
  ]),
  ...layer('contract and dispatcher: shared + zod only', ['electron/ipc/contract.ts', 'electron/ipc/channels.ts', 'electron/ipc/serve.ts'], [
    ...noElectron,
    { regex: '^(\\.\\./)+(core|adapters|host|web|cli)(/|$)|^\\./handlers', message: 'The contract is shared types plus zod; only ipc/handlers reach the core.' },
    ...noNode('The contract runs in every process; no Node built-ins.'),
  ]),
  ...layer('handlers: channels to core services', ['electron/ipc/handlers/**/*.ts'], [...noElectron, { regex: '^(\\.\\./)+(adapters|host|web|cli)(/|$)', message: 'Handlers map channels to core services; hosts wire them in.' }]),
  ...layer('host helpers and Node hosts: no Electron', ['electron/host/**/*.ts', 'electron/cli/**/*.ts', 'electron/web/**/*.ts', 'electron/cli.ts', 'electron/web.ts'], [...noElectron, { regex: '^(\\.\\./)+adapters(/|$)|^\\./adapters', message: 'Only the desktop app uses the Electron adapters.' }]),
  ...layer('preload: the bridge, built from the channel names only', ['electron/preload.ts'], [{ regex: '^(?!electron$|\\./ipc/channels$)', message: 'The preload imports electron and the channel names, nothing else (it is bundled alone into a sandboxed CommonJS file).' }]),
  {
    // The renderer reaches the outside only through renderer/api; it never touches Node or ipcRenderer.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through renderer/api.' }],
          patterns: [
            ...noNode('No Node built-ins in the renderer.'),
            { regex: 'electron/(?!shared/|ipc/contract$)', message: 'From electron/ the renderer imports only electron/shared and the contract.' },
            { regex: 'electron/ipc/contract$', allowTypeImports: true, message: 'Only type imports from the contract (its schemas are main-process code).' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'require', message: 'No require in the renderer.' }, { name: 'process', message: 'No process in the renderer.' }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='ipcRenderer']", message: 'Use renderer/api, never ipcRenderer.' }],
    },
  },
  {
    // Small files and functions: where they grow past this, split them.
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The message catalogs are data, one per language: they grow with the interface, not with logic.
    files: ['renderer/i18n/en.ts', 'renderer/i18n/zh-CN.ts'],
    rules: { 'max-lines': 'off' },
  },
);
