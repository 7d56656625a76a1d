// A caregiver's daily use on the phone: a feed card's details before a claim (the care, duration,
// who may do it, window, pay, distance and travel time by their own travel mode, and an area map
// without tiles nor address), opened with the keyboard too; and my day offering only what the server
// would take: no check-in a week ahead (it says from when), check-in shortly before the window, and
// a route link to the door inside the privacy window. The harness's clock: Monday 2026-03-02 06:30.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addDays } from "./dates.mjs";
import { join } from "node:path";
import { apiAs, demoWorld, login, openPage, screenshot, screenshotDir, today } from "./harness.mjs";

const world = demoWorld();

const travelWords = { walk: "on foot", bike: "by bike", ebike: "by e-bike", car: "by car" };
const minus60 = (localTime) => {
  const d = new Date(`${localTime}:00Z`);
  d.setUTCMinutes(d.getUTCMinutes() - 60);
  return d.toISOString().slice(0, 16);
};

test("a feed card opens its details and the area map, with the keyboard too, and names no client", async () => {
  const email = "caregiver5@crowd.demo";
  const daan = await apiAs(world.server, email);
  const me = (await daan.get("/v1/me")).json;
  const profile = (await daan.get(`/v1/caregivers/${me.caregiver_id}`)).json;
  const first = (await daan.get(`/v1/feed?from=${today}&to=${addDays(today, 6)}&limit=20`)).json.items[0];
  assert.equal(first.mode, "physical");
  const secrets = [];
  for (const who of ["coordinator@noord.demo", "coordinator@zuid.demo"]) {
    for (const c of (await (await apiAs(world.server, who)).get("/v1/clients?limit=500")).json.items) secrets.push(c.name, c.address);
  }

  const page = await openPage(world.browser, world.server, "phone");
  await login(page, email);
  const card = page.locator(`li[data-task="${first.id}"]`);
  await card.waitFor();
  // Keyboard only: from the list's heading, Tab to the first card's "See details" and press Enter.
  await page.getByRole("heading", { name: "Near you, best fit first" }).click();
  let reached = "";
  for (let i = 0; i < 40 && !reached.startsWith("See details"); i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  }
  assert.match(reached, new RegExp(`^See details: ${first.type}`, "i"));
  await page.keyboard.press("Enter");
  const toggle = card.locator(".details-toggle");
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  const details = card.getByRole("region", { name: `Details: ${first.type}` });
  await details.waitFor();
  const text = await details.innerText();
  assert.match(text, /Care\s+\S/);
  assert.match(text, /Duration\s+\d+ (min|h)/);
  const level = Number(text.match(/Level and certificates\s+Level (\d);/)?.[1]);
  assert.ok(level <= profile.level, `the feed offers level ${level} to a level ${profile.level} caregiver`);
  assert.match(text, /When\s+Mon 2 Mar|When\s+\w{3} \d+ Mar/);
  assert.match(text, profile.kind === "volunteer" ? /Volunteer allowance\s+€/ : /Pay\s+€/);
  assert.match(text, /Distance\s+[\d.]+ k?m from home as the crow flies/);
  assert.match(text, new RegExp(`Travel time\\s+about \\d[^\\n]*? ${travelWords[profile.travel_mode]}`));
  const map = details.getByRole("img", { name: new RegExp(`^Small map: area ${first.area}, about a square kilometre, in the middle; your home about`) });
  await map.waitFor();
  // Centred on the task's area as the feed gives it (the grid cell, not the address), home where it lies from there.
  const b = first.area_bounds;
  assert.ok(b.north - b.south > 0.005 && b.east - b.west > 0.005, "an area of about a square kilometre");
  assert.equal(Number(await map.getAttribute("data-centre-lat")).toFixed(5), ((b.south + b.north) / 2).toFixed(5));
  assert.equal(Number(await map.getAttribute("data-centre-lon")).toFixed(5), ((b.west + b.east) / 2).toFixed(5));
  const cell = details.getByTestId("area-cell");
  const centreOf = async (locator) => {
    const box = await locator.boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const [cellCentre, mapCentre, homeCentre] = [await centreOf(cell), await centreOf(map), await centreOf(details.getByTestId("home-dot"))];
  assert.ok(Math.abs(cellCentre.x - mapCentre.x) < 1 && Math.abs(cellCentre.y - mapCentre.y) < 1, "the area is in the map's middle");
  const homeEast = profile.home.lon > (b.west + b.east) / 2;
  const homeNorth = profile.home.lat > (b.south + b.north) / 2;
  assert.equal(homeCentre.x > mapCentre.x, homeEast, "home drawn on its side of the area (east or west)");
  assert.equal(homeCentre.y < mapCentre.y, homeNorth, "home drawn on its side of the area (north or south)");
  const pageText = await page.locator("body").innerText();
  assert.deepEqual(secrets.filter((s) => s && s !== me.name && pageText.includes(s)), [], "no client's name or address");
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, "caregiver-task-details");
  // The card alone as well: the whole feed is long.
  await card.screenshot({ path: join(screenshotDir, "caregiver-task-details-card-phone.png") });
  // Enter again folds it away; the focus stays on the button.
  await page.keyboard.press("Enter");
  await details.waitFor({ state: "detached" });
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  page.assertClean();
  await page.context().close();
});

// A demo caregiver with a claimed visit on `day` not checked in, and the visit.
async function holderOn(day, pick = () => true) {
  for (const email of ["employee@crowd.demo", ...Array.from({ length: 80 }, (_, i) => `caregiver${i + 1}@crowd.demo`)]) {
    const caregiver = await apiAs(world.server, email);
    const held = (await caregiver.get(`/v1/my/tasks?from=${day}&to=${day}`)).json.items ?? [];
    const task = held.find((t) => t.status === "claimed" && !t.check_in && pick(t));
    if (task) return { email, task };
  }
  assert.fail(`no demo caregiver holds a visit on ${day}`);
}

test("my day: no check-in a week ahead (it says from when), check-in shortly before the window, a route to the door", async () => {
  // A visit a week ahead, claimed through the API as the caregiver would in the feed.
  const weekAhead = addDays(today, 7);
  const email = "caregiver5@crowd.demo";
  const daan = await apiAs(world.server, email);
  const offered = (await daan.get(`/v1/feed?from=${weekAhead}&to=${weekAhead}&limit=50`)).json.items;
  let claimed = null;
  for (const t of offered.filter((t) => t.mode === "physical")) {
    if ((await daan.post(`/v1/tasks/${t.id}/claim`)).status === 200) {
      claimed = t;
      break;
    }
  }
  assert.ok(claimed, `${email} can claim a visit on ${weekAhead}`);
  const ahead = { email, task: claimed };
  const page = await openPage(world.browser, world.server, "phone");
  await login(page, ahead.email);
  await page.goto(`/day?date=${weekAhead}`);
  const far = page.locator(`li.stop[data-task="${ahead.task.id}"]`);
  await far.waitFor();
  assert.equal(await far.getByRole("button", { name: /^Check in/ }).count(), 0, "no check-in a week ahead");
  const opens = minus60(ahead.task.window.start);
  assert.match(await far.innerText(), new RegExp(`Check-in opens at Mon 9 Mar ${opens.slice(11)}`));
  // Giving it back is still possible, and the stop says until when.
  await far.getByRole("button", { name: /^Release/ }).waitFor();
  assert.match(await far.innerText(), /You can give it back until \w{3} \d+ Mar \d\d:\d\d/);
  await screenshot(page, "caregiver-day-week-ahead");
  page.assertClean();
  await page.context().close();

  // This morning: a visit whose window opens within the hour can be checked in; a later one not yet.
  const now = `${today}T06:30`;
  const soon = await holderOn(today, (t) => minus60(t.window.start) <= now && t.mode === "physical" && t.client);
  const morning = await openPage(world.browser, world.server, "phone");
  await login(morning, soon.email);
  await morning.goto(`/day?date=${today}`);
  const stop = morning.locator(`li.stop[data-task="${soon.task.id}"]`);
  await stop.waitFor();
  await stop.getByRole("button", { name: /^Check in/ }).waitFor();
  const held = (await (await apiAs(world.server, soon.email)).get(`/v1/my/tasks?from=${today}&to=${today}`)).json.items;
  const later = held.find((t) => t.status === "claimed" && !t.check_in && minus60(t.window.start) > now);
  if (later) {
    const laterStop = morning.locator(`li.stop[data-task="${later.id}"]`);
    assert.equal(await laterStop.getByRole("button", { name: /^Check in/ }).count(), 0);
    assert.match(await laterStop.innerText(), new RegExp(`Check-in opens at ${minus60(later.window.start).slice(11)}`));
  }
  // Inside the privacy window the address comes with a route to it, from its coordinates.
  const to = `${soon.task.client.lat.toFixed(5)},${soon.task.client.lon.toFixed(5)}`;
  assert.equal(await stop.getByRole("link", { name: "Navigate to the address" }).getAttribute("href"), `geo:${to}`);
  assert.equal(
    await stop.getByRole("link", { name: "Route on OpenStreetMap" }).getAttribute("href"),
    `https://www.openstreetmap.org/directions?to=${to}`,
  );
  await stop.scrollIntoViewIfNeeded();
  await screenshot(morning, "caregiver-day-check-in");
  await stop.getByRole("button", { name: /^Check in/ }).click();
  await morning.getByRole("status").filter({ hasText: "Checked in" }).waitFor();
  morning.assertClean();
  await morning.context().close();
});
