// Browser-test harness: a real `carecrowd serve --demo` on a fresh SQLite file, the built web app
// (web/dist) served by it, and Debian's chromium driven by playwright-core. Every page is
// confined to the carecrowd server: any other request is aborted and fails the test, which is how
// "no CDN, no tiles, no fonts from elsewhere" is checked.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = resolve(webDir, "..");

export const binary = process.env.CARECROWD_BIN ?? join(repoDir, "build", "carecrowd");
// The built app; a different folder lets several people build and test at once.
export const distDir = process.env.CARECROWD_WEB_DIST ?? join(webDir, "dist");
export const screenshotDir = process.env.CARECROWD_SCREENSHOTS ?? join(webDir, "screenshots");
export const password = "demo-password";
// The demo region is seeded around the platform's clock; a fixed Monday morning keeps every run
// the same whatever the time of day.
export const clock = "2026-03-02T06:30";
export const today = clock.slice(0, 10);

export const sizes = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
};

// Starts a demo server; resolves when it prints its address. `at`: another fixed clock (a time of
// day when the demo's caregivers are on duty, for alarms).
export async function startServer(extraArgs = [], { at = clock } = {}) {
  assert.ok(existsSync(binary), `${binary} is missing: build the server first (scripts/build)`);
  assert.ok(existsSync(join(distDir, "index.html")), `${distDir} is missing: npm run build`);
  const dir = mkdtempSync(join(tmpdir(), "carecrowd-web-"));
  const child = spawn(
    binary,
    [
      "serve", "--demo", "--database", `sqlite:${join(dir, "demo.db")}`, "--listen", "127.0.0.1:0",
      "--web", distDir, "--clock", at, "--access-log", "off", "--fast-password-hashing",
      "--threads", "8", ...extraArgs,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = [];
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not start in 60 s")), 60000);
    child.on("exit", (code) => reject(new Error(`the server exited with ${code}`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      lines.push(line);
      const match = line.match(/listening on (http:\/\/[^ ]+)/);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
  });
  return {
    url,
    output: lines,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r() : child.on("exit", r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// One demo server and one browser for a test file: started before its first test, stopped after
// its last. Use as `const world = demoWorld();` then `world.server`, `world.browser`.
export function demoWorld(extraArgs = [], options = {}) {
  const world = { server: null, browser: null };
  before(async () => {
    world.server = await startServer(extraArgs, options);
    world.browser = await launchBrowser();
  });
  after(async () => {
    await world.browser?.close();
    await world.server?.stop();
  });
  return world;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync",
    ],
  });
}

// A browser page at phone or desktop size that may only talk to the carecrowd server. Failed
// requests elsewhere and console errors are collected; `page.assertClean()` fails the test on them.
// `context`: more of the browser context's options, e.g. { locale: "nl-NL" } for a Dutch browser
// (without it chromium speaks en-US, and the app English).
export async function openPage(browser, server, size = "desktop", context_ = {}) {
  const context = await browser.newContext({ ...sizes[size], baseURL: server.url, acceptDownloads: true, ...context_ });
  const foreign = [];
  const consoleErrors = [];
  await context.route("**/*", (route) => {
    const target = route.request().url();
    if (target.startsWith(server.url) || target.startsWith("data:") || target.startsWith("blob:")) return route.continue();
    foreign.push(target);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    // 4xx answers the app shows as messages (a lost claim race) are expected; script errors are not.
    if (message.type() === "error" && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
      consoleErrors.push(message.text());
    }
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  page.size = size;
  page.assertClean = () => {
    assert.deepEqual(foreign, [], "the page requested something outside the carecrowd server");
    assert.deepEqual(consoleErrors, [], "the page logged errors");
  };
  return page;
}

// The login form's words in each language a test uses it in (a page in a Dutch browser: `dutch`).
const loginWords = {
  en: { email: "Email", password: "Password", logIn: "Log in", logOut: "Log out" },
  nl: { email: "E-mailadres", password: "Wachtwoord", logIn: "Inloggen", logOut: "Uitloggen" },
};

export async function login(page, email, { dutch = false } = {}) {
  const words = loginWords[dutch ? "nl" : "en"];
  await page.goto("/");
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password).fill(password);
  await page.getByRole("button", { name: words.logIn }).click();
  await page.getByRole("button", { name: words.logOut }).waitFor();
  // The app then opens the role's first screen (a replace of "/" right after the first render).
  await page.waitForURL((url) => url.pathname !== "/");
}

export async function logout(page) {
  await page.getByRole("button", { name: "Log out" }).click();
  await page.getByRole("button", { name: "Log in" }).waitFor();
}

// Writes <name>-<phone|desktop>.png into the screenshot folder (README: web/screenshots/).
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}-${page.size}.png`), fullPage: true });
}

// The API as a given user, for setting up or checking what the browser did.
export async function apiAs(server, email) {
  const reply = await fetch(`${server.url}/v1/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(reply.status, 200, `login ${email}`);
  const { token } = await reply.json();
  const call = async (method, path, body) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      // CSV and other text replies
    }
    return { status: response.status, json, text };
  };
  return {
    get: (path) => call("GET", path),
    post: (path, body = {}) => call("POST", path, body),
    put: (path, body) => call("PUT", path, body),
    del: (path) => call("DELETE", path),
  };
}

// Tabs through the page from the top and returns the focused elements' accessible descriptions,
// so a test can assert a form is reachable and operable without a mouse.
export async function tabOrder(page, steps) {
  const seen = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press("Tab");
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return "";
        const label = el.labels?.[0]?.textContent ?? el.getAttribute("aria-label") ?? el.textContent ?? "";
        return `${el.tagName.toLowerCase()}:${label.trim()}`;
      }),
    );
  }
  return seen;
}

// Every visible input, select and textarea has an accessible name (a label or aria-label).
export async function assertFormsLabelled(page) {
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll("input, select, textarea")]
      .filter((el) => el.type !== "hidden" && el.offsetParent !== null)
      .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby"))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  assert.deepEqual(unlabelled, [], "every form field has a label");
}
