// Calendar feeds (RFC 5545): a caregiver makes a secret link on "my day"; the feed, read with the
// link alone, is parsed by a standard parser (Python's icalendar, from Debian): their visits with
// stable UIDs and SEQUENCE, the client's name only inside the privacy window; a visit given back
// stays as CANCELLED with a higher SEQUENCE; a revoked link is 404. A family's feed says who comes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { apiAs, demoWorld, login, openPage, screenshot } from "./harness.mjs";

const at = "2026-03-02T06:30";
const world = demoWorld([], { at });

// The feed's events as Python's icalendar reads them (Debian's python3 and python3-icalendar, not
// whatever python3 comes first on the PATH).
function parse(ics) {
  const script = `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.read())
events = []
for e in cal.walk("VEVENT"):
    start = e.decoded("DTSTART")
    events.append({"uid": str(e["UID"]), "sequence": int(e.get("SEQUENCE", 0)), "summary": str(e["SUMMARY"]),
                   "location": str(e.get("LOCATION", "")), "status": str(e.get("STATUS", "")),
                   "start": start.isoformat(), "floating": start.tzinfo is None})
print(json.dumps({"name": str(cal.get("X-WR-CALNAME", "")), "events": events}))
`;
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script], { input: ics }).toString());
}

async function feed(server, path) {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

test("a caregiver's calendar feed is read by a standard parser and hides the client outside the privacy window", async () => {
  // A caregiver with visits both soon (inside the privacy window) and later in the week.
  let caregiver = null;
  let tasks = [];
  for (let n = 1; n <= 60 && !caregiver; n++) {
    const c = await apiAs(world.server, `caregiver${n}@crowd.demo`);
    const mine = (await c.get("/v1/my/tasks?from=2026-03-02&to=2026-03-08")).json.items;
    const inside = mine.filter((t) => t.client);
    const outside = mine.filter((t) => !t.client && t.status === "claimed" && t.window.start > "2026-03-04");
    if (inside.length && outside.length) {
      caregiver = c;
      tasks = { inside: inside[0], outside: outside[0] };
    }
  }
  assert.ok(caregiver, "a demo caregiver with a visit soon and one later");

  const page = await openPage(world.browser, world.server, "phone");
  const me = (await caregiver.get("/v1/me")).json;
  await login(page, me.email);
  await page.goto("/day");
  const card = page.getByRole("region", { name: "Visits in your own calendar" });
  await card.getByRole("button", { name: "Make a calendar link" }).click();
  const url = await card.getByTestId("calendar-url").inputValue();
  assert.match(url, /\/v1\/calendar\/[^/]+\.ics$/);
  await screenshot(page, "caregiver-calendar-link-phone");
  const path = new URL(url).pathname;

  let got = await feed(world.server, path);
  assert.equal(got.status, 200, got.text);
  assert.match(got.type, /^text\/calendar/);
  let cal = parse(got.text);
  assert.ok(cal.name.length > 0);
  const uidOf = (t) => `task-${t.id}@carecrowd`;
  const soon = cal.events.find((e) => e.uid === uidOf(tasks.inside));
  const later = cal.events.find((e) => e.uid === uidOf(tasks.outside));
  assert.ok(soon && later, "both visits are in the feed");
  assert.ok(soon.summary.includes(tasks.inside.client.name), `inside the window the client's name: ${soon.summary}`);
  // The later visit's client as their organisation's staff see them: only the first name is shown.
  let clientName = null;
  for (const staff of ["coordinator@noord.demo", "admin@zuid.demo"]) {
    const task = await (await apiAs(world.server, staff)).get(`/v1/tasks/${tasks.outside.id}`);
    if (task.status === 200) clientName = task.json.client_name;
  }
  assert.ok(clientName, "the later visit's client");
  const [first, ...rest] = clientName.split(" ");
  assert.ok(later.summary.includes(first), `${later.summary} has the first name ${first}`);
  assert.ok(!later.summary.includes(rest.join(" ")), `${later.summary} hides ${rest.join(" ")}`);
  assert.equal(later.status, "CONFIRMED");
  assert.ok(later.floating, "wall-clock times");
  assert.equal(later.start.slice(0, 16), (tasks.outside.planned_start ?? tasks.outside.window.start).slice(0, 16));
  // Outside the privacy window the address is never in the feed.
  assert.ok(!/straat|laan|weg|plein|gracht|kade/i.test(later.location), `no address: ${later.location}`);

  // Given back: cancelled in the feed, SEQUENCE higher, the UID the same.
  const released = await caregiver.post(`/v1/tasks/${tasks.outside.id}/release`);
  assert.equal(released.status, 200, released.text);
  cal = parse((await feed(world.server, path)).text);
  const left = cal.events.find((e) => e.uid === uidOf(tasks.outside));
  assert.ok(left, "a visit given back stays in the calendar");
  assert.equal(left.status, "CANCELLED");
  assert.ok(left.sequence > later.sequence, `${left.sequence} > ${later.sequence}`);

  // Revoked from the screen: the link answers 404.
  await card.getByRole("button", { name: "Revoke the link" }).click();
  await card.getByText("Your calendar link is revoked").waitFor();
  got = await feed(world.server, path);
  assert.equal(got.status, 404);
});

test("a family's calendar feed says who is coming", async () => {
  const family = await apiAs(world.server, "family@noord.demo");
  const visits = (await family.get("/v1/my/visits")).json.items;
  const coming = visits.find((v) => v.caregiver);
  assert.ok(coming, "a visit someone holds");
  const link = await family.post("/v1/my/calendar-link");
  assert.equal(link.status, 201, link.text);
  const cal = parse((await feed(world.server, link.json.path)).text);
  const event = cal.events.find((e) => e.uid === `task-${coming.id}@carecrowd`);
  assert.ok(event, "the visit is in the family's feed");
  assert.ok(event.summary.includes(coming.caregiver), `${event.summary} names ${coming.caregiver}`);
  assert.equal(cal.events.length, visits.length);
});
