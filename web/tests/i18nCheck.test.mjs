// The translation check (scripts/i18n-check.mjs): it finds a text that skips the translation
// function and catalogues that disagree, and the app has neither.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkTranslations } from "../scripts/i18n-check.mjs";

const script = join(dirname(fileURLToPath(import.meta.url)), "..", "scripts", "i18n-check.mjs");

function fixture(files) {
  const dir = mkdtempSync(join(tmpdir(), "i18n-check-"));
  mkdirSync(join(dir, "i18n"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const catalogues = {
  "i18n/nl.ts": 'export const nl = { feed: { claim: "Aannemen", count_one: "{{count}} bezoek", count_other: "{{count}} bezoeken" } };\n',
  "i18n/en.ts": 'export const en = { feed: { claim: "Claim", count_one: "{{count}} task", count_other: "{{count}} tasks" } };\n',
};

test("texts through t() and catalogues with the same keys pass", async () => {
  const dir = fixture({
    ...catalogues,
    "Feed.tsx": 'const t = (k: string, v?: object) => k;\nexport const Feed = (n: number) => <p title={t("feed.claim")}>{t("feed.count", { count: n })} ✓ 12</p>;\n',
  });
  try {
    assert.deepEqual(await checkTranslations(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an untranslated text, an untranslated attribute, a missing key and unequal catalogues fail with file:line", async () => {
  const dir = fixture({
    "i18n/nl.ts": 'export const nl = { feed: { claim: "Aannemen", only: "" } };\n',
    "i18n/en.ts": 'export const en = { feed: { claim: "Claim" } };\n',
    "Feed.tsx": [
      "const t = (k: string) => k;",
      "export const Feed = (busy: boolean, setNotice: (s: string) => void) => (",
      '  <div aria-label="Open tasks">',
      "    <h1>Open tasks</h1>{String(new ApiError(0, \"Server gone\"))}",
      '    <button onClick={() => setNotice(`You claimed it`)}>{busy ? "Claiming…" : t("feed.claim")}</button>',
      '    <p>{t("feed.gone")}</p>',
      "  </div>",
      ");",
      "",
    ].join("\n"),
  });
  try {
    const findings = await checkTranslations(dir);
    for (const expected of [
      'Feed.tsx:3: untranslated text: "Open tasks"',
      'Feed.tsx:4: untranslated text: "Open tasks"',
      'Feed.tsx:4: untranslated text: "Server gone"',
      'Feed.tsx:5: untranslated text: "You claimed it"',
      'Feed.tsx:5: untranslated text: "Claiming…"',
      'Feed.tsx:6: key "feed.gone" is not in the catalogues',
      "i18n/nl.ts: key feed.only is missing from i18n/en.ts",
      "i18n/nl.ts: key feed.only has no text",
    ]) {
      assert.ok(findings.includes(expected), `${expected}\nin:\n${findings.join("\n")}`);
    }
    // The command line says the same and exits 1.
    const run = spawnSync(process.execPath, [script, dir], { encoding: "utf8" });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /Feed\.tsx:4: untranslated text: "Open tasks"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the app's texts all go through the catalogues, and nl and en have the same keys", () => {
  const run = spawnSync(process.execPath, [script], { encoding: "utf8" });
  assert.equal(run.stderr, "");
  assert.equal(run.status, 0);
});
