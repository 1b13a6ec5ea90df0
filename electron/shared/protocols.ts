/** Wire protocols Switchboard speaks; a provider names one, `--protocol` can override it. */
export const PROTOCOLS = ['openai-chat', 'openai-responses', 'anthropic', 'gemini', 'ollama', 'azure'] as const;

/** One of PROTOCOLS. */
export type Protocol = (typeof PROTOCOLS)[number];

/** True for a protocol name Switchboard knows. */
export function isProtocol(value: string): value is Protocol {
  return (PROTOCOLS as readonly string[]).includes(value);
}
