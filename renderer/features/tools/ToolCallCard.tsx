import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prettyArguments, TOOL_DECISIONS, type ToolDecision, type ToolRun } from '../../../electron/shared/tools';
import { useApp } from '../../app-context';
import { useStore } from '../../store/store';
import { AlertBanner } from '../../components/NoteBanner';

const DECISION_LABEL = { once: 'tools.allowOnce', conversation: 'tools.allowConversation', always: 'tools.allowAlways', deny: 'tools.deny' } as const;
// A long result starts folded; a short one is simply shown.
const FOLD_AT = 600;

/**
 * One tool call: server, tool and the full arguments (never hidden, also while waiting for approval),
 * its state, the result, and the approval choices when it waits for the user.
 */
export function ToolCallCard({ run, messageId }: { run: ToolRun; messageId: string }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const decideTool = useStore((s) => s.decideTool);
  const [answered, setAnswered] = useState<ToolDecision | undefined>();
  const [error, setError] = useState<string | undefined>();
  const who = run.server ? `${run.server} / ${run.tool}` : run.name;
  const waiting = run.state === 'awaiting-approval' && !answered;
  const ref = useRef<HTMLElement>(null);
  // A call waiting for the user must not wait out of sight.
  useEffect(() => {
    if (waiting) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [waiting]);
  const decide = async (decision: ToolDecision) => {
    setAnswered(decision);
    const r = await decideTool(messageId, run.id, decision);
    if (!r.ok) {
      setAnswered(undefined);
      setError(r.message);
    }
  };
  return (
    <section ref={ref} className={`tool-call ${run.state}`} aria-label={t('tools.call', { name: who })}>
      <div className="tool-head">
        <code className="tool-name">{who}</code>
        <span className={`tool-state ${run.state}`}>{t(`tools.states.${run.state}`)}</span>
        {run.durationMs !== undefined && <span className="muted small">{t('tools.duration', { ms: Math.round(run.durationMs) })}</span>}
      </div>
      {waiting && <p className="tool-ask">{t('tools.approvePrompt', { server: run.server ?? '', tool: run.tool ?? run.name })}</p>}
      <div className="tool-args">
        <span className="muted small">{t('tools.arguments')}</span>
        <pre className="code" aria-label={t('tools.argumentsOf', { name: who })} tabIndex={0}>
          <code>{prettyArguments(run.arguments)}</code>
        </pre>
      </div>
      {waiting && (
        <div className="approval" role="group" aria-label={t('tools.approval', { name: who })}>
          {TOOL_DECISIONS.map((d) => (
            <button key={d} type="button" className={d === 'deny' ? 'danger' : d === 'once' ? 'primary' : ''} onClick={() => void decide(d)}>
              {t(DECISION_LABEL[d])}
            </button>
          ))}
        </div>
      )}
      <AlertBanner text={error} />
      {run.state === 'denied' && run.deniedBy && <p className="muted small">{t(`tools.deniedBy.${run.deniedBy}`)}</p>}
      {run.approvedBy && run.state !== 'denied' && <p className="muted small">{t(`tools.approvedBy.${run.approvedBy}`)}</p>}
      {run.result !== undefined && run.state !== 'denied' && (
        <details className="tool-result" open={run.result.length <= FOLD_AT}>
          <summary>{t(run.state === 'error' ? 'tools.error' : 'tools.result', { count: run.result.length })}</summary>
          <pre className="code" tabIndex={0} aria-label={t('tools.resultOf', { name: who })}>
            <code>{run.result}</code>
          </pre>
        </details>
      )}
      {run.server && (
        <button type="button" className="link small" onClick={() => navigate({ view: 'network', param: `mcp-call:${messageId}:${run.id}` })}>
          {t('tools.showInNetwork')}
        </button>
      )}
    </section>
  );
}
