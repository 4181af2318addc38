// Runs Mozilla Readability over the page list written by ExtractionBench ("list" mode) and writes
// each page's extracted text (and title/byline for readability pages) to OUT_DIR/<dataset>/, plus
// OUT_DIR/<dataset>.speed with pages/s (JSDOM parse + Readability.parse, single thread).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [listFile, outDir] = process.argv.slice(2);
if (!listFile || !outDir) {
  console.error("usage: node run.mjs PAGES.json OUT_DIR");
  process.exit(2);
}
const pages = JSON.parse(readFileSync(listFile, "utf8"));
const quiet = new VirtualConsole();
const byDataset = new Map();
for (const p of pages) {
  if (!byDataset.has(p.dataset)) byDataset.set(p.dataset, []);
  byDataset.get(p.dataset).push(p);
}
for (const [dataset, list] of byDataset) {
  const dir = join(outDir, dataset);
  mkdirSync(dir, { recursive: true });
  const bodies = list.map((p) => {
    const raw = readFileSync(p.path);
    return p.path.endsWith(".gz") ? gunzipSync(raw) : raw;
  });
  let failures = 0;
  const start = process.hrtime.bigint();
  const results = [];
  for (let i = 0; i < list.length; i++) {
    try {
      // A Buffer lets jsdom sniff the charset (BOM, meta) like a browser.
      const dom = new JSDOM(bodies[i], { url: list[i].url, virtualConsole: quiet });
      results.push(new Readability(dom.window.document).parse());
      dom.window.close();
    } catch (e) {
      failures++;
      results.push(null);
    }
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  for (let i = 0; i < list.length; i++) {
    const r = results[i];
    writeFileSync(join(dir, list[i].id + ".txt"), r && r.textContent ? r.textContent : "");
    if (dataset === "readability") {
      writeFileSync(
        join(dir, list[i].id + ".json"),
        JSON.stringify({ title: r ? r.title : null, byline: r ? r.byline : null }),
      );
    }
  }
  writeFileSync(join(outDir, dataset + ".speed"), String(list.length / secs));
  console.error(
    `readability.js ${dataset}: ${list.length} pages in ${secs.toFixed(1)} s ` +
      `(${(list.length / secs).toFixed(1)} pages/s, ${failures} failures)`,
  );
}
