// Checks a JSON answer against its schema in docs/openapi.json, as strictly as the types generated
// from the document (src/openapi.gen.ts) assume: every required property present, nothing the
// document does not name, types, nullability and enums. Returns the differences as readable lines
// ("items[0].lat: not in the document"); an empty list means the answer is as described.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const openapi = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "..", "docs", "openapi.json"), "utf8"),
);

// The schema of an operation's answer: responseSchema("/v1/tasks/{id}", "get", 200).
export function responseSchema(pattern, method, status, doc = openapi) {
  const schema = doc.paths[pattern]?.[method]?.responses?.[status]?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`the document has no JSON answer ${status} for ${method.toUpperCase()} ${pattern}`);
  return schema;
}

function resolveRef(schema, doc) {
  while (schema.$ref) schema = schema.$ref.replace(/^#\//, "").split("/").reduce((node, key) => node[key], doc);
  return schema;
}

function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

// The properties an object schema names and requires, its allOf parts' included.
function objectParts(schema, doc) {
  const parts = [schema, ...(schema.allOf ?? []).map((s) => resolveRef(s, doc))];
  return {
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
    required: parts.flatMap((p) => p.required ?? []),
  };
}

export function schemaDifferences(value, schema, doc = openapi, at = "") {
  schema = resolveRef(schema, doc);
  const where = at || "(answer)";
  if (schema.oneOf) {
    const tries = schema.oneOf.map((s) => schemaDifferences(value, s, doc, at));
    return tries.some((d) => d.length === 0) ? [] : [`${where}: matches none of oneOf (${tries.map((d) => d[0]).join("; ")})`];
  }
  if (value === null) return schema.nullable ? [] : [`${where}: null, not nullable`];
  const type = schema.type ?? (schema.properties || schema.allOf ? "object" : undefined);
  const actual = typeOf(value);
  if (type && actual !== type && !(type === "number" && actual === "integer")) return [`${where}: ${actual}, not ${type}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  if (actual === "array") return value.flatMap((item, i) => (schema.items ? schemaDifferences(item, schema.items, doc, `${at}[${i}]`) : []));
  if (actual !== "object" || schema.additionalProperties === true) return [];
  const { properties, required } = objectParts(schema, doc);
  const out = required.filter((name) => !(name in value)).map((name) => `${at ? `${at}.` : ""}${name}: required, missing`);
  for (const [name, v] of Object.entries(value)) {
    const path = at ? `${at}.${name}` : name;
    if (properties[name]) out.push(...schemaDifferences(v, properties[name], doc, path));
    else out.push(`${path}: not in the document`);
  }
  return out;
}
