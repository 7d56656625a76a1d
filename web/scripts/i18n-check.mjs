// Fails on a text a user would read that does not go through the translation function, and on
// catalogues that do not match. Reads every .ts/.tsx under src/ with the TypeScript compiler:
//  - JSX text with letters (<p>Open tasks</p>);
//  - string and template literals with letters in user-facing JSX attributes (title, placeholder,
//    aria-label, alt, label, hint, ...) and in JSX expressions that render them ({busy ? "Saving…" :
//    "Save"}), also where a component receives them (label="Date", what="your tasks");
//  - the same in object properties of the kind (label: "Next 7 days", title: ...), and sentences
//    (letters and a space) handed to a setter or a callback (setNotice(`You claimed ...`),
//    props.onChanged("...")), which is how screens build their messages, and the message of a
//    new ApiError (shown to the user as the server's own messages are);
// and src/i18n/nl.ts against src/i18n/en.ts: the same keys, no empty text, every key the code
// uses with t("...") in both (t(`kind.${x}`) needs some key under "kind."), and no key unused.
// Usage: node scripts/i18n-check.mjs [SRC]; prints file:line and the text of each finding, exit 1.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

// Attributes and properties whose text a user reads or hears.
const userFacing = new Set([
  "title", "placeholder", "aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "alt",
  "data-label", "label", "hint", "what", "submitLabel", "heading", "message", "summary", "caption", "legend", "emptyText",
]);

// Texts that are the same in every language, each with why.
const sameInEveryLanguage = new Set([
  "carecrowd", // the product's name
  "FREQ=WEEKLY;BYDAY=MO,TH", // an RRULE example (RFC 5545 syntax, the same in every language)
]);

// Files not read for untranslated texts: generated code and the catalogues themselves.
const notScreens = [/^openapi\.gen\.ts$/, /^i18n\/(nl|en)\.ts$/];

const hasLetter = /\p{L}/u;

function sourcesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const isTranslateCall = (node) =>
  ts.isCallExpression(node) &&
  ((ts.isIdentifier(node.expression) && node.expression.text === "t") ||
    (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "t"));

// The literal texts an expression renders as it is: the branches of ?:, the sides of || ?? &&,
// template literals' own text; not what a call returns (t("...") is the point).
function renderedLiterals(node, out = []) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push({ node, text: node.text });
  else if (ts.isTemplateExpression(node)) {
    const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
    out.push({ node, text });
    for (const span of node.templateSpans) renderedLiterals(span.expression, out);
  } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) renderedLiterals(node.expression, out);
  else if (ts.isConditionalExpression(node)) {
    renderedLiterals(node.whenTrue, out);
    renderedLiterals(node.whenFalse, out);
  } else if (ts.isBinaryExpression(node) && ["||", "??", "&&", "+"].includes(ts.tokenToString(node.operatorToken.kind))) {
    renderedLiterals(node.left, out);
    renderedLiterals(node.right, out);
  }
  return out;
}

function untranslatedIn(file, root) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings = [];
  const report = (node, what) => {
    const shown = what.replace(/\s+/g, " ").trim();
    if (!hasLetter.test(shown) || sameInEveryLanguage.has(shown)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    findings.push({ file: relative(root, file), line: line + 1, text: shown });
  };
  const reportRendered = (expression) => {
    for (const literal of renderedLiterals(expression)) report(literal.node, literal.text);
  };
  const visit = (node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) reportRendered(node.expression);
    else if (ts.isJsxAttribute(node) && userFacing.has(node.name.getText(source)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) reportRendered(node.initializer.expression);
    } else if (ts.isPropertyAssignment(node) && userFacing.has(node.name.getText(source).replace(/["']/g, ""))) {
      reportRendered(node.initializer);
    } else if (ts.isNewExpression(node) && node.expression.getText(source) === "ApiError") {
      for (const arg of node.arguments ?? []) reportRendered(arg);
    } else if (ts.isCallExpression(node) && !isTranslateCall(node)) {
      const callee = node.expression.getText(source).split(".").pop();
      if (/^(set|on)[A-Z]/.test(callee)) {
        for (const arg of node.arguments) {
          for (const literal of renderedLiterals(arg)) if (/\p{L}+\s+\p{L}/u.test(literal.text)) report(literal.node, literal.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { findings, source };
}

// The keys t() is called with: literals, and the fixed start of template literals.
function keysUsedIn(source) {
  const exact = [];
  const prefixes = [];
  const literals = new Set();
  const visit = (node) => {
    if (isTranslateCall(node) && node.arguments.length) {
      const arg = node.arguments[0];
      const { line } = source.getLineAndCharacterOfPosition(arg.getStart(source));
      if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) exact.push({ key: arg.text, line: line + 1 });
      else if (ts.isTemplateExpression(arg)) prefixes.push({ key: arg.head.text, line: line + 1 });
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { exact, prefixes, literals };
}

async function loadCatalogue(path) {
  const js = ts.transpileModule(readFileSync(path, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const module = await import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`);
  const name = path.match(/(\w+)\.ts$/)[1];
  return module[name] ?? module.default;
}

function flatten(tree, prefix = "", out = new Map()) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object") flatten(value, path, out);
    else out.set(path, value);
  }
  return out;
}

const pluralForms = /_(zero|one|two|few|many|other)$/;

export async function checkTranslations(src) {
  const findings = [];
  const nl = flatten(await loadCatalogue(join(src, "i18n", "nl.ts")));
  const en = flatten(await loadCatalogue(join(src, "i18n", "en.ts")));
  const bases = new Set([...nl.keys()].map((k) => k.replace(pluralForms, "")));
  const files = sourcesUnder(src).sort();
  const used = { exact: [], prefixes: [], literals: new Set() };
  for (const file of files) {
    const rel = relative(src, file);
    const { findings: found, source } = untranslatedIn(file, src);
    if (!notScreens.some((r) => r.test(rel))) {
      // A key named outside t() (a table of keys: label: "nav.board") is not a text.
      for (const f of found.filter((f) => !bases.has(f.text))) findings.push(`${f.file}:${f.line}: untranslated text: ${JSON.stringify(f.text)}`);
    }
    if (/^i18n\/(nl|en)\.ts$/.test(rel)) continue;
    const keys = keysUsedIn(source);
    used.exact.push(...keys.exact.map((k) => ({ ...k, file: rel })));
    used.prefixes.push(...keys.prefixes.map((k) => ({ ...k, file: rel })));
    for (const l of keys.literals) used.literals.add(l);
  }

  for (const [name, mine, other, otherName] of [["nl", nl, en, "en"], ["en", en, nl, "nl"]]) {
    for (const [key, value] of mine) {
      if (!other.has(key)) findings.push(`i18n/${name}.ts: key ${key} is missing from i18n/${otherName}.ts`);
      if (typeof value !== "string" || value.trim() === "") findings.push(`i18n/${name}.ts: key ${key} has no text`);
    }
  }
  for (const { key, file, line } of used.exact) {
    if (!bases.has(key)) findings.push(`${file}:${line}: key ${JSON.stringify(key)} is not in the catalogues`);
  }
  for (const { key, file, line } of used.prefixes) {
    if (![...bases].some((b) => b.startsWith(key))) findings.push(`${file}:${line}: no key starts with ${JSON.stringify(key)}`);
  }
  // A key is in use when the code names it (in t() or in a table of keys) or a t(`prefix.${x}`) can reach it.
  for (const base of [...bases].sort()) {
    const named = used.literals.has(base) || used.exact.some((k) => k.key === base);
    if (!named && !used.prefixes.some((p) => base.startsWith(p.key))) findings.push(`i18n/nl.ts: key ${base} is not used`);
  }
  return findings;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const src = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "src"));
  const findings = await checkTranslations(src);
  for (const f of findings) console.error(f);
  if (findings.length) {
    console.error(`i18n-check: ${findings.length} finding${findings.length === 1 ? "" : "s"}`);
    process.exit(1);
  }
}
