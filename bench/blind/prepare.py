#!/usr/bin/env python3
"""Blind judging items for the writer (issue 10): Lede's headlines shuffled among outlets' own, and
Lede's multi-outlet stories as plain text. Reads ../shared/data in place; writes to OUT (outside the
repo: the items hold publishers' text). Uses only the hold-out slices nobody tunes on:
ECB+ dev topics 26-35, the second half (file-name order) of FRANK's CNN/DailyMail articles, and
English Wikinews demo articles with an odd index in file order.

usage: bench/blind/prepare.py OUT [--seed N] [--round 2 | --dev]   (needs ./lede built; runs `lede write`)
Round 2 takes single-article items round 1 did not: FRANK's hold-out articles 21-40, and Lede writes
the Wikinews articles whose own headlines round 1 showed (their outlet headlines come from the
others). The ECB+ hold-out events are the only multi-outlet set, so both rounds judge them.
--dev takes the development slices instead (ECB+ topics 1-25: 20 multi-document events drawn by the
seed; FRANK's first half; even-index Wikinews), so judges' verdicts can be read and tuned on there.
"""
import json, os, random, subprocess, sys, glob, re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, '..', 'shared', 'data')

def sentences(text, n):
    parts = re.split(r'(?<=[.!?])\s+', ' '.join(text.split()))
    return ' '.join(parts[:n])

def main():
    out = sys.argv[1]
    seed = int(sys.argv[sys.argv.index('--seed') + 1]) if '--seed' in sys.argv else random.randrange(1 << 30)
    print('seed', seed)
    rnd = random.Random(seed)
    second = '--round' in sys.argv and sys.argv[sys.argv.index('--round') + 1] == '2'
    dev = '--dev' in sys.argv
    os.makedirs(out, exist_ok=True)
    lines = []
    # ECB+ topics 26-35: one story per gold event, its documents as the sources.
    ecb = [json.loads(l) for l in open(os.path.join(DATA, 'clustering/ecbplus-dev/docs.jsonl'))]
    if dev:
        events = {}
        for d in ecb:
            if d['topic'] < 26:
                events.setdefault(d['cluster_id'], []).append(d)
        multi_doc = sorted(c for c, ds in events.items() if len(ds) > 1)
        chosen = set(rnd.sample(multi_doc, min(20, len(multi_doc))))
    for d in ecb:
        if (d['cluster_id'] in chosen) if dev else d['topic'] >= 26:
            lines.append({'id': d['doc_name'], 'story': 'ecb-' + d['cluster_id'], 'text': d['text'],
                          'source': d.get('source_domain') or 'outlet-' + d['doc_name'].split('.')[0],
                          'url': d.get('source_url')})
    # FRANK CNN/DailyMail, second half: one-article stories.
    frank = sorted(glob.glob(os.path.join(DATA, 'summarization/frank-dev/articles/*.json')))
    frank = [json.load(open(f)) for f in frank]
    frank = [a for a in frank if a.get('id', '').startswith(('cnn-', 'dm-'))]
    held = frank[:len(frank) // 2] if dev else frank[len(frank) // 2:]
    for a in (held[20:40] if second else held[:20]):
        lines.append({'id': a['id'], 'story': 'frank-' + a['id'], 'text': a['article'],
                      'source': 'CNN' if a['id'].startswith('cnn') else 'Daily Mail'})
    # Wikinews, odd index: the first 30 give the outlet's own headline; the next 30 Lede writes (no title given).
    wiki = [json.loads(l) for l in open(os.path.join(DATA, 'corpus/wikinews-en-timeline/articles.jsonl'))]
    pool = wiki[0::2] if dev else wiki[1::2]
    shown, written = (pool[30:60], pool[:30]) if second else (pool[:30], pool[30:60])
    outlet_items = [{'kind': 'outlet', 'ref': w['id'], 'headline': w['title'], 'opening': sentences(w['text'], 2)}
                    for w in shown]
    for w in written:
        lines.append({'id': w['id'], 'story': 'wiki-' + w['id'], 'text': w['text'], 'source': 'Wikinews',
                      'published': w['date'] + 'T12:00:00Z', 'url': w['url']})
    src = os.path.join(out, 'lede-input.jsonl')
    with open(src, 'w') as f:
        for l in lines:
            f.write(json.dumps({k: v for k, v in l.items() if v is not None}) + '\n')
    with open(src) as f:
        res = subprocess.run([os.path.join(ROOT, 'lede'), 'write'], stdin=f, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit('lede write failed: ' + res.stderr[-2000:])
    stories = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
    with open(os.path.join(out, 'lede-stories.jsonl'), 'w') as f:
        for s in stories:
            f.write(json.dumps(s, ensure_ascii=False) + '\n')
    def text_of(sents):
        return ' '.join(s['text'] for s in sents)
    lede_items = [{'kind': 'lede', 'ref': s['story'], 'headline': s['headline'], 'opening': text_of(s['lede'])}
                  for s in stories]
    items = outlet_items + lede_items
    rnd.shuffle(items)
    key = []
    with open(os.path.join(out, 'headlines-for-judge.md'), 'w') as f:
        for i, it in enumerate(items, 1):
            f.write(f"## H{i}\nHeadline: {it['headline']}\nOpening: {it['opening']}\n\n")
            key.append({'item': f'H{i}', 'kind': it['kind'], 'ref': it['ref'], 'headline': it['headline']})
    json.dump(key, open(os.path.join(out, 'headlines-key.json'), 'w'), indent=1)
    multi = [s for s in stories if s['story'].startswith('ecb-')]
    rnd.shuffle(multi)
    with open(os.path.join(out, 'stories-for-judge.md'), 'w') as f:
        for i, s in enumerate(multi, 1):
            f.write(render(f'S{i}', s))
    json.dump([{'item': f'S{i}', 'ref': s['story']} for i, s in enumerate(multi, 1)],
              open(os.path.join(out, 'stories-key.json'), 'w'), indent=1)
    print(len(outlet_items), 'outlet headlines,', len(lede_items), 'Lede headlines,', len(multi), 'multi-outlet stories ->', out)

def render(label, s):
    outlets = {src['article']: src.get('outlet') or src['article'] for src in s.get('sources', [])}
    dates = {src['article']: src.get('published') for src in s.get('sources', [])}
    def sent(x):
        cites = sorted({outlets.get(q['article'], q['article']) for q in x.get('sources', [])})
        return x['text'] + ' [' + '; '.join(cites) + ']'
    r = [f"# {label}", f"Headline: {s['headline']}", f"Meta description: {s.get('metaDescription', '')}", '',
         'Lede: ' + ' '.join(sent(x) for x in s['lede']), '']
    for sec in s.get('sections', []):
        r.append('### ' + sec['heading'])
        for p in sec['paragraphs']:
            r.append(' '.join(sent(x) for x in p))
            r.append('')
    for q in s.get('quotes', []):
        r.append('Pull quote: ' + json.dumps(q, ensure_ascii=False)[:400])
    if s.get('background'):
        r.append('Background: ' + json.dumps(s['background'], ensure_ascii=False)[:600])
    r.append('Sources: ' + '; '.join(f"{outlets[a]} ({dates[a] or 'undated'})" for a in outlets))
    return '\n'.join(r) + '\n\n'

if __name__ == '__main__':
    main()
