// The console's shell: the bar (tenant and token), and the view the location's hash names.
//   #/                          packages and entities
//   #/list/<domain>/<plural>    a page of an entity (?filter=&orderBy=&pageSize=)
//   #/doc/<domain>/<plural>/<id> one document
//   #/new/<domain>/<plural>     a new one
//   #/changes                   the change feed, live (?filter=)

import "./style.css";
import { changesView } from "./changes";
import { type Contract, load } from "./contract";
import { createView } from "./create";
import { documentView } from "./document";
import { h, replace } from "./dom";
import { homeView } from "./home";
import { listView } from "./list";
import * as session from "./session";
import { errorBox } from "./ui";

const bar = document.getElementById("bar") as HTMLElement;
const view = document.getElementById("view") as HTMLElement;
let leave: () => void = () => undefined;

function drawBar(): void {
  const tenant = h("input", {
    type: "text",
    name: "tenant",
    value: session.tenant(),
    placeholder: "x-tenant-id",
    size: 16,
  });
  const token = h("input", {
    type: "password",
    name: "token",
    value: session.token(),
    placeholder: "bearer token, if required",
    autocomplete: "off",
    size: 24,
  });
  const form = h(
    "form",
    { class: "session", "data-test": "session" },
    h("label", null, "tenant ", tenant),
    h("label", null, "token ", token),
    h("button", { type: "submit" }, "Use"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    session.remember(tenant.value, token.value);
    route();
  });
  replace(
    bar,
    h("a", { href: "#/", class: "brand" }, "Modelstore"),
    h("nav", null, h("a", { href: "#/" }, "Entities"), h("a", { href: "#/changes" }, "Changes")),
    form,
  );
}

let contract: Contract | null = null;

function route(): void {
  leave();
  leave = () => undefined;
  if (contract === null) return;
  const [path = "", search = ""] = location.hash.replace(/^#/, "").split("?", 2);
  const query = new URLSearchParams(search);
  const parts = path.split("/").filter(Boolean);
  const [kind, domain, plural, ...rest] = parts;
  const entity = contract.byKey.get(`${domain}/${plural}`);
  if (kind === "changes") {
    leave = changesView(view, contract, query);
  } else if (kind === "list" && entity) {
    listView(view, entity, query);
  } else if (kind === "new" && entity) {
    createView(view, entity);
  } else if (kind === "doc" && entity && rest.length) {
    documentView(view, entity, decodeURIComponent(rest.join("/")));
  } else {
    homeView(view, contract);
  }
}

async function start(): Promise<void> {
  drawBar();
  try {
    contract = await load();
  } catch (error) {
    replace(view, errorBox(error));
    return;
  }
  window.addEventListener("hashchange", route);
  route();
}

void start();
