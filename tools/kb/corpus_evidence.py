#!/usr/bin/env python3
"""Weighs place names against how Arabic news uses the same words, and writes two hand-editable
lists that build_kb.py reads:

- tools/kb/manual/common_word_places.tsv: one-word place names that are mostly ordinary words
  (the names are those build_kb.py would write, guesses included).
  A name seldom used as a place ("أمل", "نصر") is kept only after a cue (scope "place"); a name
  whose other article form is itself a common word has that form refused ("الصور" the pictures
  beside Tyre صور, "قريتين" two villages beside القريتين; scope "word-form").
- tools/kb/manual/attested_names.tsv: Persian, Urdu or Kurdish spellings of GeoNames cities
  (names_other_arabic_script) written with Arabic letters ("کابول" -> "كابول"), kept only when
  Arabic news uses that spelling as a place.

Usage: python3 tools/kb/corpus_evidence.py && python3 tools/kb/build_kb.py
       (options: --corpus ../shared/bench/arabic-news.jsonl.gz --cache /tmp/marsad-word-counts-v4.json)

For every reading of every word of the corpus (field "text"): as written, and with the conjunctions
و ف and the prepositions ب ل ك removed (the article kept), two figures are counted: how often the word occurs, and how often it is
used as a place: right after a preposition or noun of place (في، إلى، من، مدينة ...) or with a
fused بـ. The corpus is read only here; the counts are cached outside the project, never committed.
"""
import argparse
import collections
import csv
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import build_kb  # noqa: E402
from build_kb import norm, MANUAL, ARAB, plain_arabic, letters, split_names  # noqa: E402

WORD = re.compile("[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u064B-\u065F\u0670\u0640]+")
PLACE_BEFORE = {"في", "الي", "من", "عبر", "داخل", "نحو", "قرب", "وفي", "والي", "ومن", "بمدينه", "بلده", "مدينه", "قريه",
                "محافظه", "منطقه", "ولايه", "عاصمه", "ضواحي", "مخيم", "حي", "ريف", "قضاء", "مديريه", "ناحيه", "بقريه",
                "ببلده", "بمحافظه", "بمنطقه", "بولايه", "لمدينه", "وبلده", "ومدينه", "شمال", "جنوب", "شرق", "غرب",
                "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "شوارع", "احياء", "ساحات"}
# a name is a word when it has this many uses and this small a share of place uses
MIN_USES = 40
MAX_PLACE_SHARE = 0.10
# the other article form of a name is a word of its own from this many uses on, unless half of
# them or more are place uses
MIN_FORM_USES = 10
MAX_FORM_PLACE_SHARE = 0.5
# a name is a word too when its other article form has this many uses and this share of all uses
# (unless the name's own form is used as a place often: "رقة" is common, "الرقة" is Raqqa)
MIN_OTHER_FORM = 50
OTHER_FORM_SHARE = 0.3
MAX_OWN_PLACE_SHARE = 0.25
# a guessed name (world-cities, untagged GeoNames alternates) used this often with the article is a word
MIN_GUESS_ARTICLE = 20
# a Persian or Urdu spelling is taken when Arabic news uses it this often, and mostly as a place
MIN_ATTESTED = 3
MIN_ATTESTED_SHARE = 0.3
# Persian and Urdu letters to Arabic ones; گ پ چ ژ have several renderings, all tried
LETTERS = {"ک": ["ك"], "ی": ["ي"], "ۀ": ["ة"], "ە": ["ة"], "ې": ["ي"], "ھ": ["ه"], "ہ": ["ه"], "\u200c": [""],
           "گ": ["غ", "ج", "ك"], "پ": ["ب"], "چ": ["تش", "ش", "ج"], "ژ": ["ج", "ز"]}


def readings(w):
    """The word's possible readings without leading conjunction and preposition, the article kept
    as "ال" (لل is ل + ال); each with whether بـ was cut. "بيروت" is read as بيروت and as يروت."""
    out = [(w, False)]
    for conj in ("", "و", "ف"):
        if conj and not (len(w) > 3 and w.startswith(conj)):
            continue
        rest = w[len(conj):]
        if conj:
            out.append((rest, False))
        if len(rest) > 3 and rest[0] in "بلك":
            if rest.startswith("لل") and len(rest) > 4:
                out.append(("ال" + rest[2:], False))
            else:
                out.append((rest[1:], rest[0] == "ب"))
    return out


def count(corpus):
    total, place = collections.Counter(), collections.Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            prev = ""
            for m in WORD.finditer(text):
                w = norm(m.group(0))
                after_place_word = prev in PLACE_BEFORE
                for k, fused_b in dict(readings(w)).items():
                    total[k] += 1
                    if fused_b or after_place_word:
                        place[k] += 1
                prev = w
    return {"total": dict(total), "place": dict(place)}


def load_counts(corpus, cache):
    if os.path.exists(cache):
        with open(cache, encoding="utf-8") as f:
            return json.load(f)
    c = count(corpus)
    with open(cache, "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False)
    return c


def bare(k):
    return k[2:] if len(k) > 3 and k.startswith("ال") else k


def one_word_names(rows):
    """Article-less key -> (a spelling, English name, country, forms), forms being the set of article
    forms ("ال" and/or "") that the gazetteer's places write the name in."""
    out = {}
    for p in rows:
        for n in p[2].split("|"):
            k = norm(n)
            if " " in k:
                continue
            form = "ال" if bare(k) != k else ""
            if bare(k) not in out:
                out[bare(k)] = (n, p[1], p[3], set())
            out[bare(k)][3].add(form)
    return out


def common_words(counts, data):
    total, place = counts["total"], counts["place"]
    t = lambda k: total.get(k, 0)  # noqa: E731
    p = lambda k: place.get(k, 0)  # noqa: E731
    countries, iso2to3 = build_kb.build_countries(data, write_files=False)
    gazetteer, guessed = build_kb.build_gazetteer(data, countries, iso2to3, write_files=False)
    rows = []
    for k, (name, en, iso3, forms) in sorted(one_word_names(gazetteer).items()):
        uses, place_uses = t(k) + t("ال" + k), p(k) + p("ال" + k)
        if k in guessed:
            # a name from the guessing sources is dropped when it is a word: seldom a place, or
            # used with the article (a transliterated name never is)
            if (uses >= MIN_USES and place_uses / uses < MAX_PLACE_SHARE) or t("ال" + k) >= MIN_GUESS_ARTICLE:
                rows.append((name, "word", en, iso3, uses, place_uses))
            continue
        if uses >= MIN_USES and place_uses / uses < MAX_PLACE_SHARE:
            rows.append((name, "place", en, iso3, uses, place_uses))
            continue
        if len(forms) == 2:
            # both forms are names: a word when both are common, as nouns are ("صور" and "الصور")
            if min(t(k), t("ال" + k)) >= MIN_OTHER_FORM and min(t(k), t("ال" + k)) >= OTHER_FORM_SHARE * uses:
                rows.append((name, "place", en, iso3, uses, place_uses))
            continue
        own = ("ال" if "ال" in forms else "") + k
        other = k if own != k else "ال" + k
        if t(other) >= MIN_OTHER_FORM and t(other) >= OTHER_FORM_SHARE * uses and p(own) < MAX_OWN_PLACE_SHARE * t(own):
            # a noun is used with and without the article, a name in one form only: "الدولة" and
            # "دولة" are both common, so "دولة" is a word first (and Dhule second)
            rows.append((name, "place", en, iso3, uses, place_uses))
            rows.append((other, "word-form", en, iso3, t(other), p(other)))
        elif t(other) >= MIN_FORM_USES and p(other) / t(other) < MAX_FORM_PLACE_SHARE:
            rows.append((other, "word-form", en, iso3, t(other), p(other)))
    return rows


def attested(counts, data):
    total, place = counts["total"], counts["place"]
    rows = []
    with open(os.path.join(data, "geo/cities15000_ar.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            for n in split_names(r["names_other_arabic_script"]):
                if "،" in n or "," in n:
                    continue
                for cand in spellings(n):
                    k = norm(cand)
                    if not plain_arabic(cand) or letters(cand) < 4 or (r["country_code"] not in ARAB and k.startswith("ال")):
                        continue
                    uses, place_uses = total.get(k, 0), place.get(k, 0)
                    if uses >= MIN_ATTESTED and place_uses / uses >= MIN_ATTESTED_SHARE:
                        rows.append((r["geonameid"], r["name"], cand, uses, place_uses))
    return rows


def spellings(n):
    out = [""]
    for c in n:
        out = [o + x for o in out for x in LETTERS.get(c, [c])]
    return out


def write(name, header, rows):
    build_kb.write(os.path.join(MANUAL, name), header, rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "bench", "arabic-news.jsonl.gz"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--cache", default="/tmp/marsad-word-counts-v4.json")
    a = ap.parse_args()
    c = load_counts(a.corpus, a.cache)
    rows = sorted(common_words(c, a.data), key=lambda r: -r[4])
    write("common_word_places.tsv",
          "# One-word place names that are mostly ordinary words in Arabic news.\n"
          "# scope place: the name is kept only after a cue (a preposition or noun of place) or when the place\n"
          "#   is named unambiguously elsewhere in the text (%d or more uses, at most %d%% of them as a place;\n"
          "#   or its other article form is common too, as nouns are and names are not);\n"
          "# scope word-form: this form, article included, is a word of its own and never the place (its\n"
          "#   other article form is the name);\n"
          "# scope word: a name from world-cities or the untagged GeoNames alternates that is a word (seldom a\n"
          "#   place, or used with the article, %d or more times): build_kb.py leaves it out.\n"
          "# Generated by tools/kb/corpus_evidence.py from word counts over a news corpus; may be edited by hand.\n"
          "# Format: name<TAB>scope<TAB>English name<TAB>country<TAB>uses<TAB>uses as a place. Licence: Apache-2.0.\n"
          % (MIN_USES, int(MAX_PLACE_SHARE * 100), MIN_GUESS_ARTICLE), rows)
    write("attested_names.tsv",
          "# Persian, Urdu or Kurdish spellings of GeoNames cities (names_other_arabic_script) in Arabic letters,\n"
          "# kept because Arabic news uses them as places (%d or more uses, %d%% or more as a place).\n"
          "# Generated by tools/kb/corpus_evidence.py; names from GeoNames (CC BY 4.0, www.geonames.org).\n"
          "# Format: GeoNames id<TAB>English name<TAB>Arabic spelling<TAB>uses<TAB>uses as a place.\n"
          % (MIN_ATTESTED, int(MIN_ATTESTED_SHARE * 100)), attested(c, a.data))


if __name__ == "__main__":
    main()
