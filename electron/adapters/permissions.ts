import { session } from 'electron';
import { isAppUrl } from './app-scheme';

// The renderer needs one permission: writing to the clipboard (Copy buttons). Everything else is refused.
const ALLOWED = new Set(['clipboard-sanitized-write']);

/** True when the app's own page asks for a permission it needs. Pure. */
export function permissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED.has(permission) && !!requestingUrl && isAppUrl(requestingUrl);
}

/** Installs the permission handlers on the default session. */
export function installPermissionHandlers(): void {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(permissionAllowed(permission, details.requestingUrl ?? contents?.getURL()));
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
}
