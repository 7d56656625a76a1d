// The API's types for the app, generated from the OpenAPI document the server serves
// (docs/openapi.json) by openapi-typescript into src/openapi.gen.ts, which is committed so that
// a change to the document shows in review as a change to the types the screens compile against.
//   node scripts/api-types.mjs          write src/openapi.gen.ts
//   node scripts/api-types.mjs --check  fail (exit 1, with a diff) when the committed file is not
//                                       what the document generates: the two have drifted apart
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const spec = join(web, "..", "docs", "openapi.json");
const target = join(web, "src", "openapi.gen.ts");

const header = `// Generated from docs/openapi.json by openapi-typescript (web/scripts/api-types.mjs): do not edit.
// After changing the document, run \`npm run generate:api-types\` in web/ and commit both.
`;

async function generate() {
  const ast = await openapiTS(pathToFileURL(spec));
  return header + astToString(ast);
}

const generated = await generate();
if (!process.argv.includes("--check")) {
  writeFileSync(target, generated);
} else {
  let committed = "";
  try {
    committed = readFileSync(target, "utf8");
  } catch {
    // missing: reported as drift below
  }
  if (committed !== generated) {
    const dir = mkdtempSync(join(tmpdir(), "api-types-"));
    const fresh = join(dir, "openapi.gen.ts");
    writeFileSync(fresh, generated);
    spawnSync("diff", ["-u", target, fresh], { stdio: "inherit" });
    rmSync(dir, { recursive: true, force: true });
    console.error(
      `${relative(process.cwd(), target)} is not what docs/openapi.json generates: run \`npm run generate:api-types\` in web/ and commit it`,
    );
    process.exit(1);
  }
}
