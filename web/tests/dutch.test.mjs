// The app in Dutch, its first language: a Dutch browser (locale nl-NL) gets every screen in Dutch
// with <html lang="nl">, 24-hour times, dd-mm-jjjj date fields and decimal commas in money; an
// English browser gets English; the language switch (on the login and in the top bar) overrides
// the browser and is remembered after a reload. Screenshots: nl-*-phone.png and nl-*-desktop.png.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addDays, shownDate } from "./dates.mjs";
import { apiAs, assertFormsLabelled, demoWorld, login, openPage, screenshot, today } from "./harness.mjs";

const world = demoWorld();
const dutch = { locale: "nl-NL" };

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);
// No English clock (AM/PM) anywhere on the page.
async function assert24Hour(page) {
  const text = await page.locator("body").innerText();
  assert.doesNotMatch(text, /\d\s?(AM|PM|am|pm)\b/);
  return text;
}

test("the login speaks Dutch to a Dutch browser, English to an English one; the switch wins and is remembered", async () => {
  const nl = await openPage(world.browser, world.server, "phone", dutch);
  await nl.goto("/");
  await nl.getByRole("button", { name: "Inloggen" }).waitFor();
  assert.equal(await htmlLang(nl), "nl");
  await nl.getByText("Thuiszorg, gedeeld door een grote groep zorgverleners.").waitFor();
  await assertFormsLabelled(nl);
  await screenshot(nl, "nl-login");
  // A wrong password: the app's own message in Dutch.
  await nl.getByLabel("E-mailadres").fill("client@noord.demo");
  await nl.getByLabel("Wachtwoord").fill("not-the-password");
  await nl.getByRole("button", { name: "Inloggen" }).click();
  await nl.getByRole("alert").filter({ hasText: "Dit e-mailadres en wachtwoord horen niet bij een account." }).waitFor();

  // English by choice: the texts change at once, and after a reload the choice holds.
  await nl.getByRole("button", { name: "English" }).click();
  await nl.getByRole("button", { name: "Log in" }).waitFor();
  assert.equal(await htmlLang(nl), "en");
  assert.equal(await nl.getByRole("button", { name: "English" }).getAttribute("aria-pressed"), "true");
  await nl.reload();
  await nl.getByRole("button", { name: "Log in" }).waitFor();
  assert.equal(await htmlLang(nl), "en");
  nl.assertClean();
  await nl.context().close();

  // An English browser (chromium's default en-US, or en-GB) reads English; Dutch by choice.
  for (const locale of [undefined, "en-GB"]) {
    const en = await openPage(world.browser, world.server, "desktop", locale ? { locale } : {});
    await en.goto("/");
    await en.getByRole("button", { name: "Log in" }).waitFor();
    assert.equal(await htmlLang(en), "en");
    await en.getByRole("button", { name: "Nederlands" }).click();
    await en.getByRole("button", { name: "Inloggen" }).waitFor();
    assert.equal(await htmlLang(en), "nl");
    await en.reload();
    await en.getByRole("button", { name: "Inloggen" }).waitFor();
    en.assertClean();
    await en.context().close();
  }

  // A browser that prefers English over Dutch reads English; Dutch over English, or neither, Dutch.
  for (const [languages, expected] of [["en-US,nl;q=0.8", "en"], ["nl-BE,en;q=0.8", "nl"], ["de-DE", "nl"]]) {
    const page = await openPage(world.browser, world.server, "desktop", { locale: languages.split(",")[0] });
    await page.addInitScript((list) => {
      Object.defineProperty(navigator, "languages", { get: () => list.split(",").map((l) => l.split(";")[0]) });
    }, languages);
    await page.goto("/");
    await page.getByRole("button", { name: expected === "en" ? "Log in" : "Inloggen" }).waitFor();
    assert.equal(await htmlLang(page), expected, languages);
    await page.context().close();
  }
});

test("caregiver on a phone in Dutch: open tasks with euro amounts in Dutch, my day with 24-hour times and a dd-mm-jjjj date", async () => {
  const page = await openPage(world.browser, world.server, "phone", dutch);
  await login(page, "caregiver5@crowd.demo", { dutch: true });
  await page.getByRole("heading", { name: "Open bezoeken", level: 1 }).waitFor();
  assert.equal(await htmlLang(page), "nl");
  await page.getByRole("heading", { name: "Bij jou in de buurt, best passend eerst" }).waitFor();
  const card = page.locator("li[data-task]").first();
  await card.waitFor();
  const cardText = await card.innerText();
  assert.match(cardText, /€\s\d+,\d\d/, "money with a decimal comma");
  assert.doesNotMatch(cardText, /€\s?\d+\.\d\d\b/);
  assert.match(cardText, /start \d\d:\d\d–\d\d:\d\d/);
  assert.match(cardText, /Wijk /);
  assert.match(cardText, /\b(ma|di|wo|do|vr|za|zo) \d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\b/, "a Dutch day");
  await card.getByRole("button", { name: /^.+ aannemen, / }).waitFor();
  // The day filter names today in Dutch.
  assert.match(await page.getByLabel("Dag").locator("option").nth(1).innerText(), /^Vandaag, ma 2 mrt$/);
  await assert24Hour(page);
  await assertFormsLabelled(page);
  await screenshot(page, "nl-caregiver-feed");

  // My day (of a caregiver with visits today): the date field shows dd-mm-jjjj and takes a typed
  // date; the route's times are 24-hour.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await login(page, "employee@crowd.demo", { dutch: true });
  await page.getByRole("link", { name: "Mijn dag" }).click();
  await page.getByRole("heading", { name: "Mijn dag", level: 1 }).waitFor();
  const date = page.getByLabel("Datum");
  assert.equal(await date.inputValue(), shownDate(today));
  assert.equal(await date.getAttribute("placeholder"), "dd-mm-jjjj");
  const tomorrow = addDays(today, 1);
  await date.fill(shownDate(tomorrow));
  await page.waitForURL((url) => url.search === `?date=${tomorrow}`);
  await page.getByRole("button", { name: "Terug naar vandaag" }).click();
  await page.waitForURL((url) => url.search === `?date=${today}`);
  assert.equal(await date.inputValue(), shownDate(today));
  // A date that does not exist: a clear message at the field, and the day stays.
  await date.fill("31-02-2026");
  await date.blur();
  assert.equal(await date.getAttribute("aria-invalid"), "true");
  const described = await date.getAttribute("aria-describedby");
  assert.match(await page.locator(`[id="${described}"]`).innerText(), /Typ een datum als dd-mm-jjjj/);
  assert.equal(new URL(page.url()).search, `?date=${today}`);
  await date.fill(shownDate(today));
  await date.blur();
  assert.equal(await date.getAttribute("aria-invalid"), null);

  const summary = page.getByLabel("Overzicht van de dag");
  await summary.waitFor();
  const summaryText = await summary.innerText();
  assert.match(summaryText, /Bezoeken/);
  assert.match(summaryText, /Zorgtijd/);
  assert.match(summaryText, /€\s\d+,\d\d/);
  const stopTime = await page.locator(".stop-time").first().innerText();
  assert.match(stopTime, /^\d\d:\d\d$/);
  await page.getByRole("button", { name: "Ziek of afwezig melden" }).waitFor();
  await assert24Hour(page);
  await assertFormsLabelled(page);
  await screenshot(page, "nl-caregiver-day");

  // The availability screen: uu:mm time fields, 24-hour, Monday first.
  await page.getByRole("link", { name: "Beschikbaarheid" }).click();
  await page.getByRole("heading", { name: "Beschikbaarheid", level: 1 }).waitFor();
  assert.equal(await page.locator("legend").first().innerText(), "Maandag");
  const from = page.getByLabel("Maandag tijdvak 1 Van");
  assert.match(await from.inputValue(), /^\d\d:\d\d$/);
  await from.fill("25:00");
  await from.blur();
  assert.match(await page.locator(`[id="${await from.getAttribute("aria-describedby")}"]`).innerText(), /Typ een tijd als uu:mm/);
  await screenshot(page, "nl-caregiver-availability");
  page.assertClean();
  await page.context().close();
});

test("coordinator's board at desktop size in Dutch, and English after the switch in the top bar", async () => {
  const page = await openPage(world.browser, world.server, "desktop", dutch);
  await login(page, "coordinator@noord.demo", { dutch: true });
  await page.getByRole("heading", { name: "Planbord", level: 1 }).waitFor();
  assert.equal(await htmlLang(page), "nl");
  const board = (await (await apiAs(world.server, "coordinator@noord.demo")).get(`/v1/board?from=${today}&to=${today}`)).json.days[0];
  const stats = page.getByRole("list", { name: /^Overzicht voor ma 2 mrt$/ });
  await stats.getByText(`${board.open} open`).waitFor();
  assert.match(await stats.innerText(), new RegExp(`${board.at_risk}\\s*⚠\\s*in gevaar`));
  await page.getByRole("group", { name: "Open baan: bezoeken die niemand heeft" }).waitFor();
  assert.equal(await page.getByLabel("Datum").inputValue(), shownDate(today));
  // The axis and the blocks: 24-hour times.
  const ticks = await page.locator(".hour-tick").allInnerTexts();
  assert.ok(ticks.includes("13:00") && ticks.includes("18:00"), ticks.join(" "));
  const block = await page.locator(".visit-block").first().getAttribute("aria-label");
  assert.match(block, /venster \d\d:\d\d–\d\d:\d\d/);
  await assert24Hour(page);
  await assertFormsLabelled(page);
  await screenshot(page, "nl-coordinator-board");

  // The week view's heading and counts.
  await page.getByRole("button", { name: "Week", exact: true }).click();
  await page.getByRole("heading", { name: /^Week van ma 2 mrt – zo 8 mrt$/ }).waitFor();
  await screenshot(page, "nl-coordinator-week");

  // English by choice from the top bar: the same board in English, and so after a reload.
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { name: "Planning board", level: 1 }).waitFor();
  assert.equal(await htmlLang(page), "en");
  await page.getByRole("heading", { name: /^Week of Mon 2 Mar – Sun 8 Mar$/ }).waitFor();
  await page.reload();
  await page.getByRole("heading", { name: "Planning board", level: 1 }).waitFor();
  await page.getByRole("link", { name: "Clients" }).waitFor();
  page.assertClean();
  await page.context().close();
});

test("the analyst's key figures in Dutch: percentages and money with a decimal comma, the period as dd-mm-jjjj", async () => {
  const page = await openPage(world.browser, world.server, "desktop", dutch);
  await login(page, "analyst@noord.demo", { dutch: true });
  await page.getByRole("heading", { name: /^Kengetallen · / }).waitFor();
  await page.getByRole("button", { name: "Afgelopen 7 dagen" }).click();
  const from = addDays(today, -7);
  assert.equal(await page.getByLabel("Van", { exact: true }).inputValue(), shownDate(from));
  const kpis = (await (await apiAs(world.server, "analyst@noord.demo")).get(`/v1/kpis?from=${from}&to=${addDays(today, -1)}`)).json;
  const rate = Math.round(kpis.coverage.rate * 1000) / 10;
  await page.getByTestId("coverage").filter({ hasText: `${String(rate).replace(".", ",")}%` }).waitFor();
  if (kpis.cost.cents_per_care_hour !== null) assert.match(await page.getByTestId("cost").innerText(), /^€\s\d+(\.\d{3})*,\d\d$/);
  await page.getByRole("img", { name: "Dekking, per dag" }).waitFor();
  await assert24Hour(page);
  await screenshot(page, "nl-analyst-kpis");
  page.assertClean();
  await page.context().close();
});

test("the family page in Dutch on a phone: whose visits, who comes, the care journey", async () => {
  const page = await openPage(world.browser, world.server, "phone", dutch);
  await login(page, "family@noord.demo", { dutch: true });
  await page.getByRole("heading", { name: /^Komende bezoeken voor / }).waitFor();
  assert.equal(await htmlLang(page), "nl");
  const visit = page.getByTestId("visit").first();
  await visit.waitFor();
  assert.match(await visit.innerText(), /\d\d:\d\d–\d\d:\d\d/);
  assert.match(await page.getByTestId("who").first().innerText(), / komt$|zorgverlener/);
  await page.getByRole("heading", { name: "Zorgtraject" }).waitFor();
  await page.getByRole("heading", { name: "Wie je dossier heeft ingezien" }).waitFor();
  const text = await assert24Hour(page);
  assert.doesNotMatch(text, /Upcoming|Care journey|Loading/);
  await screenshot(page, "nl-family");
  page.assertClean();
  await page.context().close();
});

test("the server's refusals read in the language the user chose, at their field, by keyboard", async () => {
  const cases = [
    { options: dutch, login: { dutch: true }, add: "Cliënt toevoegen", form: "Een cliënt toevoegen", name: "Naam",
      street: "Adres", latitude: "Breedtegraad", longitude: "Lengtegraad",
      refusal: "moet een Nederlandse postcode zijn, zoals \"3511 AB\"" },
    { options: {}, login: {}, add: "Add client", form: "Add a client", name: "Name",
      street: "Address", latitude: "Latitude", longitude: "Longitude",
      refusal: "must be a Dutch postcode like \"3511 AB\"" },
  ];
  for (const c of cases) {
    const page = await openPage(world.browser, world.server, "desktop", c.options);
    await login(page, "coordinator@noord.demo", c.login);
    await page.goto("/clients");
    await page.getByRole("button", { name: c.add }).click();
    const form = page.getByRole("form", { name: c.form });
    await form.getByLabel(c.name).fill("Taaltest Cliënt");
    await form.getByLabel(c.street).fill("Oudegracht 1");
    await form.getByLabel("Postcode").fill("12");
    await form.getByLabel(c.latitude).fill("52.0907");
    await form.getByLabel(c.longitude).fill("5.1214");
    await form.getByLabel("Postcode").press("Enter");
    const postcode = form.getByLabel("Postcode");
    await form.getByText(c.refusal).waitFor();
    assert.equal(await postcode.getAttribute("aria-invalid"), "true");
    const describedBy = await postcode.getAttribute("aria-describedby");
    assert.match(await page.locator(`[id="${describedBy}"]`).innerText(), new RegExp(c.refusal.replace(/[()"]/g, ".")));
    if (c.options === dutch) await screenshot(page, "nl-server-refusal");
    page.assertClean();
    await page.context().close();
  }
});
