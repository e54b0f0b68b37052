// A new entity: a form of every field a client may set. What is typed into a secret field
// is sent once and cleared from the form, whatever the answer; the created entity is shown
// as the server returned it, which never carries the secret.

import * as api from "./api";
import { h, replace } from "./dom";
import type { Entity, Field } from "./contract";
import { docHref, errorBox, listHref, notify } from "./ui";
import { type Control, input, read } from "./values";

export function createView(root: HTMLElement, entity: Entity): void {
  const settable = entity.fields.filter((f) => !f.outputOnly);
  const controls = new Map<Field, Control>(settable.map((f) => [f, input(f, undefined)]));
  const error = h("div");
  const form = h(
    "form",
    { class: "edit", "data-test": "create-form" },
    h(
      "table",
      { class: "fields" },
      ...[...controls].map(([f, control]) =>
        h(
          "tr",
          null,
          h("th", null, h("label", { for: control.id }, f.name, f.required ? " *" : "")),
          h("td", null, control, h("div", { class: "muted hint" }, firstLine(f.description))),
        ),
      ),
    ),
    error,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", "data-test": "submit-create" }, `Create ${entity.title}`),
      h("a", { href: listHref(entity), class: "back" }, "Cancel"),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void submit();
  });
  replace(root, h("h1", null, `New ${entity.title}`, h("span", { class: "muted path" }, ` POST ${entity.collection}`)), form);

  async function submit(): Promise<void> {
    const body: Record<string, unknown> = {};
    try {
      for (const [f, control] of controls) {
        const value = read(f, control);
        if (value !== undefined) body[f.json] = value;
      }
      const answer = await api.call<Record<string, Record<string, unknown>>>("POST", entity.collection, {
        body,
      });
      const created = answer[entity.itemKey] ?? {};
      const id = typeof created["id"] === "string" ? created["id"] : "";
      notify(`Created ${entity.title} ${id}.`);
      location.hash = docHref(entity, id);
    } catch (problem) {
      replace(error, errorBox(problem));
    } finally {
      for (const [f, control] of controls) if (f.secret) control.value = "";
    }
  }
}

function firstLine(text: string): string {
  const sentence = text.split(/\n\s*\n/)[0] ?? "";
  return sentence.replace(/\s+/g, " ").trim();
}
