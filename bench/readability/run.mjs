// Runs Mozilla Readability over the page list written by ExtractionBench ("list" mode) and writes
// each page's extracted text (and title/byline for readability pages) to OUT_DIR/<dataset>/, plus
// OUT_DIR/<dataset>.speed with "pagesPerCpuSecond pagesPerWallSecond" (JSDOM parse of the raw
// bytes + Readability.parse; process CPU time, so other load on a shared machine does not count).
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
  const run = (i) => {
    // A Buffer lets jsdom sniff the charset (BOM, meta) like a browser.
    const dom = new JSDOM(bodies[i], { url: list[i].url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article;
  };
  // warm-up so V8 has optimised jsdom and Readability before timing
  for (let i = 0; i < Math.min(30, list.length); i++) {
    try {
      run(i);
    } catch (e) {
      // counted in the timed pass
    }
  }
  let failures = 0;
  const outputs = [];
  let cpuSecs = 0;
  let secs = 0;
  for (let i = 0; i < list.length; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    let r = null;
    try {
      r = run(i);
    } catch (e) {
      failures++;
    }
    secs += Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    cpuSecs += (cpu.user + cpu.system) / 1e6;
    // keep only strings: holding parse results keeps whole documents alive
    outputs.push({
      text: r && r.textContent ? r.textContent : "",
      title: r ? r.title : null,
      byline: r ? r.byline : null,
    });
  }
  for (let i = 0; i < list.length; i++) {
    const r = outputs[i];
    writeFileSync(join(dir, list[i].id + ".txt"), r.text);
    if (dataset === "readability") {
      writeFileSync(join(dir, list[i].id + ".json"), JSON.stringify({ title: r.title, byline: r.byline }));
    }
  }
  writeFileSync(join(outDir, dataset + ".speed"), `${list.length / cpuSecs} ${list.length / secs}`);
  console.error(
    `readability.js ${dataset}: ${list.length} pages, ${cpuSecs.toFixed(1)} s CPU, ` +
      `${secs.toFixed(1)} s wall, ${failures} failures`,
  );
}
