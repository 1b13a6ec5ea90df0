import { describe, expect, it } from 'vitest';
import { ApprovalBroker } from '../../../../../electron/core/mcp/approval-broker';

const request = { requestId: 'r', conversationId: 'c', messageId: 'm', callId: 'k', server: 's', tool: 't', arguments: '{}' };

describe('ApprovalBroker', () => {
  it('waits for the decision of the call it was asked about', async () => {
    const broker = new ApprovalBroker();
    const decision = broker.ask(request, new AbortController().signal);
    expect(broker.waiting()).toEqual([request]);
    expect(broker.decide('m', 'other', 'once')).toBe(false);
    expect(broker.decide('m', 'k', 'always')).toBe(true);
    await expect(decision).resolves.toBe('always');
    expect(broker.waiting()).toEqual([]);
    expect(broker.decide('m', 'k', 'once')).toBe(false);
  });

  it('answers deny when the turn is stopped, so nothing waits forever', async () => {
    const broker = new ApprovalBroker();
    const stop = new AbortController();
    const decision = broker.ask(request, stop.signal);
    stop.abort();
    await expect(decision).resolves.toBe('deny');
    expect(broker.waiting()).toEqual([]);
  });
});
