// The user's view of Mozilla Readability, for bench/extraction's wall-time rows: one Node process
// reads each HTML file given, parses it with jsdom, runs Readability and prints one JSON line
// {file, title, byline, text}, in order, like `lede extract FILE...`.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node extract.mjs FILE...");
  process.exit(2);
}
const quiet = new VirtualConsole();
let failed = 0;
for (const file of files) {
  try {
    // A Buffer lets jsdom sniff the charset (BOM, meta) like a browser.
    const dom = new JSDOM(readFileSync(file), { url: pathToFileURL(file).href, virtualConsole: quiet });
    const r = new Readability(dom.window.document).parse();
    dom.window.close();
    process.stdout.write(
      JSON.stringify({ file, title: r?.title ?? null, byline: r?.byline ?? null, text: r?.textContent ?? "" }) + "\n",
    );
  } catch (e) {
    failed++;
    console.error(`readability: ${file}: ${e.message}`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
