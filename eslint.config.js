// @ts-check
import tseslint from 'typescript-eslint';

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
