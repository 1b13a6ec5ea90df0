import type { HLJSApi } from 'highlight.js';

// Languages loaded on demand, each its own small chunk; aliases map to them.
const LOADERS: Record<string, () => Promise<{ default: Parameters<HLJSApi['registerLanguage']>[1] }>> = {
  bash: () => import('highlight.js/lib/languages/bash'),
  c: () => import('highlight.js/lib/languages/c'),
  cpp: () => import('highlight.js/lib/languages/cpp'),
  csharp: () => import('highlight.js/lib/languages/csharp'),
  css: () => import('highlight.js/lib/languages/css'),
  diff: () => import('highlight.js/lib/languages/diff'),
  go: () => import('highlight.js/lib/languages/go'),
  java: () => import('highlight.js/lib/languages/java'),
  javascript: () => import('highlight.js/lib/languages/javascript'),
  json: () => import('highlight.js/lib/languages/json'),
  kotlin: () => import('highlight.js/lib/languages/kotlin'),
  markdown: () => import('highlight.js/lib/languages/markdown'),
  php: () => import('highlight.js/lib/languages/php'),
  python: () => import('highlight.js/lib/languages/python'),
  ruby: () => import('highlight.js/lib/languages/ruby'),
  rust: () => import('highlight.js/lib/languages/rust'),
  sql: () => import('highlight.js/lib/languages/sql'),
  swift: () => import('highlight.js/lib/languages/swift'),
  typescript: () => import('highlight.js/lib/languages/typescript'),
  xml: () => import('highlight.js/lib/languages/xml'),
  yaml: () => import('highlight.js/lib/languages/yaml'),
};

const ALIASES: Record<string, string> = { js: 'javascript', jsx: 'javascript', mjs: 'javascript', ts: 'typescript', tsx: 'typescript', py: 'python', sh: 'bash', shell: 'bash', zsh: 'bash', console: 'bash', 'c++': 'cpp', cs: 'csharp', 'c#': 'csharp', golang: 'go', rs: 'rust', rb: 'ruby', kt: 'kotlin', html: 'xml', svg: 'xml', yml: 'yaml', md: 'markdown', patch: 'diff' };

/** The highlight.js language for a fence's info string, if it is one we highlight. Pure. */
export function languageOf(info: string): string | undefined {
  const name = info.trim().toLowerCase().split(/\s/)[0] ?? '';
  const known = ALIASES[name] ?? name;
  return known in LOADERS ? known : undefined;
}

let core: Promise<HLJSApi> | undefined;
const registered = new Map<string, Promise<void>>();

/**
 * Highlighted HTML for code in a language (highlight.js core and the language loaded on first
 * use). The HTML is highlight.js's escaped output: only its own spans, the code as text.
 */
export async function highlight(code: string, language: string): Promise<string> {
  core ??= import('highlight.js/lib/core').then((m) => m.default);
  const hljs = await core;
  if (!registered.has(language)) registered.set(language, LOADERS[language]!().then((m) => hljs.registerLanguage(language, m.default)));
  await registered.get(language);
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
