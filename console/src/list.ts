// One page of an entity: the AIP-160 filter, order_by and page size of the List call, and
// keyset paging. A page token only leads forward, so "previous" is the token of the page
// before, kept on a stack; a new filter or order starts again at the first page.

import * as api from "./api";
import { h, replace } from "./dom";
import type { Entity, Field } from "./contract";
import { docHref, errorBox, listHref, newHref, takeNotice } from "./ui";
import { shown } from "./values";

const COLUMNS = 6;
const SIZES = ["5", "20", "50", "100"];

function columns(entity: Entity): Field[] {
  const simple = entity.fields.filter(
    (f) => !f.secret && f.kind !== "json" && f.json !== "etag" && f.json !== "id",
  );
  const id = entity.fields.find((f) => f.json === "id");
  return [...(id ? [id] : []), ...simple].slice(0, COLUMNS);
}

export function listView(root: HTMLElement, entity: Entity, query: URLSearchParams): void {
  const filter = query.get("filter") ?? "";
  const orderBy = query.get("orderBy") ?? "";
  const pageSize = query.get("pageSize") ?? "20";
  const tokens: string[] = [""]; // the tokens of the pages shown so far; the last is this page's
  const shownColumns = columns(entity);

  const filterInput = h("input", {
    type: "text",
    name: "filter",
    value: filter,
    placeholder: 'AIP-160 filter, for example status = ACTIVE AND roles:"admin"',
    size: 60,
  });
  const orderInput = h("input", {
    type: "text",
    name: "orderBy",
    value: orderBy,
    placeholder: "order_by, for example username desc",
    size: 28,
  });
  const sizeSelect = h(
    "select",
    { name: "pageSize" },
    ...SIZES.map((s) => h("option", { value: s, selected: s === pageSize }, s)),
  );
  const form = h(
    "form",
    {
      class: "query",
      onsubmit: (event: Event) => {
        event.preventDefault();
        location.hash = listHref(entity, {
          ...(filterInput.value.trim() ? { filter: filterInput.value.trim() } : {}),
          ...(orderInput.value.trim() ? { orderBy: orderInput.value.trim() } : {}),
          pageSize: sizeSelect.value,
        });
      },
    },
    h("label", null, "filter ", filterInput),
    h("label", null, "order by ", orderInput),
    h("label", null, "page size ", sizeSelect),
    h("button", { type: "submit" }, "Apply"),
  );
  const page = h("div", { class: "page" });
  const previous = h("button", { type: "button", "data-test": "previous" }, "Previous");
  const next = h("button", { type: "button", "data-test": "next" }, "Next");
  const position = h("span", { class: "muted", "data-test": "position" });
  let nextToken = "";
  previous.addEventListener("click", () => {
    tokens.pop();
    void load();
  });
  next.addEventListener("click", () => {
    tokens.push(nextToken);
    void load();
  });

  async function load(): Promise<void> {
    previous.disabled = next.disabled = true;
    try {
      const answer = await api.call<Record<string, unknown>>("GET", entity.collection, {
        query: { filter, orderBy, pageSize, pageToken: tokens[tokens.length - 1] },
      });
      const rows = (answer[entity.listKey] as Array<Record<string, unknown>> | undefined) ?? [];
      nextToken = typeof answer["nextPageToken"] === "string" ? answer["nextPageToken"] : "";
      replace(page, table(entity, shownColumns, rows));
      position.textContent = `page ${tokens.length}, ${rows.length} ${rows.length === 1 ? "row" : "rows"}`;
      previous.disabled = tokens.length <= 1;
      next.disabled = nextToken === "";
    } catch (error) {
      replace(page, errorBox(error));
      previous.disabled = tokens.length <= 1;
    }
  }

  replace(
    root,
    takeNotice(),
    h(
      "h1",
      null,
      h("span", { class: "muted" }, `${entity.pkg}.`),
      entity.title,
      h("span", { class: "muted path" }, ` ${entity.collection}`),
    ),
    h("p", null, h("a", { href: newHref(entity), "data-test": "create" }, `New ${entity.title}`)),
    form,
    page,
    h("div", { class: "pager" }, previous, next, position),
  );
  void load();
}

function table(entity: Entity, fields: Field[], rows: Array<Record<string, unknown>>): HTMLElement {
  if (rows.length === 0) return h("p", { class: "muted", "data-test": "empty" }, "No rows.");
  return h(
    "table",
    { class: "rows", "data-test": "rows" },
    h("thead", null, h("tr", null, ...fields.map((f) => h("th", { title: f.description }, f.name)))),
    h(
      "tbody",
      null,
      ...rows.map((row) =>
        h(
          "tr",
          null,
          ...fields.map((f, i) => {
            const text = shown(row[f.json]);
            const id = typeof row["id"] === "string" ? row["id"] : "";
            const cell = i === 0 && id ? h("a", { href: docHref(entity, id) }, text) : text;
            return h("td", { "data-field": f.json }, cell);
          }),
        ),
      ),
    ),
  );
}
