// The change feed, live: ChangeService.WatchChanges as the NDJSON stream the HTTP listener
// answers, read through fetch's body stream; the newest event on top. Leaving the view
// aborts the request, which ends the server's stream.

import * as api from "./api";
import { h, replace } from "./dom";
import type { Contract } from "./contract";
import { docHref, errorBox } from "./ui";
import { shown } from "./values";

interface ChangeEvent {
  entityType?: string;
  entityId?: string;
  tenant?: string;
  operation?: string;
  changedPaths?: string[];
  commitTime?: string;
}

const KEEP = 200;

export function changesView(root: HTMLElement, contract: Contract, query: URLSearchParams): () => void {
  const filter = query.get("filter") ?? "";
  const controller = new AbortController();
  const state = h("p", { class: "muted", "data-test": "feed-state" }, "connecting…");
  const rows = h("tbody");
  const table = h(
    "table",
    { class: "rows", "data-test": "changes" },
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        ...["commit time", "operation", "entity type", "id", "tenant", "changed paths"].map((c) => h("th", null, c)),
      ),
    ),
    rows,
  );
  const filterInput = h("input", {
    type: "text",
    name: "filter",
    value: filter,
    size: 60,
    placeholder: 'filter, for example operation = DELETE OR changed_paths:"status"',
  });
  const form = h(
    "form",
    {
      class: "query",
      onsubmit: (event: Event) => {
        event.preventDefault();
        const text = filterInput.value.trim();
        location.hash = `#/changes${text ? `?${new URLSearchParams({ filter: text }).toString()}` : ""}`;
      },
    },
    h("label", null, "filter ", filterInput),
    h("button", { type: "submit" }, "Watch"),
  );
  const byMessage = new Map(contract.entities.map((e) => [e.message, e]));
  replace(root, h("h1", null, "Change feed", h("span", { class: "muted path" }, ` ${contract.watchPath ?? ""}`)), form, state, table);

  if (contract.watchPath === null) {
    replace(state, "This server has no change feed.");
    return () => undefined;
  }
  let count = 0;
  api
    .follow(contract.watchPath, { filter }, controller.signal, (result) => {
      const events = ((result as { events?: ChangeEvent[] }).events ?? []).slice();
      for (const event of events) {
        count += 1;
        const entity = byMessage.get(event.entityType ?? "");
        const id = event.entityId ?? "";
        rows.prepend(
          h(
            "tr",
            { "data-test": "change" },
            h("td", null, shown(event.commitTime)),
            h("td", null, (event.operation ?? "").replace(/^CHANGE_OPERATION_/, "")),
            h("td", null, event.entityType ?? ""),
            h("td", null, entity && event.operation !== "CHANGE_OPERATION_DELETE" ? h("a", { href: docHref(entity, id) }, id) : id),
            h("td", null, event.tenant ?? ""),
            h("td", null, (event.changedPaths ?? []).join(", ")),
          ),
        );
        while (rows.children.length > KEEP) rows.lastElementChild?.remove();
      }
      state.textContent = `watching: ${count} ${count === 1 ? "event" : "events"} since this page opened`;
    })
    .then(
      () => replace(state, "The stream ended."),
      (error: unknown) => {
        if (!controller.signal.aborted) replace(state, errorBox(error));
      },
    );
  return () => controller.abort();
}
