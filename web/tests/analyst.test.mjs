// The analyst: key figures for a chosen period as tiles and charts, the same figures as the API,
// and the CSV download holding exactly what the server computes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { apiAs, assertFormsLabelled, demoWorld, login, openPage, screenshot, today } from "./harness.mjs";
import { addDays, shownDate } from "./dates.mjs";

const world = demoWorld();

// The figures as an English (en-US) browser reads them: a decimal point.
const percent = (rate) => (rate === null ? "–" : `${String(Math.round(rate * 1000) / 10)}%`);

test("the analyst sees the period's figures as the API computes them, as charts, and downloads them as CSV", async () => {
  const analyst = await apiAs(world.server, "analyst@noord.demo");
  const from = addDays(today, -7);
  const to = addDays(today, -1);
  const kpis = (await analyst.get(`/v1/kpis?from=${from}&to=${to}`)).json;
  assert.ok(kpis.coverage.due > 0, "the demo has done visits in the last week");

  for (const size of ["desktop", "phone"]) {
    const page = await openPage(world.browser, world.server, size);
    await login(page, "analyst@noord.demo");
    await page.getByRole("heading", { name: /Key figures · Thuiszorg Utrecht Noord/ }).waitFor();
    await page.getByRole("button", { name: "Last 7 days" }).click();
    await page.getByTestId("coverage").filter({ hasText: percent(kpis.coverage.rate) }).waitFor();
    assert.equal(await page.getByLabel("From", { exact: true }).inputValue(), shownDate(from));
    assert.equal(await page.getByLabel("To", { exact: true }).inputValue(), shownDate(to));
    assert.equal(await page.getByTestId("punctuality").innerText(), percent(kpis.punctuality.rate));
    assert.equal(await page.getByTestId("travel-share").innerText(), percent(kpis.travel.share));
    assert.equal(
      await page.getByTestId("continuity").innerText(),
      kpis.continuity.mean_caregivers_per_client.toFixed(1),
    );
    // Five charts, one bar per day with data (the continuity chart: one per distribution entry).
    for (const title of ["Coverage", "Punctuality", "Travel share", "Cost per care hour"]) {
      await page.getByRole("img", { name: `${title}, per day` }).waitFor();
    }
    const coverageBars = await page.getByRole("img", { name: "Coverage, per day" }).locator("rect.bar").count();
    assert.equal(coverageBars, kpis.days.filter((d) => d.coverage !== null).length);
    const continuityBars = await page.getByRole("img", { name: "Continuity, clients by caregivers seen" }).locator("rect.bar").count();
    assert.equal(continuityBars, kpis.continuity.distribution.length);
    await assertFormsLabelled(page);
    await screenshot(page, "analyst-kpis");

    if (size === "desktop") {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download CSV" }).click(),
      ]);
      assert.equal(download.suggestedFilename(), `kpis-${from}-${to}.csv`);
      const csv = await readFile(await download.path(), "utf8");
      const expected = (await analyst.get(`/v1/kpis?from=${from}&to=${to}&format=csv`)).text;
      assert.equal(csv, expected);
      assert.equal(csv.trim().split("\r\n").length, kpis.days.length + 2);
    }
    page.assertClean();
    await page.context().close();
  }
});

test("a period that ends before it starts is refused with the reason next to the field, by keyboard", async () => {
  const page = await openPage(world.browser, world.server, "desktop");
  await login(page, "analyst@noord.demo");
  await page.getByRole("heading", { name: /Key figures/ }).waitFor();
  // The default period's figures first: a change typed while they load could be overtaken by them.
  await page.getByTestId("coverage").first().waitFor();
  await page.getByLabel("From", { exact: true }).fill(addDays(today, -1));
  await page.getByLabel("To", { exact: true }).fill(addDays(today, -5));
  await page.getByLabel("To", { exact: true }).press("Enter");
  // The reason is shown under the "To" field, which is marked invalid and names it for screen readers.
  const to = page.getByLabel("To", { exact: true });
  await page.locator(".field-error").filter({ hasText: "is before from" }).waitFor();
  assert.equal(await to.getAttribute("aria-invalid"), "true");
  const describedBy = await to.getAttribute("aria-describedby");
  assert.equal(await page.locator(`#${describedBy}`).innerText(), "is before from");
  assert.equal(await page.getByTestId("coverage").count(), 0, "no figures for a refused period");
  page.assertClean();
  await page.context().close();
});
