import type { Core } from '../../core/app';
import type { Handlers } from '../serve';
import { appHandlers } from './app';
import { chatHandlers } from './chat';
import { conversationHandlers } from './conversations';
import { historyHandlers } from './history';
import { keyHandlers } from './keys';
import { netlogHandlers } from './netlog';
import { providerHandlers } from './providers';
import { networkHandlers } from './network';
import { preferenceHandlers } from './preferences';
import { attachmentHandlers } from './attachments';
import { diagnosticsHandlers } from './diagnostics';
import { mcpHandlers } from './mcp';

/** Every contract channel mapped to the core's services, one module per domain. */
export function createHandlers(core: Core): Handlers {
  return { ...appHandlers(core), ...providerHandlers(core), ...keyHandlers(core), ...conversationHandlers(core), ...chatHandlers(core), ...historyHandlers(core), ...netlogHandlers(core), ...networkHandlers(core), ...preferenceHandlers(core), ...attachmentHandlers(core), ...diagnosticsHandlers(core), ...mcpHandlers(core) };
}
