import type { ToolCall, Usage } from '../../shared/chat';
import type { ToolRun, ToolStep } from '../../shared/tools';
import type { WireMessage } from '../providers/types';

/** What the model is told about a call that did not run or failed without saying why. Pure. */
export function resultText(run: ToolRun): string {
  if (run.result !== undefined) return run.result;
  switch (run.state) {
    case 'denied':
      return 'The user denied this tool call.';
    case 'done':
    case 'error':
      return '';
    default:
      // Stopped, or cut short when the app closed while it waited or ran.
      return 'The tool call was stopped before it finished.';
  }
}

/** A call as the provider saw it (without the run's state). Pure. */
export function callOf(run: ToolRun): ToolCall {
  return { id: run.id, name: run.name, arguments: run.arguments, ...(run.signature ? { signature: run.signature } : {}) };
}

/** One round of the loop as the provider sees it again: the assistant's turn with its calls, then the results. Pure. */
export function stepWire(step: ToolStep): WireMessage[] {
  return [
    { role: 'assistant', content: step.text, toolCalls: step.calls.map(callOf) },
    { role: 'tool', content: '', toolResults: step.calls.map((r) => ({ callId: r.id, name: r.name, content: resultText(r), ...(r.state === 'done' ? {} : { isError: true }) })) },
  ];
}

/** True when a host refused a request because the model takes no tools (Ollama, vLLM, DeepSeek, Gemini, OpenRouter words). Pure. */
export function refusesTools(status: number | undefined, said: string): boolean {
  if (status !== 400 && status !== 404 && status !== 422) return false;
  return /(does ?n[o']t support|not support(ed)?|no endpoints found that support|not enabled|unsupported)[^.]*\b(tools?|tool use|tool calling|function calling|functions?)\b|\b(tools?|tool use|function calling)\b[^.]*(not supported|unsupported|not enabled)|enable-auto-tool-choice/i.test(said);
}

/** Token counts of several requests added up. Pure. */
export function addUsage(a: Usage | undefined, b: Usage | undefined): Usage | undefined {
  if (!a) return b && { ...b };
  if (!b) return a;
  const sum = (x?: number, y?: number) => (x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0));
  const out: Usage = {};
  for (const k of ['inputTokens', 'outputTokens', 'totalTokens', 'reasoningTokens', 'generationMs'] as const) {
    const v = sum(a[k], b[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}
