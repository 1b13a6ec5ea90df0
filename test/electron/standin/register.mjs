// Loaded with `node --import`: resolves the bare specifier 'electron' to the stand-in, for the built
// main process and for every package it imports (a library that does `import electron from 'electron'` gets the stand-in too).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
