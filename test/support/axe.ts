import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One WCAG problem axe found: the rule, and where. */
export interface AxeProblem {
  rule: string;
  impact: string | null;
  targets: string[];
}

/**
 * Runs axe-core's WCAG 2 A and AA rules (colour contrast included) on the page as it is, injected
 * through the debugging protocol (the page's CSP does not apply there). Returns the violations.
 */
export async function axeViolations(page: Page): Promise<AxeProblem[]> {
  await page.evaluate(axeSource);
  return page.evaluate(`(async () => {
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  })()`) as Promise<AxeProblem[]>;
}
