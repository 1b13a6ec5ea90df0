import type { ToolApprovalRequest, ToolDecision } from '../../shared/tools';

/**
 * Tool calls waiting for the user: the chat asks, a window answers (`tools:decide`). A call whose
 * turn is stopped is answered `deny` at once, so nothing waits forever.
 */
export class ApprovalBroker {
  private readonly pending = new Map<string, { request: ToolApprovalRequest; resolve(decision: ToolDecision): void }>();

  /** Waits for the user's decision on one call. */
  ask(request: ToolApprovalRequest, signal: AbortSignal): Promise<ToolDecision> {
    const key = `${request.messageId}:${request.callId}`;
    return new Promise((resolve) => {
      const done = (decision: ToolDecision) => {
        this.pending.delete(key);
        signal.removeEventListener('abort', onAbort);
        resolve(decision);
      };
      const onAbort = () => done('deny');
      if (signal.aborted) return done('deny');
      signal.addEventListener('abort', onAbort, { once: true });
      this.pending.set(key, { request, resolve: done });
    });
  }

  /** Answers a waiting call (by its message and call ids, which outlive a window reload); false when none waits. */
  decide(messageId: string, callId: string, decision: ToolDecision): boolean {
    const entry = this.pending.get(`${messageId}:${callId}`);
    entry?.resolve(decision);
    return !!entry;
  }

  /** The calls waiting now. */
  waiting(): ToolApprovalRequest[] {
    return [...this.pending.values()].map((e) => e.request);
  }
}
