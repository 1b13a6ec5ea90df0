import type { InvokeChannel, PushChannel } from './contract';

/**
 * Channel names without the schemas, so the preload bundle stays tiny (no zod). A unit test checks
 * these lists match the contract exactly.
 */
export const INVOKE_CHANNEL_NAMES = [
  'app:info',
  'providers:list',
  'providers:update',
  'providers:add',
  'providers:remove',
  'providers:export',
  'providers:import',
  'models:list',
  'keys:set',
  'keys:fix',
  'keys:delete',
  'keys:persist-weak',
  'providers:test',
  'providers:preview',
  'conversations:list',
  'conversations:search',
  'conversations:export',
  'conversations:import',
  'conversations:get',
  'conversations:create',
  'conversations:update',
  'conversations:delete',
  'chat:send',
  'attachments:add',
  'attachments:read',
  'chat:abort',
  'chat:regenerate',
  'chat:edit',
  'chat:switch-branch',
  'history:backups',
  'history:backup-now',
  'history:restore',
  'netlog:list',
  'netlog:get',
  'netlog:clear',
  'netlog:settings',
  'netlog:har',
  'netlog:curl',
  'causes:catalog',
  'netlog:compare',
  'diagnostics:bundle',
  'prefs:get',
  'prefs:set',
  'prompts:list',
  'prompts:save',
  'prompts:delete',
  'proxy:get',
  'proxy:set',
] as const satisfies readonly InvokeChannel[];

/** Push channel names. */
export const PUSH_CHANNEL_NAMES = ['chat:delta', 'chat:done', 'netlog:entry', 'netlog:cleared'] as const satisfies readonly PushChannel[];
