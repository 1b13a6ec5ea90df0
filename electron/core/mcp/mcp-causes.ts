import { MCP_CAUSE_IDS, type McpCauseId, type McpCauseInfo } from '../../shared/mcp';

const entries: Record<McpCauseId, Omit<McpCauseInfo, 'id'>> = {
  'mcp-command-not-found': {
    title: 'Command not found',
    explanation: 'The server\'s command is not on the PATH Switchboard started it with. A desktop app does not always get the PATH your terminal has (nvm, Homebrew, ~/.local/bin), so `npx` or `uvx` may be missing.',
    fix: 'Use the command\'s full path (run `which npx` in a terminal), or install it where the PATH shown here looks.',
  },
  'mcp-exited-at-start': {
    title: 'The server exited at start',
    explanation: 'The process started and quit before answering initialize. What it wrote to stderr usually says why (a missing package, a missing variable, a crash).',
    fix: 'Read the server\'s stderr shown here; run the same command in a terminal to see it fail the same way.',
  },
  'mcp-stdout-not-json': {
    title: 'The server writes non-JSON to stdout',
    explanation: 'On stdio, stdout carries JSON-RPC messages only, one per line. This server also printed other text there (a banner, a log line): that is a bug in the server, and clients may drop or misread messages.',
    fix: 'Tell the server\'s authors to log to stderr; a flag such as --quiet may help meanwhile.',
  },
  'mcp-protocol-mismatch': {
    title: 'Protocol version mismatch',
    explanation: 'The server answered initialize with an MCP protocol version this client does not speak.',
    fix: 'Update the server (or Switchboard) so that both speak a common protocol version.',
  },
  'mcp-initialize-timeout': {
    title: 'No answer to initialize',
    explanation: 'The server started but did not answer the initialize request in time. It may be waiting for input, downloading a package on first run, or not be an MCP server.',
    fix: 'Run the command in a terminal to see what it does; if it downloads on first run, try again once it has.',
  },
  'mcp-token-missing': {
    title: 'Token missing',
    explanation: 'The server answered 401 and the request carried no Authorization header.',
    fix: 'Add the server\'s token as a header (usually `Authorization: Bearer …`); it is stored encrypted.',
  },
  'mcp-token-rejected': {
    title: 'Token rejected',
    explanation: 'The request carried a credential and the server refused it (401 or 403): it is wrong, expired, or lacks access.',
    fix: 'Create a new token with the server\'s provider and replace the stored header value.',
  },
  'mcp-oauth-required': {
    title: 'The server wants OAuth sign-in',
    explanation: 'The server answered 401 and points to an OAuth authorization server (WWW-Authenticate with resource_metadata). Switchboard does not run the OAuth sign-in yet.',
    fix: 'If the server also accepts a personal access token, add it as an Authorization header; otherwise use a client that signs in with OAuth.',
  },
  'mcp-wrong-path': {
    title: 'Wrong URL path',
    explanation: 'The server answered 404 (or 405) at this URL for both Streamable HTTP and the older SSE transport: the path is not its MCP endpoint. Servers usually serve Streamable HTTP at /mcp and the older transport at /sse.',
    fix: 'Check the URL in the server\'s documentation; try /mcp instead of /sse, or the other way round.',
  },
  'mcp-unreachable': {
    title: 'Server unreachable',
    explanation: 'Nothing answered at this address: the host name does not resolve, the connection was refused, or it timed out.',
    fix: 'Check that the server is running and the URL (host and port) is right.',
  },
  'mcp-tools-failed': {
    title: 'Listing tools failed',
    explanation: 'The server initialized but answered tools/list with an error, so it offers no tools.',
    fix: 'Read the error shown here; it comes from the server.',
  },
};

/** The MCP cause catalog, in MCP_CAUSE_IDS order. */
export const MCP_CAUSES: readonly McpCauseInfo[] = MCP_CAUSE_IDS.map((id) => ({ id, ...entries[id] }));
