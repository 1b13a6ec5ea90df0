import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPreview } from '../electron/web/server';
import { launchChromium } from '../test/support/browser';
import { startEmulator } from '../test/support/emulator';
import type { Conversation } from '../electron/shared/chat';
import { markdownAnswer } from './markdown-answer';
import { traceMainThread, workPerFrame } from './main-thread-trace';
import { p95, type BenchOptions, type BenchResult } from './util';

const STREAM_SIZES = { quick: [300], full: [2_000, 10_000, 40_000] };

function bigConversation(n: number): Conversation {
  const messages = Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant',
    content: i % 2 ? `Answer ${i}: here is some **markdown** with \`code\`.\n\n\`\`\`ts\nconst value${i} = ${i};\nconsole.log(value${i});\n\`\`\`\nAnd a closing line.` : `Question ${i}?`,
    createdAt: i,
    ...(i % 2 ? { status: 'done' as const, finishReason: 'stop' as const, usage: { inputTokens: 10, outputTokens: 20 } } : {}),
  }));
  return { id: 'big', title: 'A long conversation', createdAt: 0, updatedAt: 1, providerId: 'together', model: 'emu-small', messages };
}

/** The start of an answer's last paragraph, as it shows on screen. */
function lastParagraph(markdown: string): string {
  return [...markdown.matchAll(/Paragraph \d+:/g)].at(-1)![0];
}

/** The two UI budgets, in Chromium against the browser preview (run `npm run build` first). */
export async function benchUi(options: BenchOptions): Promise<BenchResult[]> {
  const size = options.quick ? 100 : 1000;
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
  mkdirSync(join(dataDir, 'conversations'), { recursive: true });
  writeFileSync(join(dataDir, 'conversations', 'big.json'), JSON.stringify({ version: 1, ...bigConversation(size) }));
  const key = 'bench-key-0000000000000000';
  // The emulator answers "… in N tokens" with a markdown report of about N tokens.
  const emulator = await startEmulator({ key, reply: (question) => markdownAnswer(Number(/in (\d+) tokens/.exec(question)?.[1] ?? 100)) });
  const preview = await startPreview({ dataDir, staticDir: resolve('dist/renderer'), env: { TOGETHER_API_KEY: key } });
  await preview.core.providers.update('together', { baseUrl: emulator.baseUrl, model: 'emu-small' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(preview.url);
    await page.getByRole('log', { name: 'Messages' }).getByRole('article').first().waitFor();

    // Open the 1,000-message conversation from a fresh one: click to the frame after it is on screen.
    await page.getByRole('button', { name: 'New chat', exact: true }).first().click();
    await page.waitForFunction('document.querySelectorAll("article.message").length === 0');
    // Scripts run in the page are strings: tsx would otherwise inject helpers the page lacks.
    const openMs = (await page.evaluate(`(async () => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'A long conversation');
      const t0 = performance.now();
      button.click();
      await new Promise((done) => {
        // Opened means the latest messages are on screen (earlier ones load on request).
        const check = () => ([...document.querySelectorAll('article.message')].some((a) => a.textContent.includes('Answer ${size - 1}')) ? requestAnimationFrame(() => done()) : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    })()`)) as number;

    // Stream markdown answers (prose, a table, ten code blocks) as fast as the emulator sends them,
    // tracing every main-thread task: per-frame work must stay flat as the answer grows.
    await page.getByRole('button', { name: 'New chat', exact: true }).first().click();
    await page.getByRole('combobox', { name: 'Provider' }).selectOption('together');
    await page.getByRole('combobox', { name: 'Model' }).fill('emu-small');
    const streamed: { tokens: number; longest: number; frameP95: number; frames: number }[] = [];
    // A first short answer, not measured, loads what the first answer of a session loads once
    // (the markdown and highlighting chunks); the budget is about the work per frame after that.
    for (const tokens of [200, ...STREAM_SIZES[options.quick ? 'quick' : 'full']]) {
      await page.getByRole('button', { name: 'New chat', exact: true }).first().click();
      await page.getByRole('textbox', { name: 'Message', exact: true }).fill(`Write the report in ${tokens} tokens.`);
      const trace = await traceMainThread(page);
      await page.getByRole('button', { name: 'Send' }).click();
      // Done when the answer's last paragraph is on screen, however far the page fell behind. Checked
      // twice a second with one cheap lookup: a locator's polling would walk the growing page every
      // frame and be counted as the page's own work.
      const shown = `[...document.querySelectorAll('article.message:last-of-type .markdown p')].at(-1)?.textContent.startsWith(${JSON.stringify(lastParagraph(markdownAnswer(tokens)))}) === true`;
      for (const started = Date.now(); !(await page.evaluate(shown)); await new Promise((r) => setTimeout(r, 500))) {
        if (Date.now() - started > 120_000) throw new Error(`the ${tokens}-token answer was not shown within two minutes`);
      }
      const tasks = await trace.stop();
      if (tokens === 200) continue;
      const frames = workPerFrame(tasks);
      streamed.push({ tokens, longest: Math.max(0, ...tasks.map((t) => t.ms)), frameP95: p95(frames), frames: frames.length });
    }
    const largest = streamed.at(-1)!;
    const flat = largest.frameP95 / Math.max(streamed[0]!.frameP95, 0.001);
    const longest = Math.max(...streamed.map((s) => s.longest));
    const sizes = streamed.map((s) => s.tokens.toLocaleString('en')).join(' / ');
    return [
      { name: `open a ${size.toLocaleString('en')}-message conversation`, value: `${openMs.toFixed(0)} ms until the latest messages are painted`, budget: '<= 200 ms', pass: openMs <= 200 },
      {
        name: `chat view: markdown answers of ${sizes} tokens streamed as fast as they come (Chromium trace)`,
        value: `p95 main-thread work per frame ${streamed.map((s) => s.frameP95.toFixed(1)).join(' / ')} ms (largest ÷ smallest ${flat.toFixed(2)}); longest task ${streamed.map((s) => s.longest.toFixed(0)).join(' / ')} ms`,
        budget: 'p95 <= 8 ms at the largest, flat (ratio <= 2), no task > 50 ms',
        pass: largest.frameP95 <= 8 && flat <= 2 && longest <= 50,
        figure: largest.frameP95,
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
    await preview.close();
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
