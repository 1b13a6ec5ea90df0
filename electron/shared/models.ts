/**
 * Model ids are case-sensitive on most hosts. These compare a typed model with a host's list, the
 * one place that decides what "the same model with another case" means.
 */

/** The listed id that equals `model` ignoring case, when the exact id is not listed. Pure. */
export function modelWithOtherCase(model: string, listed: readonly string[]): string | undefined {
  if (!model || listed.includes(model)) return undefined;
  const lower = model.toLowerCase();
  return listed.find((m) => m.toLowerCase() === lower);
}

/** `model-case`, `model-unknown`, or nothing, from the host's model list. Pure. */
export function modelCause(model: string, listed: readonly string[] | undefined): 'model-case' | 'model-unknown' | undefined {
  if (!listed?.length || listed.includes(model)) return undefined;
  return modelWithOtherCase(model, listed) ? 'model-case' : 'model-unknown';
}
