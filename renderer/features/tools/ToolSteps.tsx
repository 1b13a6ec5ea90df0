import { useTranslation } from 'react-i18next';
import type { ToolRun, ToolStep } from '../../../electron/shared/tools';
import { Markdown } from '../../components/Markdown';
import { ToolCallCard } from './ToolCallCard';

// A call that was still waiting or running when its answer ended (stopped, or the app closed) did not finish.
function settled(run: ToolRun): ToolRun {
  return run.state === 'pending' || run.state === 'awaiting-approval' || run.state === 'running' ? { ...run, state: 'aborted' } : run;
}

/** The rounds of tool calls before an answer: what the model said, then each call as a card. */
export function ToolSteps({ steps, messageId, live }: { steps: readonly ToolStep[]; messageId: string; live: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="tool-steps">
      {steps.map((step, i) => (
        <div key={i} className="tool-step" role="group" aria-label={t('tools.round', { n: i + 1 })}>
          {step.reasoning && (
            <details className="reasoning">
              <summary>{t('message.reasoning')}</summary>
              <Markdown text={step.reasoning} />
            </details>
          )}
          {step.text && <Markdown text={step.text} />}
          {step.calls.map((run) => (
            <ToolCallCard key={run.id || run.name} run={live ? run : settled(run)} messageId={messageId} />
          ))}
        </div>
      ))}
    </div>
  );
}
