// Fails when a module of the app imports itself through others (`import type` included: a type
// cycle still ties the modules' meanings together, and the next value import turns it into a
// load-order bug). Usage: node scripts/import-cycles.mjs [DIR], DIR defaulting to src/.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const sourceFile = /\.(ts|tsx|mts|js|jsx|mjs)$/;

function sourcesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return sourceFile.test(name) ? [path] : [];
  });
}

// A relative specifier as the bundler resolves it ("./screens" -> screens.tsx); packages are
// outside the app and cannot close a cycle through it.
function resolveImport(from, specifier) {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, ...[".ts", ".tsx", ".d.ts", ".js", ".mjs"].map((e) => base + e), join(base, "index.ts"), join(base, "index.tsx")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

// Every module's imports (static, type-only, re-exports and dynamic import()), then the cycles a
// depth-first walk meets: at least one through every group of modules that import each other,
// each as the list of modules around it, relative to dir.
export function findImportCycles(dir) {
  const graph = new Map();
  for (const file of sourcesUnder(dir)) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    graph.set(file, info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter((f) => f !== null));
  }
  const cycles = [];
  const state = new Map(); // file -> "open" while on the path, "done" after
  const path = [];
  const visit = (file) => {
    state.set(file, "open");
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push(path.slice(path.indexOf(next)).map((f) => relative(dir, f)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "src"));
  const cycles = findImportCycles(dir);
  for (const cycle of cycles) console.error(`import cycle: ${[...cycle, cycle[0]].join(" -> ")}`);
  if (cycles.length > 0) process.exit(1);
}
