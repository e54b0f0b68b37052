// One document: each field's proto name (as filters and masks spell it), its JSON name and
// the key it is stored under, beside its value; edited with an update mask of exactly the
// fields changed and the etag it was read with, so another writer's change in between is
// ABORTED rather than overwritten; deleted, after a confirmation, with the same etag.

import * as api from "./api";
import { h, replace } from "./dom";
import type { Entity, Field } from "./contract";
import { errorBox, listHref, notify, takeNotice } from "./ui";
import { type Control, input, read, same, shown } from "./values";

type Doc = Record<string, unknown>;

function itemPath(entity: Entity, id: string): string {
  return `${entity.collection}/${encodeURIComponent(id)}`;
}

export function documentView(root: HTMLElement, entity: Entity, id: string): void {
  const notice = takeNotice();
  const status = h("div", { class: "status" });
  const body = h("div");
  replace(root, notice, heading(entity, id), status, body);

  async function load(): Promise<void> {
    try {
      const answer = await api.call<Record<string, Doc>>("GET", itemPath(entity, id));
      show(answer[entity.itemKey] ?? {});
    } catch (error) {
      replace(body, errorBox(error), back(entity));
    }
  }

  function show(doc: Doc): void {
    const edit = h("button", { type: "button", "data-test": "edit" }, "Edit");
    const remove = h("button", { type: "button", class: "danger", "data-test": "delete" }, "Delete");
    edit.addEventListener("click", () => editForm(doc));
    remove.addEventListener("click", () => void del(doc));
    replace(
      body,
      fieldTable(entity, doc),
      h(
        "div",
        { class: "actions" },
        entity.canUpdate ? edit : null,
        entity.canDelete ? remove : null,
        back(entity),
      ),
    );
  }

  function editForm(doc: Doc): void {
    replace(status); // an earlier notice is about an earlier version
    const editable = entity.fields.filter((f) => !f.outputOnly && !f.immutable);
    const controls = new Map<Field, Control>(editable.map((f) => [f, input(f, doc[f.json])]));
    const error = h("div");
    const save = h("button", { type: "submit", "data-test": "save" }, "Save");
    const cancel = h("button", { type: "button" }, "Cancel");
    cancel.addEventListener("click", () => show(doc));
    const form = h(
      "form",
      { class: "edit", "data-test": "edit-form" },
      h("p", { class: "muted" }, `Editing with etag ${shown(doc["etag"])}: only the fields you change are sent, named in the update mask.`),
      h(
        "table",
        { class: "fields" },
        ...[...controls].map(([f, control]) =>
          h(
            "tr",
            null,
            h("th", null, h("label", { for: control.id }, f.name)),
            h("td", null, control, f.secret ? h("span", { class: "muted" }, " write-only, never shown") : null),
          ),
        ),
      ),
      error,
      h("div", { class: "actions" }, save, cancel),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void submit();
    });
    replace(body, form);

    async function submit(): Promise<void> {
      const changes: Doc = {};
      const mask: string[] = [];
      try {
        for (const [f, control] of controls) {
          const value = read(f, control);
          if (f.secret ? value !== undefined : !same(value, doc[f.json])) {
            mask.push(f.json); // JSON names: the FieldMask's JSON form, as the query takes it
            if (value !== undefined) changes[f.json] = value;
          }
        }
      } catch (problem) {
        replace(error, errorBox(problem));
        return;
      }
      if (mask.length === 0) {
        replace(error, errorBox(new Error("Nothing changed.")));
        return;
      }
      try {
        const answer = await api.call<Record<string, Doc>>("PATCH", itemPath(entity, id), {
          query: { updateMask: mask.join(",") },
          body: { ...changes, etag: doc["etag"] },
        });
        notify(`Updated with update_mask ${mask.join(",")}.`);
        replace(status, takeNotice());
        show(answer[entity.itemKey] ?? {});
      } catch (problem) {
        replace(error, errorBox(problem));
        if (problem instanceof api.ApiError && problem.codeName === "ABORTED") {
          const reload = h("button", { type: "button", "data-test": "reload" }, "Reload the current version");
          reload.addEventListener("click", () => {
            replace(status);
            void load();
          });
          error.append(reload);
        }
      } finally {
        // Nothing typed into a secret field outlives the call.
        for (const [f, control] of controls) if (f.secret) control.value = "";
      }
    }
  }

  async function del(doc: Doc): Promise<void> {
    if (!confirm(`Delete ${entity.title} ${id}? This cannot be undone here.`)) return;
    try {
      await api.call("DELETE", itemPath(entity, id), { query: { etag: shown(doc["etag"]) } });
      notify(`Deleted ${entity.title} ${id}.`);
      location.hash = listHref(entity);
    } catch (error) {
      replace(status, errorBox(error));
    }
  }

  void load();
}

function heading(entity: Entity, id: string): HTMLElement {
  return h(
    "h1",
    null,
    h("a", { href: listHref(entity) }, entity.title),
    " ",
    h("code", { "data-test": "doc-id" }, id),
    h("span", { class: "muted path" }, ` ${entity.collection}/${id}`),
  );
}

function back(entity: Entity): HTMLElement {
  return h("a", { href: listHref(entity), class: "back" }, `All ${entity.key}`);
}

/** Every field of the entity: its names in the API and in storage, and its value. */
export function fieldTable(entity: Entity, doc: Doc): HTMLElement {
  return h(
    "table",
    { class: "fields", "data-test": "document" },
    h(
      "thead",
      null,
      h("tr", null, h("th", null, "field"), h("th", null, "JSON name"), h("th", null, "stored as"), h("th", null, "value")),
    ),
    h(
      "tbody",
      null,
      ...entity.fields.map((f) =>
        h(
          "tr",
          { "data-field": f.json },
          h("th", { title: f.description }, f.name),
          h("td", null, h("code", null, f.json)),
          h("td", null, h("code", { "data-test": "stored-key" }, f.storedKeys.join(", "))),
          // A secret is never displayed, even should an answer carry one.
          f.secret
            ? h("td", { class: "muted" }, "write-only secret: never returned")
            : h("td", null, valueCell(doc[f.json])),
        ),
      ),
    ),
  );
}

function valueCell(value: unknown): Node {
  if (value !== null && typeof value === "object") {
    return h("pre", null, JSON.stringify(value, null, 1));
  }
  return document.createTextNode(shown(value));
}
