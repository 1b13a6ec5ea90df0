import type { ChildProcess } from 'node:child_process';
import spawn from 'cross-spawn';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/** How to start a stdio server. */
export interface StdioParams {
  command: string;
  args: readonly string[];
  env: Record<string, string>;
  cwd?: string;
}

/** What the transport tells its owner besides messages: lines of stderr, stray stdout, the exit. */
export interface StdioWatch {
  stderr(line: string): void;
  /** A stdout line that is not a JSON-RPC message (a server bug on stdio). */
  noise(line: string): void;
  exit(code: number | null, signal: string | null): void;
}

// A line this long without a newline is not a message a client should keep buffering.
const MAX_LINE_BYTES = 16 * 1024 * 1024;
const CLOSE_GRACE_MS = 1000;

/** Splits a growing text into complete lines, keeping the unfinished tail. */
function lineSplitter(onLine: (line: string) => void): (chunk: string) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk;
    if (pending.length > MAX_LINE_BYTES) pending = pending.slice(-MAX_LINE_BYTES);
    let at: number;
    while ((at = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, at).replace(/\r$/, '');
      pending = pending.slice(at + 1);
      onLine(line);
    }
  };
}

/**
 * The MCP stdio transport (newline-delimited JSON-RPC over a child's stdin/stdout), written here
 * rather than taken from the SDK because the SDK's StdioClientTransport drops what the doctor needs:
 * the raw text of a stdout line that is not JSON, and the exit code and signal of the process.
 * cross-spawn (what the SDK uses) finds `npx.cmd` and other shims on Windows.
 */
export class StdioTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onerror?: (error: Error) => void;
  onclose?: () => void;
  private child: ChildProcess | undefined;
  private closed = false;

  constructor(
    private readonly params: StdioParams,
    private readonly watch: StdioWatch,
  ) {}

  /** Spawns the process; rejects when it cannot start (ENOENT: the command is not on PATH). */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.params.command, [...this.params.args], { env: this.params.env, stdio: ['pipe', 'pipe', 'pipe'], shell: false, windowsHide: true, ...(this.params.cwd ? { cwd: this.params.cwd } : {}) });
      this.child = child;
      child.once('error', (error) => {
        reject(error);
        this.onerror?.(error);
      });
      child.once('spawn', () => resolve());
      child.stdout?.setEncoding('utf8');
      child.stderr?.setEncoding('utf8');
      child.stdout?.on('data', lineSplitter((line) => this.readLine(line)));
      child.stderr?.on('data', lineSplitter((line) => this.watch.stderr(line)));
      child.stdin?.on('error', (error) => this.onerror?.(error));
      child.once('close', (code, signal) => {
        this.child = undefined;
        this.watch.exit(code, signal);
        if (!this.closed) {
          this.closed = true;
          this.onclose?.();
        }
      });
    });
  }

  private readLine(line: string): void {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      this.watch.noise(line);
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(json);
    if (parsed.success) this.onmessage?.(parsed.data);
    else this.watch.noise(line);
  }

  /** Writes one message as a line on the child's stdin. */
  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve, reject) => {
      const stdin = this.child?.stdin;
      if (!stdin || stdin.destroyed) return reject(new Error('The server process is not running.'));
      if (stdin.write(`${JSON.stringify(message)}\n`)) resolve();
      else stdin.once('drain', () => resolve());
    });
  }

  /** Closes stdin, then asks the process to stop (SIGTERM), then makes it (SIGKILL): the MCP spec's order. */
  async close(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
    const within = (ms: number) => Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())]);
    child.stdin?.end();
    if (await within(CLOSE_GRACE_MS)) return;
    child.kill('SIGTERM');
    if (await within(CLOSE_GRACE_MS)) return;
    child.kill('SIGKILL');
    await within(CLOSE_GRACE_MS);
  }
}
