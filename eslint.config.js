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

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'tls', 'url', 'util', 'stream', 'stream/*', 'worker_threads', 'module', 'process', 'events', 'buffer'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'coverage/**'] },
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
  {
    // The core is plain Node: Electron reaches it only through constructor-injected seams.
    files: ['electron/core/**/*.ts', 'electron/ipc/**/*.ts', 'electron/cli/**/*.ts', 'electron/web/**/*.ts', 'electron/cli.ts', 'electron/web.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/main.ts, electron/preload.ts and electron/adapters may import electron.' }], patterns: [{ group: ['electron-store'], message: 'electron-store is an Electron adapter concern.' }] }],
    },
  },
  {
    // The renderer reaches the outside only through renderer/api; it never touches Node or ipcRenderer.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through renderer/api.' }],
          patterns: [
            { group: nodeBuiltins, message: 'No Node built-ins in the renderer.' },
            { group: ['**/electron/**', '!**/electron/**/types', '!**/electron/ipc/contract', '!**/electron/core/diagnose/causes'], message: 'Import only contract and type modules from electron/.' },
            { group: ['**/electron/**'], allowTypeImports: true, message: 'Only type imports from electron/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'require', message: 'No require in the renderer.' }, { name: 'process', message: 'No process in the renderer.' }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='ipcRenderer']", message: 'Use renderer/api, never ipcRenderer.' }],
    },
  },
);
