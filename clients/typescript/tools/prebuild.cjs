// Runs before `npm run build`. tsc's incremental build trusts dist/.tsbuildinfo and does not
// notice outputs that were deleted since, nor remove outputs of deleted sources (e.g. a proto
// that was removed). So when dist/ does not match src/ one to one, start from a clean dist/.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const src = path.join(root, "src");
const dist = path.join(root, "dist");

function files(dir, ext) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(ext) && !f.endsWith(".d.ts"))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

if (fs.existsSync(dist)) {
  const want = files(src, ".ts");
  const have = files(dist, ".js");
  if (want.join("\n") !== have.join("\n")) {
    fs.rmSync(dist, { recursive: true, force: true });
  }
}
