import { useTranslation } from 'react-i18next';
import type { ToolStep } from '../../../electron/shared/tools';
import { Markdown } from '../../components/Markdown';
import { ToolCallCard } from './ToolCallCard';

/** The rounds of tool calls before an answer: what the model said, then each call as a card. */
export function ToolSteps({ steps, messageId }: { steps: readonly ToolStep[]; messageId: string }) {
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
            <ToolCallCard key={run.id || run.name} run={run} messageId={messageId} />
          ))}
        </div>
      ))}
    </div>
  );
}
