import { PROTOCOLS } from '../shared/protocols';

/** One line per command, for the short usage after a mistake. */
export const COMMAND_LINES: Record<string, string> = {
  providers: 'providers [--json]',
  models: 'models --provider ID [options] [--json]',
  chat: 'chat --provider ID --model M [--system S] [--message TEXT | stdin] [--no-stream] [--attach FILE]... [--mcp-config FILE [--approve ask|all|none]] [--data-dir DIR [--conversation ID|new]] [--json]',
  doctor: 'doctor --provider ID [options] [--model M] [--json] [--bundle FILE]',
  compare: 'compare A.har B.har [--entry N] [--json]',
  mcp: 'mcp list|doctor --mcp-config FILE [--json]',
  history: 'history list | show ID | search QUERY | export ID|--all --format json|md [--out FILE] | import FILE [--format switchboard|chatgpt]   (--data-dir DIR, --json)',
};

/** The full usage text. */
export const USAGE = `Usage: switchboard <command> [options]      (or: npm run cli -- <command> [options])

Commands:
  providers [--json]                          list provider presets
  models --provider ID [options] [--json]     list the host's models
  chat --provider ID --model M [options]      send one message (from --message or stdin)
       [--system S] [--message TEXT] [--no-stream] [--json]
       [--attach FILE]...                        images, PDF, Word, text and code files
       [--mcp-config FILE [--approve ask|all|none]]  offer the tools of those MCP servers; ask
                                                 before each call (on a terminal; denied without
                                                 one), run them all, or refuse them all
       [--data-dir DIR [--conversation ID|new]]   keep the turn in that history
  doctor --provider ID [options] [--model M] [--json] [--bundle FILE]
                                              check config and key, then the model list and a
                                              one-line chat; name what is wrong and how to fix it
  compare A.har B.har [--entry N] [--json]   what differs between the same request in two HAR files
                                              (e.g. doctor --har on two machines), and the likely cause
  mcp list|doctor --mcp-config FILE [--json] the servers of an mcpServers file (Claude Desktop,
                                              Cursor) and their tools; or what is wrong with them
  history list | show ID | search QUERY       the history the desktop app keeps (and CLI chats
          export ID|--all --format json|md    with --data-dir): read, search, export, import
          [--out FILE] | import FILE [--format switchboard|chatgpt]

Options:
  --base-url URL        override the provider's base URL
  --protocol P          ${PROTOCOLS.join('|')}
  --header "Name: v"    extra request header (repeatable)
  --key-file PATH       read the key from a file, as-is (not trimmed)
  --timeout SECONDS     give up when the answer has not begun, or goes quiet, for that long
  --har FILE            write the exchanges as HAR 1.2 (redacted), also when the request failed
  --proxy URL           http://, https:// or socks5:// proxy (user:pass@ allowed);
                        else HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment
  --data-dir DIR        the data folder (default: the desktop app's)
Key: --key-file, else SWITCHBOARD_API_KEY, else the provider's environment variable.
Exit codes: 0 success, 1 the request or a check failed (an answer cut off too), 2 usage error.`;

/** A usage error: exit code 2 with a message and the command's usage line. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
