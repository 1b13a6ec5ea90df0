import type { Invoke, InvokeChannel, Push, PushChannel, Result } from '../../electron/ipc/contract';
import type { Bridge } from './bridge';

/** The typed API a window uses: the only way out of the renderer. */
export interface Api {
  invoke<C extends InvokeChannel>(channel: C, req: Invoke[C]['req']): Promise<Result<Invoke[C]['res']>>;
  on<C extends PushChannel>(channel: C, listener: (payload: Push[C]) => void): () => void;
}

/** Wraps a bridge in the contract's types. */
export function createApi(bridge: Bridge): Api {
  return {
    invoke: (channel, req) => bridge.invoke(channel, req) as Promise<Result<never>>,
    on: (channel, listener) => bridge.on(channel, listener as (p: unknown) => void),
  };
}
