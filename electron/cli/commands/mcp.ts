import type { McpReport } from '../../shared/mcp';
import { MCP_CAUSES } from '../../core/mcp/mcp-causes';
import type { CliArgs } from '../args';
import { cliNetwork, type CliIo } from '../context';
import { jsonText } from '../output';
import { cliMcp, readMcpConfig } from '../mcp-setup';

const MARK = { pass: 'pass', warn: 'warn', fail: 'FAIL' } as const;

/** The doctor's report as terminal lines: each server, its checks, the causes with their fixes. Pure. */
export function mcpReportText(report: McpReport): string {
  const lines: string[] = [];
  for (const server of report.servers) {
    lines.push(`${server.ok ? '✓' : '✗'} ${server.name}`);
    for (const check of server.checks) {
      const [first = '', ...more] = check.message.split('\n');
      lines.push(`  ${MARK[check.status]}  ${check.id.padEnd(10)}  ${first}`, ...more.map((l) => `${' '.repeat(18)}${l}`));
    }
    for (const id of server.causes) {
      const c = MCP_CAUSES.find((x) => x.id === id)!;
      lines.push(`  - ${c.title} [${id}]: ${c.explanation}`, `    Fix: ${c.fix}`);
    }
  }
  lines.push(report.ok ? 'All servers work.' : `${report.servers.filter((s) => !s.ok).length} of ${report.servers.length} server(s) failed.`);
  return `${lines.join('\n')}\n`;
}

/**
 * `mcp list` starts each server of the file and prints its tools; `mcp doctor` starts each afresh
 * and names what is wrong. Both exit 1 when a server fails.
 */
export async function mcpCommand(args: CliArgs, io: CliIo): Promise<number> {
  const specs = readMcpConfig(args.mcpConfig!, io, 'mcp');
  const net = cliNetwork(io, args);
  const { mcp } = cliMcp(specs, net.http, io);
  try {
    if (args.rest[0] === 'doctor') {
      const report = await mcp.doctor();
      // The contract's shape exactly: the tools a server listed are in its "tools" check.
      if (args.json) io.out(jsonText({ ok: report.ok, servers: report.servers.map(({ name, ok, checks, causes }) => ({ name, ok, checks, causes })) }));
      else io.out(mcpReportText(report));
      return report.ok ? 0 : 1;
    }
    await mcp.offer();
    const statuses = await mcp.statuses();
    const servers = specs.map((spec) => {
      const s = statuses.get(spec.id)!;
      return { name: spec.name, type: spec.type, ok: s.state === 'running', ...(s.serverInfo ? { serverInfo: s.serverInfo } : {}), tools: s.tools.map((t) => ({ name: t.name, offeredAs: t.offeredAs, ...(t.description ? { description: t.description } : {}) })), ...(s.problem ? { error: s.problem } : {}) };
    });
    if (args.json) io.out(jsonText({ servers }));
    else
      for (const s of servers) {
        io.out(`${s.ok ? '✓' : '✗'} ${s.name} (${s.type})${s.serverInfo ? ` — ${s.serverInfo.name} ${s.serverInfo.version}` : ''}\n`);
        for (const t of s.tools) io.out(`    ${t.offeredAs.padEnd(28)} ${t.description?.split('\n')[0] ?? ''}\n`);
        if (s.error) io.out(`    ${s.error.message.split('\n').join('\n    ')}\n    Run "mcp doctor" for the cause and the fix.\n`);
      }
    return servers.every((s) => s.ok) ? 0 : 1;
  } finally {
    await mcp.closeAll();
    await net.close();
  }
}
