// The import-cycle check (scripts/import-cycles.mjs): it finds a cycle made of type imports alone,
// and the app has none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findImportCycles } from "../scripts/import-cycles.mjs";

test("a screen list and a screen importing each other's types are a cycle; a shared module is not", () => {
  const dir = mkdtempSync(join(tmpdir(), "import-cycles-"));
  try {
    mkdirSync(join(dir, "role"));
    writeFileSync(join(dir, "screens.tsx"), 'import { Screen } from "./role/Screen";\nexport interface Props { a: number }\n');
    writeFileSync(join(dir, "role", "Screen.tsx"), 'import type { Props } from "../screens";\nimport { x } from "../shared";\n');
    writeFileSync(join(dir, "shared.ts"), 'import { h } from "preact";\nexport const x = 1;\n');
    assert.deepEqual(findImportCycles(dir), [["role/Screen.tsx", "screens.tsx"]]);

    writeFileSync(join(dir, "role", "Screen.tsx"), 'import { x } from "../shared";\n');
    assert.deepEqual(findImportCycles(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the app's modules import one another without a cycle", () => {
  const src = join(dirname(fileURLToPath(import.meta.url)), "..", "src");
  assert.deepEqual(findImportCycles(src), []);
});
