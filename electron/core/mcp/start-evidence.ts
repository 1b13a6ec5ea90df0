import type { HttpEvidence } from './mcp-fetch';

/** Everything seen while starting a server: what the doctor reads to name a cause. */
export interface StartEvidence {
  /** The PATH a stdio server was started with. */
  pathUsed?: string;
  spawnError?: { code?: string; message: string };
  exit?: { code: number | null; signal: string | null };
  /** The last lines of stderr. */
  stderr: string[];
  /** The first stdout lines that were not JSON-RPC. */
  noise: string[];
  http: HttpEvidence[];
  /** Which transport answered initialize, or was tried last. */
  transport?: 'stdio' | 'http' | 'sse';
  /** The HTTP transport was refused and the older SSE one tried. */
  fellBack?: boolean;
  initError?: string;
  timedOut?: boolean;
  /** initialize answered with a version this client does not speak. */
  unsupportedVersion?: string;
  toolsError?: string;
  protocolVersion?: string;
  serverInfo?: { name: string; version: string };
}

const STDERR_LINES = 40;
const NOISE_LINES = 10;

/** A fresh, empty record. */
export function newEvidence(): StartEvidence {
  return { stderr: [], noise: [], http: [] };
}

/** Keeps the last lines of stderr. */
export function addStderr(evidence: StartEvidence, line: string): void {
  evidence.stderr.push(line);
  if (evidence.stderr.length > STDERR_LINES) evidence.stderr.shift();
}

/** Keeps the first stray stdout lines. */
export function addNoise(evidence: StartEvidence, line: string): void {
  if (evidence.noise.length < NOISE_LINES) evidence.noise.push(line);
}
