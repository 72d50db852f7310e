#!/usr/bin/env python3
"""Writes word-contexts.tsv: for each word core of the unlabelled news, the kinds of name-introducing
context it follows often (after "club/team/player" -> CLUB, "company/bank" -> COMPANY, "the minister/
the artist" -> PERSON, "film/programme/titled" (a quotation mark may come between) -> WORK, ...).

    build_contexts.py KEYS.txt.gz OUTPUT.tsv [TRIGGERS.tsv]

KEYS: one paragraph a line of word keys (see from_news.sh). Deterministic. A core is listed under a
kind when it follows one of its triggers at least MIN_COUNT times; the band says what share of all
its occurrences that is (h >= 10%, m >= 2%, l >= 0.5%; below that it is not listed)."""
import collections
import gzip
import os
import sys

MIN_COUNT = 3
BANDS = ((0.10, 'h'), (0.02, 'm'), (0.005, 'l'))
# particles a trigger may carry (conjunction, preposition), in the key form
PROCLITICS = ('و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك')
QUOTES = {'«', '"', '“', '(', "'"}
# kinds whose trigger may be followed by a quotation mark before the name
QUOTED_KINDS = {'WORK', 'COMPANY', 'MEDIA', 'GROUP', 'CLUB'}


def read_triggers(path):
    out = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            kind, key = line.split('\t')
            out[key] = kind
    return out


def kind_of(key, triggers):
    if key in triggers:
        return triggers[key]
    for p in PROCLITICS:
        if key.startswith(p) and key[len(p):] in triggers:
            return triggers[key[len(p):]]
    return None


def main():
    keys, output = sys.argv[1], sys.argv[2]
    trig_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'context-triggers.tsv')
    triggers = read_triggers(trig_path)
    total = collections.Counter()
    after = collections.defaultdict(collections.Counter)
    with gzip.open(keys, 'rt', encoding='utf-8') as f:
        for line in f:
            ws = line.split()
            for i, w in enumerate(ws):
                core = w.lstrip('+')
                total[core] += 1
                if i == 0:
                    continue
                kind = kind_of(ws[i - 1], triggers)
                if kind is None and i >= 2 and ws[i - 1] in QUOTES:
                    k2 = kind_of(ws[i - 2], triggers)
                    if k2 in QUOTED_KINDS:
                        kind = k2
                if kind:
                    after[core][kind] += 1
    rows = []
    for core in sorted(after):
        if not core or core.startswith('<') or not any('\u0621' <= c <= '\u064a' for c in core):
            continue
        marks = []
        for kind in sorted(after[core]):
            n = after[core][kind]
            if n < MIN_COUNT:
                continue
            share = n / total[core]
            band = next((b for t, b in BANDS if share >= t), None)
            if band:
                marks.append(kind + ':' + band)
        if marks:
            rows.append(core + '\t' + ','.join(marks))
    with open(output, 'w', encoding='utf-8') as out:
        out.write('# word-contexts.tsv: word core<TAB>kinds of name-introducing context it follows, with a band\n')
        out.write('# (h: over 10%% of its occurrences, m: over 2%%, l: over 0.5%%; at least %d times).\n' % MIN_COUNT)
        out.write('# Built by tools/ner/build_contexts.sh from shared/bench/arabic-news.jsonl.gz (48,884 Arabic news\n')
        out.write('# articles, unlabelled) with the triggers of tools/ner/context-triggers.tsv.\n')
        out.write('# Derived statistics only: a word list with context kinds; no sentence of the articles is reproduced\n')
        out.write('#   (the articles are their outlets\' copyright and are not part of the project).\n')
        for r in rows:
            out.write(r + '\n')
    print('%d words' % len(rows), file=sys.stderr)


if __name__ == '__main__':
    main()
