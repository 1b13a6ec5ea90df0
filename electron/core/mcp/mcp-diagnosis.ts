import type { McpCauseId, McpCheck, McpServerReport } from '../../shared/mcp';
import type { McpServerSpec } from './server-spec';
import type { StartEvidence } from './start-evidence';

/** Protocol versions this client speaks (the SDK's list), for the mismatch message. */
export const SPOKEN_VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05', '2024-10-07'];

const quote = (lines: readonly string[], max = 6) => lines.slice(-max).join('\n');

// A refused HTTP request's cause: OAuth wanted, token missing, token refused, or the wrong path.
function httpCauses(e: StartEvidence): { causes: McpCauseId[]; message?: string } {
  const answered = e.http.filter((h) => h.status !== undefined);
  const unauthorized = answered.find((h) => h.status === 401);
  if (unauthorized) {
    if (unauthorized.authSent) return { causes: ['mcp-token-rejected'], message: `The server refused the token (HTTP 401${unauthorized.wwwAuthenticate ? `, WWW-Authenticate: ${unauthorized.wwwAuthenticate}` : ''}).` };
    if (/resource_metadata|authorization_uri|realm="OAuth/i.test(unauthorized.wwwAuthenticate ?? '')) return { causes: ['mcp-oauth-required'], message: `The server wants an OAuth sign-in (HTTP 401, WWW-Authenticate: ${unauthorized.wwwAuthenticate}).` };
    return { causes: ['mcp-token-missing'], message: 'The server answered HTTP 401 and no Authorization header was sent.' };
  }
  const forbidden = answered.find((h) => h.status === 403);
  if (forbidden) return { causes: ['mcp-token-rejected'], message: `The server answered HTTP 403 (forbidden)${forbidden.authSent ? ' to the token sent' : ''}.` };
  if (answered.length && answered.every((h) => h.status === 404 || h.status === 405)) {
    const path = new URL(answered[0]!.url).pathname;
    return { causes: ['mcp-wrong-path'], message: `Nothing speaks MCP at ${path}: HTTP ${answered.map((h) => h.status).join(', ')} for ${e.fellBack ? 'both Streamable HTTP and the older SSE transport' : 'this transport'}.` };
  }
  const unreachable = e.http.find((h) => h.networkError);
  if (unreachable && !answered.length) return { causes: ['mcp-unreachable'], message: `Could not reach ${new URL(unreachable.url).host}: ${unreachable.networkError}` };
  return { causes: [] };
}

function startCheck(spec: McpServerSpec, e: StartEvidence, causes: McpCauseId[]): McpCheck {
  if (spec.type === 'stdio') {
    if (e.spawnError) {
      if (e.spawnError.code === 'ENOENT') {
        causes.push('mcp-command-not-found');
        return { id: 'start', status: 'fail', message: `"${spec.command}" was not found. PATH used: ${e.pathUsed ?? '(none)'}` };
      }
      return { id: 'start', status: 'fail', message: `Could not start "${spec.command}": ${e.spawnError.message}` };
    }
    return { id: 'start', status: 'pass', message: `Started ${[spec.command, ...spec.args].join(' ')}` };
  }
  const http = httpCauses(e);
  causes.push(...http.causes);
  if (http.message) return { id: 'start', status: 'fail', message: http.message };
  return { id: 'start', status: 'pass', message: `Reached ${spec.url} (${e.transport === 'sse' ? `HTTP+SSE${e.fellBack ? ', after Streamable HTTP was refused' : ''}` : 'Streamable HTTP'})` };
}

function initializeCheck(e: StartEvidence, causes: McpCauseId[], initialized: boolean): McpCheck {
  if (initialized) {
    const who = e.serverInfo ? `${e.serverInfo.name} ${e.serverInfo.version}` : 'the server';
    return { id: 'initialize', status: 'pass', message: `Initialized ${who}${e.protocolVersion ? ` (protocol ${e.protocolVersion})` : ''}` };
  }
  if (e.unsupportedVersion) {
    causes.push('mcp-protocol-mismatch');
    return { id: 'initialize', status: 'fail', message: `The server speaks protocol ${e.unsupportedVersion}; Switchboard speaks ${SPOKEN_VERSIONS.join(', ')}.` };
  }
  if (e.exit && !e.timedOut) {
    causes.push('mcp-exited-at-start');
    const how = e.exit.code !== null ? `with code ${e.exit.code}` : `by ${e.exit.signal}`;
    return { id: 'initialize', status: 'fail', message: `The server exited ${how} before answering initialize.${e.stderr.length ? ` Its stderr:\n${quote(e.stderr)}` : ' It wrote nothing to stderr.'}` };
  }
  if (e.timedOut) {
    causes.push('mcp-initialize-timeout');
    return { id: 'initialize', status: 'fail', message: `No answer to initialize in time.${e.stderr.length ? ` Its stderr:\n${quote(e.stderr)}` : ''}` };
  }
  return { id: 'initialize', status: 'fail', message: `Initialize failed: ${e.initError ?? 'unknown error'}` };
}

/**
 * What went wrong starting a server, as the doctor reports it: checks in the order they happen and
 * the causes they point at. `reached` says how far the start got. Pure.
 */
export function diagnoseStart(spec: McpServerSpec, e: StartEvidence, reached: { initialized: boolean; toolNames?: string[] }): McpServerReport {
  const causes: McpCauseId[] = [];
  const checks: McpCheck[] = [];
  const configProblem = spec.type === 'stdio' ? (!spec.command?.trim() ? 'No command to run.' : undefined) : !/^https?:\/\//i.test(spec.url ?? '') ? `Not an http(s) URL: ${JSON.stringify(spec.url ?? '')}` : undefined;
  if (configProblem) return { name: spec.name, ok: false, checks: [{ id: 'config', status: 'fail', message: configProblem }], causes };
  const start = startCheck(spec, e, causes);
  checks.push(start);
  if (e.noise.length) {
    causes.push('mcp-stdout-not-json');
    checks.push({ id: 'stdout', status: reached.initialized ? 'warn' : 'fail', message: `The server wrote ${e.noise.length === 10 ? 'at least 10 lines' : `${e.noise.length} line(s)`} to stdout that are not JSON-RPC:\n${quote(e.noise, 3)}` });
  }
  if (start.status !== 'fail') checks.push(initializeCheck(e, causes, reached.initialized));
  if (reached.initialized) {
    if (reached.toolNames) checks.push({ id: 'tools', status: 'pass', message: `${reached.toolNames.length} tool(s)${reached.toolNames.length ? `: ${reached.toolNames.join(', ')}` : ''}` });
    else {
      causes.push('mcp-tools-failed');
      checks.push({ id: 'tools', status: 'fail', message: `tools/list failed: ${e.toolsError ?? 'unknown error'}` });
    }
  }
  const ok = reached.initialized && !!reached.toolNames;
  return { name: spec.name, ok, checks, causes: [...new Set(causes)], ...(reached.toolNames ? { tools: reached.toolNames } : {}) };
}
