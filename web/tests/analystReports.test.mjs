// The analyst's reports as a Dutch organisation reads them: the default period ends today and
// starts at the first day with data; the CSV in Dutch Excel's convention (semicolon, decimal
// comma, euros, dd-mm-jjjj, a byte order mark) that reads back to the figures on screen and to the
// server's own CSV cell by cell; the English CSV unchanged; the previous period beside this one;
// axis ticks at round values.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { apiAs, demoWorld, login, openPage, screenshot, today } from "./harness.mjs";
import { addDays, shownDate } from "./dates.mjs";

const world = demoWorld();
const dutch = { locale: "nl-NL" };

// How the Dutch app writes percentages and money (Intl in nl-NL, as the app's format.ts does).
const nlPercent = (rate) =>
  rate === null ? "–" : new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 }).format(rate);
const nlEuros = (cents) => new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cents / 100);

// A Dutch CSV cell read back as a number: a decimal comma, nothing else.
function dutchNumber(cell) {
  assert.match(cell, /^-?\d+(,\d+)?$/, `a Dutch number: ${JSON.stringify(cell)}`);
  return Number(cell.replace(",", "."));
}

// The first day with data among the four weeks up to today: the default period's start.
function firstDayWithData(kpis) {
  return kpis.days.find((d) => d.due > 0 || d.done > 0 || d.check_ins > 0 || d.alarms > 0).day;
}

async function downloadCsv(page, buttonName) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: buttonName }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test("the Dutch analyst's default period ends today from the first day with data, and its CSV opens in Dutch Excel and reads back to the figures on screen", async () => {
  const analyst = await apiAs(world.server, "analyst@noord.demo");
  const recent = (await analyst.get(`/v1/kpis?from=${addDays(today, -27)}&to=${today}`)).json;
  const from = firstDayWithData(recent);
  assert.ok(from > addDays(today, -14), "the demo has only a few days of data: the old default showed mostly empty days");
  const kpis = (await analyst.get(`/v1/kpis?from=${from}&to=${today}`)).json;
  const serverCsv = (await analyst.get(`/v1/kpis?from=${from}&to=${today}&format=csv`)).text;

  const page = await openPage(world.browser, world.server, "desktop", dutch);
  await login(page, "analyst@noord.demo", { dutch: true });
  await page.getByRole("heading", { name: /^Kengetallen · Thuiszorg Utrecht Noord/ }).waitFor();
  await page.getByTestId("coverage").filter({ hasText: nlPercent(kpis.coverage.rate) }).waitFor();
  assert.equal(await page.getByLabel("Van", { exact: true }).inputValue(), shownDate(from));
  assert.equal(await page.getByLabel("Tot", { exact: true }).inputValue(), shownDate(today));
  // The four days before hold no data: said once, not drawn as dashes.
  assert.match(await page.getByTestId("previous-period").innerText(), /heeft geen gegevens om mee te vergelijken/);
  assert.equal(await page.locator("rect.bar-previous").count(), 0);
  assert.equal(await page.getByTestId("coverage-previous").count(), 0);
  const costTile = await page.getByTestId("cost").innerText();
  assert.equal(costTile, nlEuros(kpis.cost.cents_per_care_hour));

  // Readable ticks: the cost axis in whole euros, evenly stepped by 1, 2 or 5 times a power of ten.
  const costChart = page.getByRole("img", { name: "Kosten per zorguur, per dag" });
  const ticks = await costChart.locator("text.tick").allTextContents();
  const euroTicks = ticks.filter((t) => t.startsWith("€")).map((t) => {
    assert.match(t, /^€\s\d+$/, `a whole-euro tick: ${t}`);
    return Number(t.replace(/\D/g, ""));
  });
  assert.ok(euroTicks.length >= 3, `ticks: ${ticks}`);
  const step = euroTicks[1] - euroTicks[0];
  assert.ok(euroTicks.every((v, i) => v === i * step), `evenly stepped: ${euroTicks}`);
  assert.match(String(step / 10 ** Math.floor(Math.log10(step))), /^(1|2|5)$/);
  const topCost = Math.max(...kpis.days.map((d) => (d.care_minutes ? (d.pay_cents * 60) / d.care_minutes / 100 : 0)));
  assert.ok(euroTicks.at(-1) >= topCost, "the axis reaches the highest bar");
  await screenshot(page, "analyst-reports-nl");

  const csv = await downloadCsv(page, "CSV downloaden");
  assert.equal(csv.name, `kengetallen-${from}-${today}.csv`);
  // UTF-8 with a byte order mark, so that Excel reads "cliënt" and "coördinator" right.
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = csv.bytes.toString("utf8").slice(1);
  assert.ok(text.includes("zorgverleners per cliënt") && text.includes("coördinator"), "accents kept");
  const lines = text.split("\r\n");
  assert.equal(lines.pop(), "", "every line ends with CRLF");
  const rows = lines.map((l) => l.split(";"));
  const english = serverCsv.trim().split("\r\n").map((l) => l.split(","));
  assert.equal(rows.length, kpis.days.length + 2, "a header, a row per day and the total");
  assert.ok(rows.every((r) => r.length === english[0].length), "as many columns as the server's CSV, semicolon-separated");
  const header = rows[0];
  const column = (name) => header.indexOf(name);
  for (const name of ["datum", "dekking", "stiptheid", "vergoeding (€)", "kosten per zorguur (€)", "zorgverleners per cliënt"]) {
    assert.ok(column(name) >= 0, `column ${name} in ${header.join(" | ")}`);
  }

  // Cell by cell the server's figures: dates as dd-mm-jjjj, cents as euros, decimals with a comma.
  for (let r = 1; r < rows.length; ++r) {
    for (let c = 0; c < header.length; ++c) {
      const [nl, en] = [rows[r][c], english[r][c]];
      if (c === 0) assert.equal(nl, en === "total" ? "totaal" : shownDate(en));
      else if (en === "") assert.equal(nl, "");
      else if (english[0][c] === "pay_cents" || english[0][c] === "cents_per_care_hour") {
        assert.match(nl, /^\d+,\d\d$/, `euros with two decimals: ${nl}`);
        assert.equal(Math.round(dutchNumber(nl) * 100), Number(en), `${english[0][c]} on row ${r}`);
      } else assert.equal(dutchNumber(nl), Number(en), `${english[0][c]} on row ${r}`);
    }
  }
  // The total row is what the tiles show.
  const total = rows.at(-1);
  assert.equal(nlPercent(dutchNumber(total[column("dekking")])), await page.getByTestId("coverage").innerText());
  assert.equal(nlPercent(dutchNumber(total[column("stiptheid")])), await page.getByTestId("punctuality").innerText());
  assert.equal(nlPercent(dutchNumber(total[column("aandeel reistijd")])), await page.getByTestId("travel-share").innerText());
  assert.equal(nlEuros(Math.round(dutchNumber(total[column("kosten per zorguur (€)")]) * 100)), costTile);
  assert.equal(
    new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      dutchNumber(total[column("zorgverleners per cliënt")]),
    ),
    await page.getByTestId("continuity").innerText(),
  );
  // Each day's coverage is what the coverage chart's figures table shows.
  const coverageChart = page.locator("figure.chart").filter({ has: page.getByRole("img", { name: "Dekking, per dag" }) });
  await coverageChart.locator("summary").click();
  const shown = await coverageChart.locator("tbody tr td:nth-child(2)").allInnerTexts();
  const fromCsv = rows.slice(1, -1).map((r) => (r[column("dekking")] === "" ? "geen gegevens" : nlPercent(dutchNumber(r[column("dekking")]))));
  assert.deepEqual(shown, fromCsv);
  page.assertClean();
  await page.context().close();
});

test("the English CSV is the server's own, unchanged", async () => {
  const analyst = await apiAs(world.server, "analyst@noord.demo");
  const recent = (await analyst.get(`/v1/kpis?from=${addDays(today, -27)}&to=${today}`)).json;
  const from = firstDayWithData(recent);
  const page = await openPage(world.browser, world.server, "desktop");
  await login(page, "analyst@noord.demo");
  await page.getByRole("heading", { name: /^Key figures · / }).waitFor();
  await page.getByTestId("coverage").waitFor();
  assert.equal(await page.getByLabel("From", { exact: true }).inputValue(), shownDate(from));
  const csv = await downloadCsv(page, "Download CSV");
  assert.equal(csv.name, `kpis-${from}-${today}.csv`);
  assert.equal(csv.bytes.toString("utf8"), (await analyst.get(`/v1/kpis?from=${from}&to=${today}&format=csv`)).text);
  assert.notEqual(csv.bytes[0], 0xef, "no byte order mark");
  page.assertClean();
  await page.context().close();
});

test("the previous period of the same length is shown beside the chosen one, in the tiles and the charts", async () => {
  const analyst = await apiAs(world.server, "analyst@noord.demo");
  const period = { from: addDays(today, -2), to: addDays(today, -1) };
  const before = { from: addDays(today, -4), to: addDays(today, -3) };
  const now = (await analyst.get(`/v1/kpis?from=${period.from}&to=${period.to}`)).json;
  const previous = (await analyst.get(`/v1/kpis?from=${before.from}&to=${before.to}`)).json;
  assert.ok(previous.coverage.due > 0, "the demo has data in the period before");
  assert.notEqual(previous.coverage.rate, now.coverage.rate);

  for (const size of ["desktop", "phone"]) {
    const page = await openPage(world.browser, world.server, size, dutch);
    await login(page, "analyst@noord.demo", { dutch: true });
    await page.getByTestId("coverage").waitFor();
    await page.getByLabel("Van", { exact: true }).fill(shownDate(period.from));
    await page.getByLabel("Tot", { exact: true }).fill(shownDate(period.to));
    await page.getByRole("button", { name: "Tonen" }).click();
    await page.getByTestId("coverage").filter({ hasText: nlPercent(now.coverage.rate) }).waitFor();
    await page.getByTestId("coverage-previous").filter({ hasText: `vorige periode: ${nlPercent(previous.coverage.rate)}` }).waitFor();
    assert.equal(await page.getByTestId("punctuality-previous").innerText(), `vorige periode: ${nlPercent(previous.punctuality.rate)}`);
    assert.equal(await page.getByTestId("cost-previous").innerText(), `vorige periode: ${nlEuros(previous.cost.cents_per_care_hour)}`);
    assert.match(await page.getByTestId("previous-period").innerText(), /^Vergeleken met de periode ervoor: .+ tot en met .+\.$/);
    // Each chart holds the previous period's bars beside this period's, by position.
    const coverage = page.getByRole("img", { name: "Dekking, per dag" });
    assert.equal(await coverage.locator("rect.bar").count(), now.days.filter((d) => d.coverage !== null).length);
    assert.equal(await coverage.locator("rect.bar-previous").count(), previous.days.filter((d) => d.coverage !== null).length);
    await screenshot(page, "analyst-previous-period-nl");
    page.assertClean();
    await page.context().close();
  }
});

test("the analyst sets the organisation's targets, drawn as lines on the charts, and reads the figures split by caregiver kind and area", async () => {
  const analyst = await apiAs(world.server, "analyst@noord.demo");
  const page = await openPage(world.browser, world.server, "desktop", dutch);
  await login(page, "analyst@noord.demo", { dutch: true });
  await page.getByTestId("coverage").waitFor();
  assert.equal(await page.getByTestId("target-line").count(), 0, "no targets yet");

  await page.getByText("Doelen", { exact: true }).click();
  const coverageField = page.getByLabel("Dekking, ten minste (%)");
  // A word is refused at the field before anything is sent; a share over 100% by the server, at the field.
  await coverageField.fill("veel");
  await page.getByRole("button", { name: "Doelen opslaan" }).click();
  await page.locator(".field-error").filter({ hasText: "moet een getal zijn" }).waitFor();
  await coverageField.fill("150");
  await page.getByRole("button", { name: "Doelen opslaan" }).click();
  await page.locator(".field-error").filter({ hasText: "moet een aandeel van 0 tot 1 zijn" }).waitFor();
  assert.equal(await coverageField.getAttribute("aria-invalid"), "true");

  await coverageField.fill("87,5");
  await page.getByLabel("Kosten per zorguur, ten hoogste (€)").fill("25");
  await page.getByRole("button", { name: "Doelen opslaan" }).click();
  await page.getByText("De doelen zijn opgeslagen.").waitFor();
  const stored = (await analyst.get("/v1/kpi-targets")).json;
  assert.deepEqual(stored, { coverage: 0.875, punctuality: null, travel_share: null, cents_per_care_hour: 2500 });
  await page.getByTestId("coverage-target").filter({ hasText: `doel: ${nlPercent(0.875)}` }).waitFor();
  assert.equal(await page.getByTestId("cost-target").innerText(), `doel: ${nlEuros(2500)}`);
  const coverageChart = page.getByRole("img", { name: "Dekking, per dag" });
  assert.equal(await coverageChart.getByTestId("target-line").locator("text").textContent(), `doel ${nlPercent(0.875)}`);
  const costChart = page.getByRole("img", { name: "Kosten per zorguur, per dag" });
  assert.equal(await costChart.getByTestId("target-line").locator("text").textContent(), `doel ${nlEuros(2500)}`);
  assert.equal(await page.getByRole("img", { name: "Stiptheid, per dag" }).getByTestId("target-line").count(), 0);

  // Kept for the organisation: a new page shows them again.
  await page.reload();
  await page.getByTestId("coverage-target").filter({ hasText: `doel: ${nlPercent(0.875)}` }).waitFor();

  // The splits, as the API computes them for the period on screen.
  const from = await page.getByLabel("Van", { exact: true }).inputValue();
  const iso = `${from.slice(6, 10)}-${from.slice(3, 5)}-${from.slice(0, 2)}`;
  const kpis = (await analyst.get(`/v1/kpis?from=${iso}&to=${today}`)).json;
  const byKind = page.getByTestId("by-kind");
  const names = { employee: "In loondienst", freelancer: "Zzp'er", volunteer: "Vrijwilliger" };
  assert.equal(await byKind.locator("tbody tr").count(), kpis.by_caregiver_kind.length);
  for (const [i, split] of kpis.by_caregiver_kind.entries()) {
    const row = byKind.locator("tbody tr").nth(i);
    assert.equal(await row.locator("th").innerText(), split.kind === null ? "Niemand (bleef open)" : names[split.kind]);
    assert.equal(await row.locator("td").nth(0).innerText(), String(split.due));
    assert.equal(await row.locator("td").nth(1).innerText(), nlPercent(split.coverage));
  }
  await page.getByText(`Per postcodegebied (${kpis.by_area.length} gebieden)`).click();
  const byArea = page.getByTestId("by-area");
  await byArea.waitFor();
  assert.equal(await byArea.locator("tbody tr").count(), kpis.by_area.length);
  assert.ok(kpis.by_area.length > 1, "the demo's clients live in several postcode areas");
  const first = kpis.by_area[0];
  assert.equal(await byArea.locator("tbody tr").first().locator("th").innerText(), first.area);
  assert.equal(await byArea.locator("tbody tr").first().locator("td").nth(1).innerText(), nlPercent(first.coverage));
  await screenshot(page, "analyst-targets-splits-nl");
  page.assertClean();
  await page.context().close();
});
