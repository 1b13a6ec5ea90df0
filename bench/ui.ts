import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPreview } from '../electron/web/server';
import { launchChromium } from '../test/support/browser';
import { startEmulator } from '../test/support/emulator';
import type { Conversation } from '../electron/shared/chat';
import type { BenchOptions, BenchResult } from './util';

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

/** The two UI budgets, in Chromium against the browser preview (run `npm run build` first). */
export async function benchUi(options: BenchOptions): Promise<BenchResult[]> {
  const size = options.quick ? 100 : 1000;
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
  mkdirSync(join(dataDir, 'conversations'), { recursive: true });
  writeFileSync(join(dataDir, 'conversations', 'big.json'), JSON.stringify({ version: 1, ...bigConversation(size) }));
  const key = 'bench-key-0000000000000000';
  const emulator = await startEmulator({ key });
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

    // Stream 5,000 tokens as fast as the emulator can send them, watching for long tasks.
    await page.getByRole('button', { name: 'New chat', exact: true }).first().click();
    await page.getByRole('combobox', { name: 'Provider' }).selectOption('together');
    await page.evaluate(`(() => {
      window.__long = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
    })()`);
    await page.getByRole('combobox', { name: 'Model' }).fill('emu-small');
    const words = Array.from({ length: options.quick ? 500 : 4993 }, (_, i) => `w${i}`).join(' ');
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill(words);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('article', { name: 'Assistant message' }).last().getByLabel('Token usage').waitFor({ timeout: 60_000 });
    const longTasks = (await page.evaluate('window.__long')) as number[];
    const worst = Math.max(0, ...longTasks);
    return [
      { name: `open a ${size.toLocaleString('en')}-message conversation`, value: `${openMs.toFixed(0)} ms until the latest messages are painted`, budget: '<= 200 ms', pass: openMs <= 200 },
      { name: `chat view: ${options.quick ? 500 : 5000} tokens streamed as fast as possible`, value: longTasks.length ? `${longTasks.length} tasks over 50 ms, longest ${worst.toFixed(0)} ms` : 'no main-thread task over 50 ms (Long Tasks API)', budget: 'no task > 50 ms', pass: worst <= 50 },
    ];
  } finally {
    await browser.close();
    await preview.close();
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
