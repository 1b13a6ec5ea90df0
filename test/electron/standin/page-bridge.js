/* eslint-disable @typescript-eslint/no-unused-expressions -- this file is one function expression, injected as source */
// Injected as source into each page world by the stand-in: `(<this function>)(config)`. It plays one
// side of contextBridge: 'isolated' (the preload's world) or 'main' (the page's world). The two sides
// talk through synchronous DOM events on `document` whose names carry a per-window nonce, captured
// before any page script runs. Model of docs/api/context-bridge.md and its implementation
// (PassValueToOtherContextInner): values are copied (prototypes dropped), the exposed API is deep
// frozen while later return values are not, functions are proxied both ways and called
// synchronously, Promises are proxied, Errors (passed or thrown) arrive as new Errors with only the
// message, cyclic plain objects keep their shape. Not modelled: Symbols, Map/Set/RegExp (structured
// clone), DOM elements and Blobs passed by reference.
(function electronStandinBridge(cfg) {
  'use strict';
  if (cfg.topOnly && window !== window.top) return;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const listen = EventTarget.prototype.addEventListener;
  const Custom = CustomEvent;
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const freeze = Object.freeze;
  const doc = document;
  const me = cfg.role;
  const other = me === 'isolated' ? 'main' : 'isolated';
  const name = (to, kind) => 'electron-standin-' + cfg.nonce + '-' + to + '-' + kind;
  const send = (kind, payload) => dispatch.call(doc, new Custom(name(other, kind), { detail: stringify(payload) }));
  const on = (kind, fn) => listen.call(doc, name(me, kind), (e) => fn(parse(e.detail)));

  const localFns = new Map();
  const localPromises = new Map();
  const remotePromises = new Map();
  const returns = new Map();
  let nextId = 1;

  function encodeError(error) {
    if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
      return { t: 'error', message: 'An unknown exception occurred in the isolated context, an error occurred but a valid exception was not thrown.' };
    }
    return { t: 'error', message: typeof error.message === 'string' ? error.message : String(error) };
  }
  function encode(value, seen) {
    if (value === undefined) return { t: 'undefined' };
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : { t: 'number', v: String(value) };
    if (typeof value === 'bigint') return { t: 'bigint', v: String(value) };
    if (typeof value === 'symbol') throw new Error('An object could not be cloned.');
    if (typeof value === 'function') {
      const id = nextId++;
      localFns.set(id, value);
      return { t: 'function', id };
    }
    if (value instanceof Promise) {
      const id = nextId++;
      localPromises.set(id, value);
      value.then(
        (v) => send('settle', { id, ok: true, value: encode(v) }),
        (e) => send('settle', { id, ok: false, value: encodeError(e) }),
      );
      return { t: 'promise', id };
    }
    if (value instanceof Error) return encodeError(value);
    if (value instanceof Date) return { t: 'date', v: value.getTime() };
    if (ArrayBuffer.isView(value)) return { t: 'bytes', v: Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
    seen = seen || new Map();
    if (seen.has(value)) return { t: 'ref', id: seen.get(value) };
    const ref = seen.size + 1;
    seen.set(value, ref);
    if (Array.isArray(value)) return { t: 'array', ref, v: value.map((x) => encode(x, seen)) };
    const out = {};
    for (const key of Object.keys(value)) out[key] = encode(value[key], seen);
    return { t: 'object', ref, v: out };
  }
  // `frozen`: the exposed API is deep-frozen; values returned later are copies, not frozen.
  function decode(value, frozen, refs) {
    refs = refs || new Map();
    const done = (v) => (frozen ? freeze(v) : v);
    if (value === null || typeof value !== 'object') return value;
    switch (value.t) {
      case 'undefined':
        return undefined;
      case 'number':
        return Number(value.v);
      case 'bigint':
        return BigInt(value.v);
      case 'date':
        return new Date(value.v);
      case 'bytes':
        return new Uint8Array(value.v);
      case 'error':
        return new Error(value.message);
      case 'ref':
        return refs.get(value.id);
      case 'array': {
        const out = [];
        refs.set(value.ref, out);
        for (const x of value.v) out.push(decode(x, frozen, refs));
        return done(out);
      }
      case 'object': {
        const out = {};
        refs.set(value.ref, out);
        for (const key of Object.keys(value.v)) out[key] = decode(value.v[key], frozen, refs);
        return done(out);
      }
      case 'promise':
        return new Promise((resolve, reject) => remotePromises.set(value.id, { resolve, reject }));
      case 'function': {
        const id = value.id;
        return function proxied() {
          const call = nextId++;
          send('call', { id, call, args: Array.prototype.map.call(arguments, (a) => encode(a)) });
          const result = returns.get(call);
          returns.delete(call);
          if (!result) throw new Error('The function on the other side of the context bridge is gone.');
          if (!result.ok) throw decode(result.value);
          return decode(result.value, false);
        };
      }
      default:
        return value;
    }
  }

  on('call', (m) => {
    const fn = localFns.get(m.id);
    let result;
    try {
      if (!fn) throw new Error('The function on the other side of the context bridge is gone.');
      result = { call: m.call, ok: true, value: encode(fn.apply(undefined, m.args.map((a) => decode(a, false)))) };
    } catch (error) {
      result = { call: m.call, ok: false, value: encodeError(error) };
    }
    send('return', result);
  });
  on('return', (m) => returns.set(m.call, m));
  on('settle', (m) => {
    const p = remotePromises.get(m.id);
    if (!p) return;
    remotePromises.delete(m.id);
    if (m.ok) p.resolve(decode(m.value, false));
    else p.reject(decode(m.value));
  });

  if (me === 'main') {
    on('expose', (m) => {
      if (Object.prototype.hasOwnProperty.call(window, m.key)) {
        send('return', { call: m.call, ok: false, value: { t: 'error', message: 'Cannot bind an API on top of an existing property on the window object' } });
        return;
      }
      Object.defineProperty(window, m.key, { value: decode(m.api, true), enumerable: true, configurable: false, writable: false });
      send('return', { call: m.call, ok: true, value: null });
    });
    send('hello', {});
  } else {
    // The page world may start after this one: it says hello, and every exposure is sent again.
    const exposed = [];
    const expose = (key, api) => {
      const call = nextId++;
      send('expose', { key, call, api: encode(api) });
      const result = returns.get(call);
      returns.delete(call);
      if (result && !result.ok) throw decode(result.value);
    };
    on('hello', () => exposed.forEach((e) => expose(e.key, e.api)));
    globalThis.__electronStandinExpose = (key, api) => {
      if (typeof key !== 'string' || !key) throw new TypeError('contextBridge.exposeInMainWorld: the key must be a non-empty string');
      expose(key, api);
      exposed.push({ key, api });
    };
  }
});
