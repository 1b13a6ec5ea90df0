/**
 * The desktop app, booted from its REAL build (dist-electron/main.js, preload.cjs, dist/renderer)
 * through every start-up scenario, each a fresh boot: under the Electron stand-in always, and under
 * a real Electron binary where one exists.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY, containsCanary } from '../support/canary';
import { emulatorReply, startEmulator, type Emulator } from '../support/emulator';
import { configureProvider } from '../support/preview-session';
import { startConnectProxy, throughProxyName } from '../support/connect-proxy';
import { realElectronDriver, standinDriver, type DesktopApp, type DesktopDriver } from './desktop-driver';
import { testServerCommand } from '../support/mcp';
import { startHttpTestServer } from '../support/mcp-test-server';

const built = existsSync(resolve('dist-electron/main.js')) && existsSync(resolve('dist/renderer/index.html'));

async function saveKey(page: Page, key: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Together AI settings' });
  await form.getByLabel(/API key/).fill(key);
  await form.getByRole('button', { name: 'Save key' }).click();
}

function keyStatus(page: Page) {
  return page.getByRole('region', { name: 'Together AI settings' }).getByRole('status', { name: 'Key status' });
}

async function chat(page: Page, text: string): Promise<void> {
  await page.getByRole('link', { name: 'Chat' }).click();
  await page.getByRole('button', { name: 'New chat' }).click();
  await page.getByRole('combobox', { name: 'Provider' }).selectOption('together');
  await expect.poll(() => page.getByRole('combobox', { name: 'Model' }).inputValue()).toBe('emu-small');
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => page.getByRole('article', { name: 'Assistant message' }).last().textContent(), { timeout: 15_000 }).toContain(emulatorReply(text));
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? allFiles(join(dir, d.name)) : [join(dir, d.name)]));
}

function scenarios(driver: DesktopDriver) {
  describe.skipIf(!!driver.skip || !built)(`the desktop app under the ${driver.name}`, () => {
    let emulator: Emulator;
    const temp: string[] = [];
    const running: DesktopApp[] = [];
    // A profile folder inside a fresh temp folder: the stand-in keeps its keyring beside the profile.
    const folder = (prefix: string) => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      temp.push(dir);
      mkdirSync(join(dir, 'profile'));
      return join(dir, 'profile');
    };
    const boot = async (...args: Parameters<DesktopDriver['boot']>) => {
      const app = await driver.boot(...args);
      running.push(app);
      return app;
    };

    beforeAll(async () => {
      emulator = await startEmulator({ key: CANARY_KEY, chunkDelayMs: 2 });
    });
    afterAll(async () => {
      for (const app of running) await app.quit().catch(() => undefined);
      await emulator?.close();
      for (const dir of temp) rmSync(dir, { recursive: true, force: true });
    });

    it('first run: a window within 15 s, settings, a key, a chat through the emulator, the masked header in Network; then a restart brings it all back', async () => {
      const userDataDir = folder('sb-desktop-');
      const app = await boot({ userDataDir });
      const page = await app.firstWindow(15_000);
      expect(await page.title()).toMatch(/Switchboard$/);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      await configureProvider(page, 'Together AI', emulator.baseUrl, 'emu-small');
      await saveKey(page, CANARY_KEY);
      await expect.poll(() => keyStatus(page).textContent()).toContain('Stored, encrypted');
      await chat(page, 'hello desktop');
      await page.getByRole('link', { name: 'Network' }).click();
      await page.getByRole('button', { name: /POST 127\.0\.0\.1:\d+\/v1\/chat\/completions 200/ }).click();
      const auth = page.getByRole('region', { name: 'Exchange detail' }).getByRole('status', { name: 'Auth' });
      await expect.poll(() => auth.textContent()).toMatch(/Authorization: Bearer tgp_…6789 · \d+ chars · sha256 [0-9a-f]{8}/);
      expect(app.pageErrors()).toEqual([]);
      expect(await app.quit()).toBe(0);

      const again = await boot({ userDataDir });
      const page2 = await again.firstWindow(15_000);
      await page2.getByRole('button', { name: 'hello desktop', exact: true }).waitFor();
      await page2.getByRole('link', { name: 'Settings' }).click();
      await page2.getByRole('button', { name: 'Together AI', exact: true }).click();
      await expect.poll(() => keyStatus(page2).textContent()).toContain('Stored, encrypted');
      expect(again.pageErrors()).toEqual([]);
      expect(await again.quit()).toBe(0);
      const leaked = allFiles(userDataDir).filter((f) => containsCanary(readFileSync(f, 'latin1')));
      expect(leaked).toEqual([]);
    });

    it('without a keyring (basic_text) keeps the key for this run only, until the user accepts weaker storage', async () => {
      const userDataDir = folder('sb-desktop-basic-');
      const app = await boot({ userDataDir, keyring: 'basic_text' });
      const page = await app.firstWindow(15_000);
      await configureProvider(page, 'Together AI', emulator.baseUrl, 'emu-small');
      await saveKey(page, CANARY_KEY);
      await expect.poll(() => keyStatus(page).textContent()).toContain('In memory for this run only');
      expect(JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8')).keys ?? {}).toEqual({});
      await chat(page, 'session key works');
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Together AI', exact: true }).click();
      await page.getByRole('button', { name: 'Store with weaker protection' }).click();
      await expect.poll(() => keyStatus(page).textContent()).toContain('Stored, encrypted');
      expect(Object.keys(JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8')).keys)).toEqual(['together']);
      expect(await app.quit()).toBe(0);
    });

    it('sets a corrupt settings file aside, says so in the window, and starts fresh', async () => {
      const userDataDir = folder('sb-desktop-corrupt-');
      writeFileSync(join(userDataDir, 'settings.json'), '{"keys": {"together": tru');
      const app = await boot({ userDataDir });
      const page = await app.firstWindow(15_000);
      await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/settings\.json could not be read .*moved to .*settings\.json\.corrupt-\d+/);
      expect(readdirSync(userDataDir).filter((f) => f.startsWith('settings.json.corrupt-'))).toHaveLength(1);
      expect(await app.quit()).toBe(0);
    });

    it('refuses settings written by a newer version with a clear error, and changes nothing', async () => {
      const userDataDir = folder('sb-desktop-newer-');
      const newer = JSON.stringify({ version: 99, providers: {} });
      writeFileSync(join(userDataDir, 'settings.json'), newer);
      const app = await boot({ userDataDir });
      expect(await app.exited).toBe(1);
      expect(app.fatalText()).toMatch(/newer Switchboard \(format 99\)/);
      expect(readFileSync(join(userDataDir, 'settings.json'), 'utf8')).toBe(newer);
      expect(app.windows()).toEqual([]);
    });

    it('works when installed under a path with `100% done~` in it', async () => {
      const installDir = join(folder('sb-install-'), '..', '100% done~', 'app [x]');
      mkdirSync(installDir, { recursive: true });
      for (const part of ['package.json', 'dist', 'dist-electron']) cpSync(resolve(part), join(installDir, part), { recursive: true });
      symlinkSync(resolve('node_modules'), join(installDir, 'node_modules'), 'dir');
      const app = await boot({ appDir: installDir, userDataDir: folder('sb-desktop-path-') });
      const page = await app.firstWindow(15_000);
      await configureProvider(page, 'Together AI', emulator.baseUrl, 'emu-small');
      await saveKey(page, CANARY_KEY);
      await chat(page, 'from an odd path');
      expect(app.pageErrors()).toEqual([]);
      expect(await app.quit()).toBe(0);
    });

    it('opens Settings from the menu, refuses to navigate away, and sends https links to the system browser', async () => {
      const app = await boot({ userDataDir: folder('sb-desktop-guards-') });
      const page = await app.firstWindow(15_000);
      await app.clickMenu('Settings…');
      await expect.poll(() => app.windows().some((w) => w.url().includes('#/settings'))).toBe(true);
      const before = page.url();
      await page.evaluate(() => {
        (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/phish';
      });
      await page.waitForTimeout(300);
      expect(page.url()).toBe(before);
      await page.evaluate(() => void (globalThis as unknown as { open(u: string): unknown }).open('https://example.com/docs'));
      await expect.poll(() => app.externalLinks()).toEqual(['https://example.com/docs']);
      await page.evaluate(() => void (globalThis as unknown as { open(u: string): unknown }).open('file:///etc/passwd'));
      await page.waitForTimeout(200);
      expect(app.externalLinks()).toEqual(['https://example.com/docs']);
      expect(await app.quit()).toBe(0);
    });

    it('takes a proxy set in Settings: requests leave the main process through it, and the session follows', async () => {
      const proxy = await startConnectProxy({ credentials: 'dana:desktop-proxy-pass' });
      try {
        const app = await boot({ userDataDir: folder('sb-desktop-proxy-') });
        const page = await app.firstWindow(15_000);
        await page.getByRole('link', { name: 'Settings' }).click();
        await page.getByRole('button', { name: 'Network and proxy' }).click();
        const network = page.getByRole('region', { name: 'Network settings' });
        await network.getByRole('radio', { name: 'Use this proxy' }).check();
        await network.getByLabel('Proxy URL').fill(`http://dana:desktop-proxy-pass@127.0.0.1:${proxy.port}`);
        await network.getByRole('button', { name: 'Save proxy settings' }).click();
        await network.getByRole('status').filter({ hasText: 'saved' }).waitFor();
        await expect.poll(() => app.sessionProxy()).toBe(`127.0.0.1:${proxy.port}`);
        await configureProvider(page, 'Together AI', throughProxyName(emulator.baseUrl), 'emu-small');
        await saveKey(page, CANARY_KEY);
        await chat(page, 'through the office proxy');
        expect(proxy.seen.some((s) => s.startsWith('CONNECT emulator.test:'))).toBe(true);
        expect(await app.quit()).toBe(0);
      } finally {
        await proxy.close();
      }
    });

    it('runs an MCP server from the main process: the call waits for approval in the window, and quitting stops the server', async () => {
      const userDataDir = folder('sb-desktop-mcp-');
      const pidFile = join(userDataDir, '..', 'mcp.pid');
      const app = await boot({ userDataDir });
      const page = await app.firstWindow(15_000);
      await configureProvider(page, 'Together AI', emulator.baseUrl, 'emu-small');
      await saveKey(page, CANARY_KEY);
      await page.getByRole('button', { name: 'Tools (MCP)' }).click();
      const section = page.getByRole('region', { name: 'Tools (MCP servers)' });
      await section.getByText('Import from Claude Desktop, Cursor or Cherry Studio…').click();
      const remote = await startHttpTestServer({ token: 'sb-canary-desktop-mcp-token-42' });
      await section.getByLabel('Or paste its JSON').fill(JSON.stringify({ mcpServers: { tools: { ...testServerCommand(), env: { MCP_TEST_PID_FILE: pidFile } }, remote: { url: `${remote.root}/mcp`, headers: { Authorization: 'Bearer sb-canary-desktop-mcp-token-42' } } } }));
      await section.getByRole('button', { name: 'Import', exact: true }).click();
      await section.getByRole('status').filter({ hasText: 'Added 2' }).waitFor();
      // An HTTP server through the main process's fetch (Electron's net): its tools listed, its requests in the Network tab.
      const server = section.getByRole('article', { name: 'MCP server remote' });
      await server.getByRole('button', { name: 'Start' }).click();
      await server.getByRole('table', { name: 'Tools of remote' }).waitFor({ timeout: 20_000 });
      await page.getByRole('link', { name: 'Network' }).click();
      await expect.poll(() => page.getByRole('list', { name: 'Exchanges' }).textContent()).toContain('remote');
      expect(await page.getByRole('list', { name: 'Exchanges' }).textContent()).not.toContain('sb-canary-desktop-mcp-token-42');
      await remote.close();
      await page.getByRole('link', { name: 'Chat' }).click();
      await page.getByRole('button', { name: 'New chat' }).click();
      await page.getByRole('combobox', { name: 'Provider' }).selectOption('together');
      await page.getByRole('textbox', { name: 'Message', exact: true }).fill('call:add({"a":2,"b":3})');
      await page.getByRole('button', { name: 'Send' }).click();
      const card = page.getByRole('region', { name: 'Tool call tools / add' });
      await card.getByRole('button', { name: 'Allow once' }).click({ timeout: 20_000 });
      await expect.poll(() => page.getByRole('article', { name: 'Assistant message' }).last().textContent(), { timeout: 15_000 }).toContain('The tools said: add = 5');
      const pid = Number(readFileSync(pidFile, 'utf8'));
      expect(() => process.kill(pid, 0)).not.toThrow();
      expect(await app.quit()).toBe(0);
      await expect.poll(() => {
        try {
          process.kill(pid, 0);
          return 'running';
        } catch {
          return 'gone';
        }
      }).toBe('gone');
    });

    it('runs one app per data folder: a second launch hands over to the first and leaves', async () => {
      const userDataDir = folder('sb-desktop-single-');
      const first = await boot({ userDataDir });
      await first.firstWindow(15_000);
      const second = await boot({ userDataDir });
      expect(await second.exited).toBe(0);
      expect(second.windows()).toEqual([]);
      expect(first.windows()).toHaveLength(1);
      expect(await first.quit()).toBe(0);
    });
  });
}

scenarios(standinDriver);
const real = realElectronDriver();
if (real.skip) console.warn(`Skipping the real-binary desktop scenarios: ${real.skip}.`);
scenarios(real);
