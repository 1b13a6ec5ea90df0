import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { homedir } from 'node:os';

const MARK = '__SWITCHBOARD_PATH__';
const TIMEOUT_MS = 5000;

/** Runs a command and resolves with its stdout ('' on any failure). */
export type RunShell = (shell: string, args: string[], timeoutMs: number) => Promise<string>;

const run: RunShell = (shell, args, timeoutMs) =>
  new Promise((resolve) => {
    execFile(shell, args, { timeout: timeoutMs, encoding: 'utf8', env: { ...process.env, TERM: 'dumb' } }, (error, stdout) => resolve(error && !stdout ? '' : stdout));
  });

/** The PATH between the markers in a shell's output (login scripts may print around it). Pure. */
export function pathFromOutput(output: string): string | undefined {
  const start = output.indexOf(MARK);
  const end = output.indexOf(MARK, start + MARK.length);
  if (start < 0 || end < 0) return undefined;
  return output.slice(start + MARK.length, end).trim() || undefined;
}

/** Two PATHs merged, first one first, each folder once. Pure. */
export function mergePaths(...paths: (string | undefined)[]): string {
  const seen = new Set<string>();
  for (const path of paths) for (const dir of (path ?? '').split(delimiter)) if (dir) seen.add(dir);
  return [...seen].join(delimiter);
}

/**
 * The PATH a terminal would have. A desktop app started from the Dock or a launcher gets a short
 * PATH without nvm, Homebrew or ~/.local/bin, so `npx` and `uvx` MCP servers fail with ENOENT
 * (Cherry Studio #3264, AnythingLLM #3854). On macOS and Linux the user's login shell is asked once
 * (interactive, so rc files run); its PATH comes first, then the app's own, then the usual folders.
 */
export async function loginShellPath(options: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; runShell?: RunShell } = {}): Promise<string> {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  if (platform === 'win32') return env.PATH ?? env.Path ?? '';
  const shell = env.SHELL || (platform === 'darwin' ? '/bin/zsh' : '/bin/sh');
  const output = await (options.runShell ?? run)(shell, ['-ilc', `printf '%s' "${MARK}$PATH${MARK}"`], TIMEOUT_MS);
  const usual = ['/opt/homebrew/bin', '/usr/local/bin', join(homedir(), '.local/bin'), join(homedir(), '.cargo/bin'), join(homedir(), '.volta/bin')].filter((d) => existsSync(d));
  return mergePaths(pathFromOutput(output), env.PATH, usual.join(delimiter));
}
