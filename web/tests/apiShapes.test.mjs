// The API answers as docs/openapi.json describes them, so the types generated from the document
// (src/openapi.gen.ts), which the screens compile against, are true of the real server: a demo
// server is asked what each screen asks, and every answer is checked against its schema (every
// required property present, none the document does not name, types, nullability, enums).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { addDays } from "./dates.mjs";
import { apiAs, startServer, today } from "./harness.mjs";
import { responseSchema, schemaDifferences } from "./schemaCheck.mjs";

test("the shape check finds a missing required property, an unnamed one, a wrong type and a null", () => {
  const doc = {
    components: {
      schemas: {
        Thing: {
          type: "object",
          required: ["id", "when"],
          properties: { id: { type: "integer" }, when: { type: "string", nullable: true }, kind: { type: "string", enum: ["a", "b"] } },
        },
      },
    },
  };
  const thing = { $ref: "#/components/schemas/Thing" };
  assert.deepEqual(schemaDifferences({ id: 1, when: null, kind: "a" }, thing, doc), []);
  assert.deepEqual(schemaDifferences({ id: 1.5, kind: "c", extra: true }, thing, doc), [
    "when: required, missing",
    "id: number, not integer",
    'kind: "c" is not one of ["a","b"]',
    "extra: not in the document",
  ]);
  assert.deepEqual(schemaDifferences([{ id: null, when: "x" }], { type: "array", items: thing }, doc), ["[0].id: null, not nullable"]);
});

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

// Asks as `user` and checks the answer against the document's schema for `pattern`.
async function answer(user, method, path, pattern, status = 200, body = undefined) {
  const ask = { get: () => user.get(path), put: () => user.put(path, body), post: () => user.post(path, body), delete: () => user.del(path) };
  const reply = await ask[method]();
  assert.equal(reply.status, status, `${method.toUpperCase()} ${path}: ${reply.text.slice(0, 300)}`);
  assert.deepEqual(schemaDifferences(reply.json, responseSchema(pattern, method, status)), [], `${method.toUpperCase()} ${path}`);
  return reply.json;
}

test("the coordinator's answers: clients, arrangements, tasks, the board, caregivers and a plan run", async () => {
  const noord = await apiAs(server, "coordinator@noord.demo");
  const me = await answer(noord, "get", "/v1/me", "/v1/me");
  const clients = await answer(noord, "get", "/v1/clients?limit=3", "/v1/clients");
  assert.equal(clients.items.length, 3);
  const client = clients.items[0];
  await answer(noord, "get", `/v1/clients/${client.id}`, "/v1/clients/{id}");
  const arrangements = await answer(noord, "get", `/v1/clients/${client.id}/arrangements`, "/v1/clients/{id}/arrangements");
  assert.ok(arrangements.items.length > 0, "a demo client has a care arrangement");
  const arrangement = await answer(noord, "get", `/v1/arrangements/${arrangements.items[0].id}`, "/v1/arrangements/{id}");
  // The arrangement saved as it is: the answer adds what the change created and left behind.
  const tasks = arrangement.tasks.map(({ id: _id, after, ...task }) => (after === null ? task : { ...task, after }));
  const saved = await answer(noord, "put", `/v1/arrangements/${arrangement.id}`, "/v1/arrangements/{id}", 200, { tasks });
  assert.ok("tasks_created" in saved && "conflicts" in saved);

  // A new client with a weekly care task, then the arrangement ended today.
  const place = { name: "Vera Shape", address: "Oudegracht 1", postcode: "3511 AA", lat: 52.09, lon: 5.12 };
  const added = await answer(noord, "post", "/v1/clients", "/v1/clients", 201, place);
  await answer(noord, "put", `/v1/clients/${added.id}`, "/v1/clients/{id}", 200, { ...place, notes: "key under the mat" });
  const weekly = {
    tasks: [{ key: "shower", type: "shower", weekly: { days: ["mo", "th"] }, window: { start: "08:00", end: "10:00" }, duration_minutes: 30 }],
  };
  const made = await answer(noord, "post", `/v1/clients/${added.id}/arrangements`, "/v1/clients/{id}/arrangements", 201, weekly);
  assert.ok(made.tasks_created > 0 && made.tasks[0].rrule.startsWith("FREQ=WEEKLY"), "weekly days are stored as an RRULE");
  await answer(noord, "delete", `/v1/arrangements/${made.id}?last_day=${today}`, "/v1/arrangements/{id}");

  const day = await answer(noord, "get", `/v1/tasks?from=${today}&to=${today}&limit=50`, "/v1/tasks");
  assert.ok(day.items.some((t) => t.status === "claimed") && day.items.some((t) => t.status === "open"));
  assert.ok(day.items.some((t) => t.planned_start !== null), "claimed tasks have a planned start");
  await answer(noord, "get", `/v1/tasks/${day.items[0].id}`, "/v1/tasks/{id}");
  const tomorrow = await answer(noord, "get", `/v1/tasks?from=${addDays(today, 1)}&to=${addDays(today, 1)}&limit=100`, "/v1/tasks");
  const held = tomorrow.items.find((t) => t.status === "claimed" && t.check_in === null);
  assert.ok(held, "someone holds a task tomorrow");
  const reopened = await answer(noord, "post", `/v1/tasks/${held.id}/reopen`, "/v1/tasks/{id}/reopen");
  assert.equal(reopened.status, "open");
  const board = await answer(noord, "get", `/v1/board?from=${today}&to=${addDays(today, 6)}`, "/v1/board");
  assert.ok(board.at_risk.length > 0, "the demo has tasks at risk");
  const caregivers = await answer(noord, "get", `/v1/organisations/${me.organisation_id}/caregivers?limit=5`, "/v1/organisations/{id}/caregivers");
  await answer(noord, "get", `/v1/caregivers/${caregivers.items[0].id}`, "/v1/caregivers/{id}");

  const plan = await answer(noord, "post", "/v1/plans", "/v1/plans", 201, {
    from: addDays(today, 1), to: addDays(today, 1), mode: "review", time_limit_seconds: 0.5,
  });
  assert.ok(plan.proposals.length > 0, "the engine proposes something");
  await answer(noord, "get", "/v1/plans?limit=5", "/v1/plans");
  const sent = await answer(noord, "post", `/v1/plans/${plan.id}/send`, "/v1/plans/{id}/send", 200, { mode: "offer" });
  assert.ok(sent.counts.pending > 0, "offers went out");
  await answer(noord, "get", `/v1/plans/${plan.id}`, "/v1/plans/{id}");

  // The offers went to some of the demo's caregivers: the first of them found shows one as the
  // caregiver sees it.
  for (let n = 1; n <= 40; n++) {
    let caregiver;
    try {
      caregiver = await apiAs(server, `caregiver${n}@crowd.demo`);
    } catch {
      continue; // no such demo caregiver
    }
    const offers = await answer(caregiver, "get", "/v1/my/proposals", "/v1/my/proposals");
    if (offers.items.length > 0) {
      await answer(caregiver, "post", `/v1/proposals/${offers.items[0].id}/decline`, "/v1/proposals/{id}/decline");
      return;
    }
  }
  assert.fail("no caregiver has an offer open");
});

test("the caregiver's answers: profile, availability, feed, claim and release, my tasks, offers, prospects", async () => {
  const login = await fetch(`${server.url}/v1/auth/login`, {
    method: "POST",
    body: JSON.stringify({ email: "caregiver5@crowd.demo", password: "demo-password" }),
  });
  assert.deepEqual(schemaDifferences(await login.json(), responseSchema("/v1/auth/login", "post", 200)), []);
  const daan = await apiAs(server, "caregiver5@crowd.demo");
  const me = await answer(daan, "get", "/v1/me", "/v1/me");
  const profile = await answer(daan, "get", `/v1/caregivers/${me.caregiver_id}`, "/v1/caregivers/{id}");
  await answer(daan, "put", `/v1/caregivers/${me.caregiver_id}`, "/v1/caregivers/{id}", 200, { max_hours_week: profile.max_hours_week });
  const hours = await answer(daan, "get", `/v1/caregivers/${me.caregiver_id}/availability`, "/v1/caregivers/{id}/availability");
  await answer(daan, "put", `/v1/caregivers/${me.caregiver_id}/availability`, "/v1/caregivers/{id}/availability", 200, hours);
  await answer(daan, "get", "/v1/my/certificate-prospects", "/v1/my/certificate-prospects");
  const later = addDays(today, 7);
  const feed = await answer(daan, "get", `/v1/feed?from=${later}&to=${later}&limit=3`, "/v1/feed");
  assert.ok(feed.items.length > 0 && feed.total > 0);
  const task = feed.items[0];
  await answer(daan, "post", `/v1/tasks/${task.id}/claim`, "/v1/tasks/{id}/claim");
  await answer(daan, "get", `/v1/my/tasks?from=${later}&to=${later}`, "/v1/my/tasks");
  await answer(daan, "post", `/v1/tasks/${task.id}/release`, "/v1/tasks/{id}/release");

  // Today's visits of an employee: inside the privacy window they carry the client's details.
  const thijs = await apiAs(server, "employee@crowd.demo");
  const mine = await answer(thijs, "get", `/v1/my/tasks?from=${today}&to=${today}`, "/v1/my/tasks");
  assert.ok(mine.items.some((t) => t.client !== null), "a visit inside the privacy window shows its client");
  await answer(thijs, "get", "/v1/my/proposals", "/v1/my/proposals");

  // A certificate he uploads, and his organisation's coordinator verifies.
  const thijsMe = await answer(thijs, "get", "/v1/me", "/v1/me");
  const his = await answer(thijs, "get", `/v1/caregivers/${thijsMe.caregiver_id}`, "/v1/caregivers/{id}");
  const code = ["injection", "catheter", "tube-feeding", "wound-care", "medication"].find((c) => !his.certificates.some((h) => h.code === c));
  assert.ok(code, "the demo employee lacks a certificate");
  const certificates = `/v1/caregivers/${thijsMe.caregiver_id}/certificates`;
  const uploaded = await answer(thijs, "post", certificates, "/v1/caregivers/{id}/certificates", 201, {
    code,
    expires: addDays(today, 365),
    big_number: "19012345601",
    evidence: { media_type: "application/pdf", file_name: `${code}.pdf`, content_base64: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64") },
  });
  const noord = await apiAs(server, "coordinator@noord.demo");
  const verified = await answer(noord, "post", `${certificates}/${code}/verify`, "/v1/caregivers/{id}/certificates/{code}/verify", 200, {
    evidence_id: uploaded.evidence.id,
  });
  assert.equal(verified.valid, true);
  const withdrawn = await answer(noord, "post", `${certificates}/${code}/withdraw`, "/v1/caregivers/{id}/certificates/{code}/withdraw", 200, {
    reason: "checked twice",
  });
  assert.equal(withdrawn.valid, false);
});

test("the client's, the platform admin's, the analyst's and the organisation admin's answers", async () => {
  const family = await apiAs(server, "family@noord.demo");
  const me = await answer(family, "get", "/v1/me", "/v1/me");
  const visits = await answer(family, "get", "/v1/my/visits", "/v1/my/visits");
  assert.ok(visits.items.length > 0);
  const log = await answer(family, "get", `/v1/clients/${me.client_id}/access-log`, "/v1/clients/{id}/access-log");
  assert.ok(log.items.length > 0);

  const platform = await apiAs(server, "platform@carecrowd.demo");
  const organisation = await answer(platform, "post", "/v1/organisations", "/v1/organisations", 201, { name: "Buurtzorg Vorm" });
  await answer(platform, "post", `/v1/organisations/${organisation.id}/users`, "/v1/organisations/{id}/users", 201, {
    email: "admin@vorm.example", name: "Vorm Admin", password: "a-long-password", role: "org_admin",
  });

  const analyst = await apiAs(server, "analyst@noord.demo");
  const kpis = await answer(analyst, "get", `/v1/kpis?from=${addDays(today, -7)}&to=${today}`, "/v1/kpis");
  assert.ok(kpis.by_caregiver_kind.length >= 3 && kpis.by_area.length > 0, "the splits are answered");
  await answer(analyst, "get", "/v1/kpi-targets", "/v1/kpi-targets");
  await answer(analyst, "put", "/v1/kpi-targets", "/v1/kpi-targets", 200, { coverage: 0.9, cents_per_care_hour: 2400 });
  await answer(analyst, "get", "/v1/organisations", "/v1/organisations");

  const admin = await apiAs(server, "admin@noord.demo");
  const audit = await answer(admin, "get", "/v1/audit?limit=5", "/v1/audit");
  assert.ok("next_before_seq" in audit, "a full page says where the next one starts");
  const adminMe = await answer(admin, "get", "/v1/me", "/v1/me");
  await answer(admin, "get", `/v1/organisations/${adminMe.organisation_id}/users`, "/v1/organisations/{id}/users");
});
