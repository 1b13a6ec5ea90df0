// Loaded with `node --import`: resolves the bare specifier 'electron' to the stand-in, for the built
// main process and for every package it imports (electron-store does `import electron from 'electron'`).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
