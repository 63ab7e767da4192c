// Runs one YoWASP tool (yosys, nextpnr-ice40, icepack) as if it were installed: node run.mjs TOOL ARGS...
// The tools are WebAssembly over a virtual file system, so the current directory's files are copied in
// (mounted at /, the tool's working directory), and every file the tool wrote or changed is written back.
// Paths in ARGS must therefore be relative and stay below the current directory. Exit status as the tool's.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";

const tools = {
  "yosys": async () => (await import("@yowasp/yosys")).runYosys,
  "nextpnr-ice40": async () => (await import("@yowasp/nextpnr-ice40")).runNextpnrIce40,
  "icepack": async () => (await import("@yowasp/nextpnr-ice40")).runIcepack,
};

const [tool, ...args] = process.argv.slice(2);
if (!(tool in tools)) {
  process.stderr.write(`usage: node run.mjs {${Object.keys(tools).join(",")}} ARGS...; got '${tool ?? ""}'\n`);
  process.exit(2);
}
for (const a of args)
  if (a.startsWith("/") || a.split("/").includes(".."))
    process.stderr.write(`yowasp: warning: argument '${a}' leaves the working directory, which the tool cannot see\n`);

function readTree(dir) {
  const tree = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    tree[name] = statSync(path).isDirectory() ? readTree(path) : readFileSync(path);
  }
  return tree;
}

function writeBack(dir, tree, before) {
  for (const [name, value] of Object.entries(tree)) {
    const path = join(dir, name);
    if (value instanceof Uint8Array || typeof value === "string") {
      const bytes = typeof value === "string" ? Buffer.from(value) : Buffer.from(value);
      const old = before?.[name];
      if (old instanceof Uint8Array && Buffer.compare(old, bytes) === 0) continue;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    } else {
      writeBack(path, value, before?.[name] instanceof Uint8Array ? undefined : before?.[name]);
    }
  }
}

const input = readTree(".");
const run = await tools[tool]();
const stream = (out) => (bytes) => { if (bytes !== null) out.write(bytes); };
let files, status = 0;
try {
  files = await run(args, input, { stdout: stream(process.stdout), stderr: stream(process.stderr), decodeASCII: false });
} catch (e) {
  if (e?.files === undefined || typeof e.code !== "number") throw e;
  files = e.files;
  status = e.code;
}
writeBack(".", files, input);
process.exitCode = status;
