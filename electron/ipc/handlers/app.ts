import type { Core } from '../../core/app';
import { causeCatalog } from '../../core/diagnose/causes';
import type { Handlers } from '../serve';
import { MCP_CAUSES } from '../../core/mcp/mcp-causes';

/** What the app is, and the cause catalog every view explains failures with. */
export function appHandlers(core: Core): Pick<Handlers, 'app:info' | 'causes:catalog'> {
  return {
    'app:info': () => core.info(),
    'causes:catalog': async () => ({ causes: causeCatalog(), mcp: [...MCP_CAUSES] }),
  };
}
