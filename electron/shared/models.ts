/**
 * Model ids are case-sensitive on most hosts. These compare a typed model with a host's list, the
 * one place that decides what "the same model" and "the same model with another case" mean.
 */

// Spellings a host accepts for one model: Ollama lists `llama3.2:latest` and takes `llama3.2`;
// Google lists `models/gemini-2.5-flash` and takes `gemini-2.5-flash`.
function canonical(model: string): string {
  return model.replace(/^models\//, '').replace(/:latest$/, '');
}

/** True when the host's list offers `model` under that exact name or an alias it accepts. Pure. */
export function isListed(model: string, listed: readonly string[]): boolean {
  return listedAs(model, listed) !== undefined;
}

/** The spelling under which the host lists `model` (itself, or an alias it accepts). Pure. */
export function listedAs(model: string, listed: readonly string[]): string | undefined {
  if (listed.includes(model)) return model;
  const wanted = canonical(model);
  return listed.find((m) => canonical(m) === wanted);
}

/** The listed id that equals `model` ignoring case, when the model itself is not listed. Pure. */
export function modelWithOtherCase(model: string, listed: readonly string[]): string | undefined {
  if (!model || isListed(model, listed)) return undefined;
  const lower = canonical(model).toLowerCase();
  return listed.find((m) => canonical(m).toLowerCase() === lower);
}

/** `model-case`, `model-unknown`, or nothing, from the host's model list. Pure. */
export function modelCause(model: string, listed: readonly string[] | undefined): 'model-case' | 'model-unknown' | undefined {
  if (!listed?.length || isListed(model, listed)) return undefined;
  return modelWithOtherCase(model, listed) ? 'model-case' : 'model-unknown';
}
