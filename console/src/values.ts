// Field values: shown as text, edited through the input their kind calls for, and read back
// as the proto3 JSON the API takes.

import { h } from "./dom";
import type { Field } from "./contract";

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The text of a value in a table cell. */
export function shown(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** The input of one field, filled with `value` (never for a secret). */
export function input(field: Field, value: unknown): Control {
  const common = { name: field.json, id: `field-${field.json}`, "data-field": field.json };
  if (field.secret) {
    // Write-only: typed, sent, then cleared; the browser is asked not to remember it.
    return h("input", { ...common, type: "password", autocomplete: "new-password" });
  }
  switch (field.kind) {
    case "boolean":
      return h("input", { ...common, type: "checkbox", checked: value === true });
    case "enum":
      return h(
        "select",
        common,
        h("option", { value: "" }, ""),
        ...field.enumValues.map((v) => h("option", { value: v, selected: v === value }, v)),
      );
    case "number":
      return h("input", { ...common, type: "number", value: shown(value) });
    case "json":
      return h("textarea", {
        ...common,
        rows: 3,
        value: value === undefined ? "" : JSON.stringify(value, null, 1),
      });
    default:
      return h("input", { ...common, type: "text", value: shown(value) });
  }
}

/** What an input holds as a JSON value; `undefined` for an empty one. */
export function read(field: Field, element: Control): unknown {
  if (element instanceof HTMLInputElement && element.type === "checkbox") {
    return element.checked ? true : undefined;
  }
  const text = element.value;
  if (text.trim() === "") return undefined;
  switch (field.kind) {
    case "number": {
      const number = Number(text);
      if (!Number.isFinite(number)) throw new Error(`${field.name}: not a number`);
      return number;
    }
    case "json":
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new Error(`${field.name}: not JSON`);
      }
    default:
      return text;
  }
}

/** Whether two JSON values are the same (the console's values come from JSON). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
