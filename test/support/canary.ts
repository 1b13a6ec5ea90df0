/** An obviously fake key used everywhere a test needs one; tests fail if it shows up where it must not. */
export const CANARY_KEY = 'tgp_v1_CANARY-switchboard-test-key-NOT-REAL-0123456789';

/** True when text contains the canary or any long fragment of it. */
export function containsCanary(text: string): boolean {
  return text.includes(CANARY_KEY) || text.includes(CANARY_KEY.slice(7, 40));
}
