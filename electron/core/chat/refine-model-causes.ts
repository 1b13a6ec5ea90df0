import { modelCause } from '../../shared/models';
import type { CauseId } from '../../shared/causes';
import type { ChatOutcome } from './run-chat';

/**
 * After a 404/400 that may be about the model, asks the host for its model list (a visible,
 * recorded request) so a wrong-case model is named `model-case` instead of a vague `model-unknown`.
 * Leaves the outcome alone when the list cannot be had.
 */
export async function refineModelCauses(outcome: ChatOutcome, model: string, listModels: () => Promise<readonly string[]>): Promise<ChatOutcome> {
  const error = outcome.error;
  if (!error || (error.status !== 404 && error.status !== 400)) return outcome;
  if (error.status === 400 && !/model/i.test(error.message)) return outcome;
  let models: readonly string[];
  try {
    models = await listModels();
  } catch {
    return outcome;
  }
  const cause = modelCause(model, models);
  if (!cause) return outcome;
  const causes: CauseId[] = [cause, ...error.causes.filter((c) => c !== 'model-unknown' && c !== 'model-case')];
  return { ...outcome, error: { ...error, causes } };
}
