import { causeInfo } from '../core/diagnose/causes';
import type { CauseId } from '../shared/causes';
import type { CliKeySource } from './context';

/** What a fix on the command line can point at. */
export interface CliFixContext {
  providerId: string;
  keySource: CliKeySource;
  /** The provider's own key variable, e.g. TOGETHER_API_KEY. */
  envVar?: string;
  /** The base URL that fixes what was found, when there is one. */
  suggestedBaseUrl?: string;
  /** The app saved a key only the desktop app can open. */
  sealedKey?: boolean;
}

// Where to put a key, in flags and variables the user can act on in this shell.
function keyPlaces(ctx: CliFixContext): string {
  return `${ctx.envVar ? `set ${ctx.envVar} (or SWITCHBOARD_API_KEY)` : 'set SWITCHBOARD_API_KEY'}, or pass --key-file PATH`;
}

// Where the key in use lives, so a fix says which file or variable to edit.
function keyHome(ctx: CliFixContext): string {
  switch (ctx.keySource.kind) {
    case 'file':
      return `the file ${ctx.keySource.path}`;
    case 'switchboard-env':
      return 'SWITCHBOARD_API_KEY';
    case 'provider-env':
      return ctx.keySource.name;
    case 'saved':
      return `the key saved in ${ctx.keySource.dataDir} (change it in the app)`;
    default:
      return 'the key';
  }
}

/**
 * A cause's fix in command-line terms: the variable, file or flag to change, never "this
 * provider's settings" (there is no window here). Falls back to the catalog's words. Pure.
 */
export function cliFix(id: CauseId, ctx: CliFixContext): string {
  const home = keyHome(ctx);
  const useUrl = ctx.suggestedBaseUrl ? `Pass --base-url ${ctx.suggestedBaseUrl}` : undefined;
  switch (id) {
    case 'key-missing':
      return ctx.sealedKey ? `The app has a key for ${ctx.providerId}, sealed with the OS keychain, which the command line cannot open: ${keyPlaces(ctx)}.` : `No key was found: ${keyPlaces(ctx)}.`;
    case 'header-empty':
      return ctx.keySource.kind === 'provider-env' || ctx.keySource.kind === 'switchboard-env' ? `${home} is set but empty or a placeholder: export the real key in this shell.` : `Check ${home}: it holds no usable key; or ${keyPlaces(ctx)}.`;
    case 'key-whitespace':
      return `Remove the spaces or line breaks around the key in ${home}.`;
    case 'key-quoted':
      return `Remove the quotes around the key in ${home}.`;
    case 'key-bearer-prefix':
      return `Remove "Bearer " from the start of the key in ${home}.`;
    case 'key-invisible-chars':
      return `Copy the key again from the provider's dashboard into ${home}: it holds invisible characters.`;
    case 'key-wrong-provider':
      return `${home} holds another provider's key: put this provider's key there, or use --provider for the provider it belongs to.`;
    case 'key-rejected':
      return `Create a new key in the provider's dashboard and put it in ${home}.`;
    case 'key-wrong-region':
      return `${useUrl ?? 'Pass --base-url with the other region’s endpoint'} (the region that issued the key).`;
    case 'key-env-override':
      return `${home} and ${ctx.envVar ?? 'the provider variable'} hold different keys; the first is used. Unset the one you do not mean.`;
    case 'auth-scheme-mismatch':
      return 'Pass --protocol with the protocol this host speaks, or use the --provider preset made for it.';
    case 'host-no-scheme':
    case 'host-double-scheme':
    case 'path-duplicated':
    case 'path-missing-version':
      return useUrl ? `${useUrl}.` : `${causeInfo(id).fix} (--base-url URL)`;
    case 'redirect-dropped-auth':
      return 'Pass --base-url with the address the host redirected to (often https:// or www.).';
    case 'model-case':
    case 'model-unknown':
      return `Pass --model with a name from "switchboard models --provider ${ctx.providerId}", exactly as listed.`;
    default:
      return causeInfo(id).fix;
  }
}
