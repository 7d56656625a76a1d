// Blended care: a coordinator gives a client a daily video contact with a visit at home when it
// fails; the caregiver on the phone notes the client was not reached; the coordinator's client page
// and the family's page show the journey with the visit it called for. The answers the screens
// read are checked against docs/openapi.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, demoWorld, login, openPage, screenshot, today } from "./harness.mjs";
import { responseSchema, schemaDifferences } from "./schemaCheck.mjs";

const world = demoWorld();

// Logs in as each demo caregiver in turn until one may claim the task; returns who did.
async function claimedByADemoCaregiver(server, taskId) {
  for (let n = 1; n <= 60; n++) {
    let caregiver;
    try {
      caregiver = await apiAs(server, `caregiver${n}@crowd.demo`);
    } catch {
      continue; // no such demo caregiver
    }
    const claim = await caregiver.post(`/v1/tasks/${taskId}/claim`);
    if (claim.status === 200) return { api: caregiver, email: `caregiver${n}@crowd.demo` };
  }
  assert.fail("no demo caregiver could take the video contact");
}

test("a video contact not reached becomes a visit at home, on the coordinator's and the family's journey", async () => {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const family = await apiAs(world.server, "family@noord.demo");
  const me = (await family.get("/v1/me")).json;
  // The clock starts at 06:30: a video contact from 07:00 can be taken now and checked in from 06:00.
  const arrangement = await coordinator.post(`/v1/clients/${me.client_id}/arrangements`, {
    valid_from: today,
    valid_to: today,
    tasks: [
      { key: "video", type: "morning video contact", rrule: "FREQ=DAILY", window: { start: "07:00", end: "08:00" },
        duration_minutes: 15, level: 1, mode: "digital" },
      { key: "visit", type: "visit at home", duration_minutes: 30, level: 1, mode: "physical",
        switch: { from: "video", on: ["missed"], within_minutes: 240 } },
    ],
  });
  assert.equal(arrangement.status, 201, arrangement.text);
  const contingent = arrangement.json.tasks.find((t) => t.key === "visit");
  assert.deepEqual(contingent.switch, { from: "video", on: ["missed"], within_minutes: 240 });
  assert.equal(arrangement.json.tasks_created, 1, "only the video contact is a task; the visit waits for its trigger");
  const video = (await coordinator.get(`/v1/tasks?client_id=${me.client_id}&from=${today}&to=${today}&limit=500`)).json.items.find(
    (t) => t.type === "morning video contact",
  );
  assert.ok(video);
  const holder = await claimedByADemoCaregiver(world.server, video.id);
  assert.equal((await holder.api.post(`/v1/tasks/${video.id}/check-in`)).status, 200);

  // The caregiver, on the phone, notes that the client did not answer.
  const phone = await openPage(world.browser, world.server, "phone");
  await login(phone, holder.email);
  await phone.getByRole("link", { name: "My day" }).click();
  const stop = phone.locator(`li.stop[data-task="${video.id}"]`);
  await stop.waitFor();
  await stop.getByRole("button", { name: "Client not reached" }).click();
  await phone.getByRole("status").filter({ hasText: "not reached" }).waitFor();
  await stop.getByText("Done", { exact: true }).waitFor();
  phone.assertClean();
  await phone.context().close();

  const step = (await coordinator.get(`/v1/tasks/${video.id}`)).json;
  assert.equal(step.outcome, "not_reached");
  assert.ok(step.follow_up_task_id, "the outcome called for a visit");
  const visit = (await coordinator.get(`/v1/tasks/${step.follow_up_task_id}`)).json;
  assert.equal(visit.mode, "physical");
  assert.equal(visit.status, "open");
  assert.equal(visit.urgent, true);
  assert.equal(visit.type, "visit at home");

  // The journey answers as documented, to the coordinator and to the family.
  const journey = await coordinator.get(`/v1/clients/${me.client_id}/journey?from=${today}&to=${today}`);
  assert.equal(journey.status, 200, journey.text);
  assert.deepEqual(schemaDifferences(journey.json, responseSchema("/v1/clients/{id}/journey", "get", 200)), []);
  const theirs = await family.get("/v1/my/journey");
  assert.equal(theirs.status, 200, theirs.text);
  assert.deepEqual(schemaDifferences(theirs.json, responseSchema("/v1/my/journey", "get", 200)), []);
  const followUp = theirs.json.steps.find((s) => s.task_id === visit.id);
  assert.deepEqual(followUp.stands_in_for, [video.id]);

  // The coordinator's client page: the failed step and the visit instead of it.
  const desk = await openPage(world.browser, world.server, "desktop");
  await login(desk, "coordinator@noord.demo");
  await desk.goto(`/clients/${me.client_id}`);
  await desk.getByRole("heading", { name: "Care journey" }).waitFor();
  const failed = desk.locator(`.journey-step[data-task-id="${video.id}"]`);
  await failed.waitFor();
  assert.match(await failed.innerText(), /not reached/);
  assert.match(await failed.innerText(), /a visit at home before \d\d:\d\d/);
  const instead = desk.locator(`.journey-step[data-task-id="${visit.id}"]`);
  assert.match(await instead.innerText(), /instead of the morning video contact/);
  assert.match(await desk.locator(".arrangement-tasks").allInnerTexts().then((t) => t.join("\n")), /a visit within 4 h when the morning video contact is missed/);
  await screenshot(desk, "coordinator-client-journey");
  desk.assertClean();
  await desk.context().close();

  // The family's page: the same journey, in their words.
  const home = await openPage(world.browser, world.server, "phone");
  await login(home, "family@noord.demo");
  await home.getByRole("heading", { name: "Care journey" }).waitFor();
  const theirStep = home.locator(`.journey-step[data-task-id="${video.id}"]`);
  await theirStep.waitFor();
  assert.match(await theirStep.innerText(), /not reached/);
  assert.match(await home.locator(`.journey-step[data-task-id="${visit.id}"]`).innerText(), /we are finding a caregiver/);
  await screenshot(home, "client-journey");
  home.assertClean();
  await home.context().close();
});
