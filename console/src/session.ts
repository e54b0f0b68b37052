// What the console sends with every call: the tenant (`x-tenant-id`) and, when the server
// has credentials configured, a bearer token. Both live in sessionStorage only: they are
// gone when the tab closes, and no other tab or later visit sees the token.

const TENANT = "modelstore.console.tenant";
const TOKEN = "modelstore.console.token";

export function tenant(): string {
  return sessionStorage.getItem(TENANT) ?? "";
}

export function token(): string {
  return sessionStorage.getItem(TOKEN) ?? "";
}

export function remember(newTenant: string, newToken: string): void {
  for (const [key, value] of [
    [TENANT, newTenant.trim()],
    [TOKEN, newToken.trim()],
  ] as const) {
    if (value) sessionStorage.setItem(key, value);
    else sessionStorage.removeItem(key);
  }
}
