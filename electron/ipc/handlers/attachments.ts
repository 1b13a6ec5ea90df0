import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

/** Files for messages: added (checked, kept by hash, prepared), and read back for showing. */
export function attachmentHandlers(core: Core): Pick<Handlers, 'attachments:add' | 'attachments:read'> {
  return {
    'attachments:add': ({ name, mime, data }) => core.attachments.add(name, mime, Buffer.from(data, 'base64')),
    'attachments:read': async ({ id, variant }) => core.attachments.read(id, variant),
  };
}
