#!/usr/bin/env python3
"""Scores a blind round made by prepare.py: joins judges' verdicts to the key the judges never saw.

usage: bench/blind/score.py JUDGE_DIR HEADLINE_VERDICTS.tsv [STORY_VERDICTS.tsv] [--items]
Prints the headline table (Lede against the outlets' own), Lede by slice, reason counts, and the
story grades and flags. --items also lists every Lede item with its verdict (dev rounds only: the
hold-out items must not be read item by item by anyone who tunes the writer).
"""
import collections, csv, json, os, sys

def verdicts(path):
    with open(path) as f:
        rows = list(csv.reader(f, delimiter='\t'))
    out = {}
    for r in rows[1:]:
        if r and r[0].strip():
            r = r + [''] * (4 - len(r))
            out[r[0].strip()] = (r[1].strip().upper(), [c for c in r[2].replace(' ', '').split(',') if c], r[3].strip())
    return out

def pct(n, d):
    return f'{round(100 * n / d) if d else 0}% ({n})'

def slice_of(ref):
    return {'wiki': 'Wikinews', 'ecb': 'ECB+', 'frank': 'FRANK'}.get(ref.split('-')[0], 'other')

def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    judge, hv = args[0], verdicts(args[1])
    key = json.load(open(os.path.join(judge, 'headlines-key.json')))
    missing = [k['item'] for k in key if k['item'] not in hv]
    if missing:
        print('WARNING: no verdict for', ', '.join(missing))
    print('| headlines | n | publishable as-is | after a light edit (cumulative) | not publishable |')
    print('|---|---|---|---|---|')
    for kind, name in (('lede', 'Lede'), ('outlet', "the outlet's own")):
        ks = [k for k in key if k['kind'] == kind and k['item'] in hv]
        p = sum(hv[k['item']][0] == 'P' for k in ks)
        l = sum(hv[k['item']][0] == 'L' for k in ks)
        print(f'| {name} | {len(ks)} | {pct(p, len(ks))} | {pct(p + l, len(ks))} | {pct(len(ks) - p - l, len(ks))} |')
    slices = collections.defaultdict(lambda: [0, 0, 0])
    reasons = {'lede': collections.Counter(), 'outlet': collections.Counter()}
    for k in key:
        if k['item'] not in hv:
            continue
        g, rs, _ = hv[k['item']]
        reasons[k['kind']].update(r.lower() for r in rs)
        if k['kind'] == 'lede':
            s = slices[slice_of(k['ref'])]
            s[0] += g == 'P'
            s[1] += g in ('P', 'L')
            s[2] += 1
    print('Lede by slice, P / P+L of n:', ', '.join(f'{n} {a} / {b} of {c}' for n, (a, b, c) in sorted(slices.items())))
    for kind in ('lede', 'outlet'):
        print(f'reasons ({kind}):', ', '.join(f'{r} {c}' for r, c in reasons[kind].most_common()))
    if '--items' in sys.argv:
        for k in sorted((k for k in key if k['kind'] == 'lede' and k['item'] in hv), key=lambda k: k['ref']):
            g, rs, note = hv[k['item']]
            print(f"{k['ref']}\t{g}\t{','.join(rs)}\t{k['headline']}\t{note}")
    if len(args) > 2:
        sv = verdicts(args[2])
        skey = json.load(open(os.path.join(judge, 'stories-key.json')))
        grades = collections.Counter(sv[k['item']][0] for k in skey if k['item'] in sv)
        flags = collections.Counter(f.lower() for k in skey if k['item'] in sv for f in sv[k['item']][1])
        print(f"stories: {grades['A']} A / {grades['B']} B / {grades['C']} C of {len(skey)}")
        print('flags:', ', '.join(f'{f} {c}' for f, c in flags.most_common()))
        for k in sorted(skey, key=lambda k: k['ref']):
            if k['item'] in sv and (sv[k['item']][0] != 'B' or '--items' in sys.argv):
                g, fs, note = sv[k['item']]
                print(f"{k['ref']}\t{g}\t{','.join(fs)}\t{note}")

if __name__ == '__main__':
    main()
