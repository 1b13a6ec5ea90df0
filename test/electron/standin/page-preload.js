/* eslint-disable @typescript-eslint/no-unused-expressions -- this file is one function expression, injected as source */
// Injected into the preload's isolated world (after page-bridge.js): builds the sandboxed preload's
// `require` (docs/tutorial/sandbox.md: only electron, events, timers, url), `ipcRenderer` over a
// CDP binding that only this world can see, and `contextBridge`, then runs the preload's code, which
// is embedded as the body of `runPreload` (no eval).
(function electronStandinPreload(cfg, runPreload) {
  'use strict';
  if (window !== window.top) return; // nodeIntegrationInSubFrames: false — the preload runs in the main frame only
  const binding = globalThis[cfg.binding];
  const pending = new Map();
  const listeners = new Map();
  let nextId = 1;
  // ipcRenderer payloads are structured-cloned (functions refuse); here they then travel as JSON.
  const clone = (args) => {
    structuredClone(args);
    return JSON.stringify(args);
  };
  const ipcRenderer = {
    invoke(channel, ...args) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        binding(JSON.stringify({ kind: 'invoke', id, channel: String(channel), args: clone(args) }));
      });
    },
    send(channel, ...args) {
      binding(JSON.stringify({ kind: 'send', id: 0, channel: String(channel), args: clone(args) }));
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    once(channel, listener) {
      const wrapped = (...a) => {
        ipcRenderer.removeListener(channel, wrapped);
        listener(...a);
      };
      return ipcRenderer.on(channel, wrapped);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    off(channel, listener) {
      return ipcRenderer.removeListener(channel, listener);
    },
    removeAllListeners(channel) {
      if (channel === undefined) listeners.clear();
      else listeners.delete(channel);
      return ipcRenderer;
    },
  };
  globalThis.__electronStandinIpcReply = (id, ok, json) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (ok) p.resolve(JSON.parse(json));
    else p.reject(new Error(json));
  };
  globalThis.__electronStandinIpcEmit = (channel, json) => {
    const args = JSON.parse(json);
    for (const l of [...(listeners.get(channel) ?? [])]) l({ sender: ipcRenderer, senderId: 0, ports: [] }, ...args);
  };
  const contextBridge = { exposeInMainWorld: (key, api) => globalThis.__electronStandinExpose(key, api) };
  const modules = {
    electron: { contextBridge, ipcRenderer, webFrame: {} },
    timers: { setTimeout, clearTimeout, setInterval, clearInterval },
    url: { URL, URLSearchParams },
    events: { EventTarget },
  };
  const require = (id) => {
    if (Object.prototype.hasOwnProperty.call(modules, id)) return modules[id];
    throw new Error(`module not found: ${id}`);
  };
  const process = Object.freeze({ type: 'renderer', sandboxed: true, contextIsolated: true, platform: cfg.platform, arch: cfg.arch, versions: Object.freeze({ ...cfg.versions }), env: Object.freeze({}) });
  const module = { exports: {} };
  try {
    runPreload(require, module, module.exports, process);
  } catch (error) {
    console.error(`Unable to load preload script: ${cfg.preloadPath}\n${error && error.stack ? error.stack : error}`);
  }
});
