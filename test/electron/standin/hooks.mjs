// Node module resolution hook: 'electron' (and 'electron/main') -> the stand-in's module. The rest of
// the chain (tsx) still resolves the file, so it learns it is TypeScript.
const STANDIN = new URL('./electron.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier === 'electron/main') return nextResolve(STANDIN, context);
  return nextResolve(specifier, context);
}
