// Shapes of the server's JSON shared by every role: names for the types generated from
// docs/openapi.json (openapi.gen.ts), so that the document is the one description of the API.
import type { components, paths } from "./openapi.gen";

export type Schemas = components["schemas"];

export type Me = Schemas["Me"]; // GET /v1/me: the user, and the platform's clock when it answered
export type Role = Me["role"];
export type Window = Schemas["Window"]; // YYYY-MM-DDTHH:MM

// The API paths a GET answers with JSON, and what it answers (200 OK) as the document describes it:
// the lists, whose answers have no schema of their own, e.g. Answer<"/v1/my/visits">.
type JsonGet = { responses: { 200: { content: { "application/json": unknown } } } };
type Gettable = { [P in keyof paths]: paths[P]["get"] extends JsonGet ? P : never }[keyof paths];
export type Answer<P extends Gettable> = paths[P]["get"] extends JsonGet
  ? paths[P]["get"]["responses"][200]["content"]["application/json"]
  : never;
