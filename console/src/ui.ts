// Pieces every view shares: links between views, the error box, a one-time notice.

import { ApiError } from "./api";
import { h } from "./dom";
import type { Entity } from "./contract";

export function listHref(entity: Entity, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(query).toString();
  return `#/list/${entity.key}${params ? `?${params}` : ""}`;
}

export function docHref(entity: Entity, id: string): string {
  return `#/doc/${entity.key}/${encodeURIComponent(id)}`;
}

export function newHref(entity: Entity): string {
  return `#/new/${entity.key}`;
}

/** The error box: the status code's name and message, and any field violations. */
export function errorBox(error: unknown): HTMLElement {
  if (error instanceof ApiError) {
    return h(
      "div",
      { class: "error", role: "alert", "data-test": "error", "data-code": error.codeName },
      h("strong", null, error.codeName),
      `: ${error.status.message}`,
      error.violations.length ? h("ul", null, ...error.violations.map((v) => h("li", null, v))) : null,
    );
  }
  const text = error instanceof Error ? error.message : String(error);
  return h("div", { class: "error", role: "alert", "data-test": "error" }, text);
}

let pending: string | null = null;

/** Show `text` once, at the top of the next view rendered. */
export function notify(text: string): void {
  pending = text;
}

export function takeNotice(): HTMLElement | null {
  const text = pending;
  pending = null;
  return text ? h("div", { class: "notice", role: "status", "data-test": "notice" }, text) : null;
}
