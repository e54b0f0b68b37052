// The start page: every package of the contract and its entities.

import { h, replace } from "./dom";
import type { Contract } from "./contract";
import { listHref, takeNotice } from "./ui";

export function homeView(root: HTMLElement, contract: Contract): void {
  replace(
    root,
    takeNotice(),
    h("h1", null, "Packages and entities"),
    h(
      "div",
      { class: "packages" },
      ...[...contract.packages].map(([pkg, entities]) =>
        h(
          "section",
          { class: "package", "data-test": "package", "data-package": pkg },
          h("h2", null, pkg),
          h(
            "ul",
            null,
            ...entities.map((e) =>
              h(
                "li",
                null,
                h("a", { href: listHref(e), "data-entity": e.key }, e.title),
                h("span", { class: "muted path" }, ` ${e.collection}`),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
