// The data console in a real browser: Debian's Chromium driven by playwright-core against a
// live `modelstore serve` with credentials, which tests/console/test_console_browser.py
// starts and describes in the environment:
//   CONSOLE_URL          the HTTP listener, serving the console at /
//   CONSOLE_TOKEN        a bearer token of a caller with read and write on every tenant
//   CONSOLE_SCREENSHOTS  where the screenshots of the main views go
// The tests run in order, one browser page through them all, as a person would click.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";

const BASE = process.env.CONSOLE_URL;
const TOKEN = process.env.CONSOLE_TOKEN;
const SHOTS = process.env.CONSOLE_SCREENSHOTS;
assert.ok(BASE && TOKEN && SHOTS, "CONSOLE_URL, CONSOLE_TOKEN and CONSOLE_SCREENSHOTS are set");

const run = randomUUID().slice(0, 8);
const tenant = `ws_console_${run}`;
const names = ["ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal"];
const admins = names.filter((n) => n !== "bob" && n !== "gus"); // six admins
let browser;
let page;

/** Call the HTTP API directly, as another client would. */
async function api(method, url, body) {
  const response = await fetch(`${BASE}${url}`, {
    method,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      "x-tenant-id": tenant,
      "content-type": "application/json",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

async function shot(name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

before(async () => {
  const created = await api("POST", "/v1/platform/workspaces", { id: tenant, name: "Console Inc" });
  assert.equal(created.status, 200, JSON.stringify(created.json));
  for (const name of names) {
    const user = {
      id: `usr_${name}_${run}`,
      username: name,
      password: `pw-${name}-${run}`,
      roles: admins.includes(name) ? ["admin"] : ["viewer"],
    };
    const answer = await api("POST", "/v1/platform/users", user);
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
  }
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox"],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
});

after(async () => {
  await browser?.close();
});

test("lists the packages and entities, and asks for a token the server requires", async () => {
  await page.goto(`${BASE}/`);
  await page.locator('[data-package="modelstore.platform.v1"]').waitFor();
  assert.ok((await page.locator('[data-test="package"]').count()) >= 5);
  await shot("packages");
  await page.locator('[data-package="modelstore.platform.v1"] [data-entity="platform/users"]').click();
  // No token yet: the server's answer, shown as it is.
  await page.locator('[data-test="error"][data-code="UNAUTHENTICATED"]').waitFor();
  await page.fill('[data-test="session"] input[name="tenant"]', tenant);
  await page.fill('[data-test="session"] input[name="token"]', TOKEN);
  await page.click('[data-test="session"] button');
  await page.locator('[data-test="rows"]').waitFor();
  assert.equal(await page.locator('[data-test="rows"] tbody tr').count(), names.length);
});

test("filters, orders and pages through platform users", async () => {
  await page.fill('input[name="filter"]', 'roles:"admin"');
  await page.fill('input[name="orderBy"]', "username desc");
  await page.selectOption('select[name="pageSize"]', "5");
  await page.click('form.query button[type="submit"]');
  await page.locator('[data-test="position"]', { hasText: "page 1, 5 rows" }).waitFor();
  const firstPage = await page.locator('[data-test="rows"] tbody td[data-field="username"]').allTextContents();
  const byUsername = [...admins].sort().reverse();
  assert.deepEqual(firstPage, byUsername.slice(0, 5));
  await shot("entity-list");
  await page.click('[data-test="next"]');
  await page.locator('[data-test="position"]', { hasText: "page 2, 1 row" }).waitFor();
  assert.deepEqual(
    await page.locator('[data-test="rows"] tbody td[data-field="username"]').allTextContents(),
    byUsername.slice(5),
  );
  assert.ok(await page.locator('[data-test="next"]').isDisabled());
  await page.click('[data-test="previous"]');
  await page.locator('[data-test="position"]', { hasText: "page 1, 5 rows" }).waitFor();
  assert.deepEqual(
    await page.locator('[data-test="rows"] tbody td[data-field="username"]').allTextContents(),
    firstPage,
  );
});

test("opens one user, its stored keys beside the API's names, and edits it with a mask", async () => {
  await page.click('[data-test="rows"] tbody tr:first-child td:first-child a');
  const doc = page.locator('[data-test="document"]');
  await doc.waitFor();
  assert.equal(await doc.locator('tr[data-field="id"] [data-test="stored-key"]').textContent(), "_id");
  assert.equal(
    await doc.locator('tr[data-field="password"] [data-test="stored-key"]').textContent(),
    "passwordHash, passwordSalt",
  );
  assert.match(await doc.locator('tr[data-field="password"] td:last-child').textContent(), /never returned/);
  await shot("document");
  const id = await page.locator('[data-test="doc-id"]').textContent();
  await page.click('[data-test="edit"]');
  await page.fill('[data-field="username"]', `${admins.at(-1)}-renamed`);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "PATCH"),
    page.click('[data-test="save"]'),
  ]);
  const url = new URL(request.url());
  assert.equal(url.pathname, `/v1/platform/users/${id}`);
  assert.equal(url.searchParams.get("updateMask"), "username");
  assert.deepEqual(Object.keys(request.postDataJSON()).sort(), ["etag", "username"]);
  await page.locator('[data-test="notice"]', { hasText: "update_mask username" }).waitFor();
  assert.equal(
    await doc.locator('tr[data-field="username"] td:last-child').textContent(),
    `${admins.at(-1)}-renamed`,
  );
});

test("an edit on a stale etag shows the ABORTED message", async () => {
  const id = await page.locator('[data-test="doc-id"]').textContent();
  await page.click('[data-test="edit"]');
  // Another client writes the user after the console read it.
  const other = await api("PATCH", `/v1/platform/users/${id}`, { roles: ["admin", "owner"] });
  assert.equal(other.status, 200, JSON.stringify(other.json));
  const typed = `typed-in-edit-${run}`;
  await page.fill('[data-field="username"]', "stale-write");
  await page.fill('[data-field="password"]', typed);
  await page.click('[data-test="save"]');
  const error = page.locator('[data-test="error"][data-code="ABORTED"]');
  await error.waitFor();
  assert.match(await error.textContent(), /^ABORTED: .*etag/);
  // The refused write leaves the form as typed, but for the password, which is gone.
  assert.equal(await page.inputValue('[data-field="username"]'), "stale-write");
  assert.equal(await page.inputValue('[data-field="password"]'), "");
  await shot("edit-conflict");
  await page.click('[data-test="reload"]');
  await page.locator('tr[data-field="roles"]', { hasText: "owner" }).waitFor();
  const stored = await api("GET", `/v1/platform/users/${id}`);
  assert.equal(stored.json.user.username, `${admins.at(-1)}-renamed`);
});

test("creates a user without echoing its password, and deletes it after a confirmation", async () => {
  await page.goto(`${BASE}/#/list/platform/users`);
  await page.click('[data-test="create"]');
  const id = `usr_new_${run}`;
  const password = `typed-secret-${run}`;
  await page.fill('[data-test="create-form"] [data-field="id"]', id);
  await page.fill('[data-test="create-form"] [data-field="username"]', "ivy");
  await page.fill('[data-test="create-form"] [data-field="password"]', password);
  await page.fill('[data-test="create-form"] [data-field="roles"]', '["viewer"]');
  await page.click('[data-test="submit-create"]');
  await page.locator('[data-test="notice"]', { hasText: `Created User ${id}` }).waitFor();
  assert.equal(await page.locator('[data-test="doc-id"]').textContent(), id);
  assert.ok(!(await page.content()).includes(password), "the password is not on the page");
  await page.goBack(); // the create form, drawn anew: nothing typed survives
  await page.locator('[data-test="create-form"]').waitFor();
  assert.equal(await page.inputValue('[data-test="create-form"] [data-field="password"]'), "");
  await page.goForward();
  await page.locator('[data-test="delete"]').waitFor();

  page.once("dialog", (dialog) => dialog.dismiss());
  await page.click('[data-test="delete"]');
  assert.equal((await api("GET", `/v1/platform/users/${id}`)).status, 200);
  page.once("dialog", (dialog) => dialog.accept());
  await page.click('[data-test="delete"]');
  await page.locator('[data-test="notice"]', { hasText: `Deleted User ${id}` }).waitFor();
  const gone = await api("GET", `/v1/platform/users/${id}`);
  assert.equal(gone.status, 404);
  assert.equal(gone.json.code, 5);
});

test("shows the change feed live", async () => {
  await page.goto(`${BASE}/#/changes?filter=${encodeURIComponent(`tenant = "${tenant}"`)}`);
  await page.locator('[data-test="feed-state"]', { hasText: "watching" }).waitFor();
  const id = `usr_live_${run}`;
  await api("POST", "/v1/platform/users", { id, username: "jo", password: `pw-${run}` });
  await api("PATCH", `/v1/platform/users/${id}`, { roles: ["viewer"] });
  const rows = page.locator('[data-test="change"]', { hasText: id });
  await rows.nth(1).waitFor({ timeout: 15_000 });
  assert.match(await rows.nth(0).textContent(), /UPDATE/);
  assert.match(await rows.nth(1).textContent(), /CREATE/);
  await shot("change-feed");
});
