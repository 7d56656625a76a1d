// Logging in and out, and what the server does for the web app: index.html for app paths, assets
// with their types, API errors untouched, and nothing loaded from anywhere else.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertFormsLabelled, demoWorld, login, logout, openPage, screenshot, tabOrder } from "./harness.mjs";

const world = demoWorld();

test("the server answers app paths with the app and API paths with problems", async () => {
  const app = await fetch(`${world.server.url}/board?date=2026-03-02`);
  assert.equal(app.status, 200);
  assert.match(app.headers.get("content-type"), /text\/html/);
  assert.match(app.headers.get("content-security-policy"), /default-src 'self'/);
  const html = await app.text();
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/)[1];
  const js = await fetch(`${world.server.url}${script}`);
  assert.equal(js.status, 200);
  assert.match(js.headers.get("content-type"), /javascript/);
  assert.match(js.headers.get("cache-control"), /immutable/);
  // Compressed by the server (gzip), whatever else the browser offers.
  const packed = await fetch(`${world.server.url}${script}`, { headers: { "Accept-Encoding": "gzip, deflate, br, zstd" } });
  assert.equal(packed.headers.get("content-encoding"), "gzip");
  assert.equal(await packed.text(), await (await fetch(`${world.server.url}${script}`, { headers: { "Accept-Encoding": "identity" } })).text());
  // Byte ranges are not served (the whole file comes back, as HTTP allows), so no range can reach
  // past a body's end.
  const whole = await (await fetch(`${world.server.url}${script}`, { headers: { "Accept-Encoding": "identity" } })).text();
  for (const range of ["bytes=0-9", "bytes=0-999999999", "bytes=999999999-", "bytes=-999999999"]) {
    const answer = await fetch(`${world.server.url}${script}`, { headers: { Range: range, "Accept-Encoding": "identity" } });
    assert.equal(answer.status, 200, range);
    assert.equal(answer.headers.get("accept-ranges"), "none", range);
    assert.equal(await answer.text(), whole, range);
  }
  const apiRange = await fetch(`${world.server.url}/openapi.json`, { headers: { Range: "bytes=0-999999999" } });
  assert.equal(apiRange.status, 200);
  assert.ok((await apiRange.json()).paths);
  const missingAsset = await fetch(`${world.server.url}/assets/nothing-here.js`);
  assert.equal(missingAsset.status, 404);
  for (const path of ["/v1/no-such-route", "/v1"]) {
    const api = await fetch(`${world.server.url}${path}`);
    assert.equal(api.status, 404, path);
    assert.match(api.headers.get("content-type"), /problem\+json/, path);
  }
  const head = await fetch(`${world.server.url}/visits`, { method: "HEAD" });
  assert.equal(head.status, 200);
  assert.match(head.headers.get("content-type"), /text\/html/);
  assert.equal((await head.text()).length, 0);
});

for (const size of ["phone", "desktop"]) {
  test(`a wrong password is refused with a message, the right one logs in and out (${size})`, async () => {
    const page = await openPage(world.browser, world.server, size);
    await page.goto("/");
    await assertFormsLabelled(page);
    await screenshot(page, "login");
    // Keyboard only: tab to the fields, type, submit with Enter.
    const order = await tabOrder(page, 2);
    assert.deepEqual(order, ["input:Email", "input:Password"]);
    await page.getByLabel("Email").focus();
    await page.keyboard.type("client@noord.demo");
    await page.keyboard.press("Tab");
    await page.keyboard.type("not-the-password");
    await page.keyboard.press("Enter");
    await page.getByRole("alert").filter({ hasText: "do not match" }).waitFor();

    await login(page, "client@noord.demo");
    assert.equal(new URL(page.url()).pathname, "/visits");
    await logout(page);
    // After logging out the API no longer accepts the old session: a reload shows the login form.
    await page.reload();
    await page.getByRole("button", { name: "Log in" }).waitFor();
    page.assertClean();
    await page.context().close();
  });
}
