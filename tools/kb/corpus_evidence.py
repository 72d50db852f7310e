#!/usr/bin/env python3
"""Weighs place names against how Arabic news uses the same words, and writes two hand-editable
lists that build_kb.py reads:

- tools/kb/manual/common_word_places.tsv: one-word place names that are mostly ordinary words
  (the names are those build_kb.py would write, guesses included).
  A name seldom used as a place ("أمل", "نصر") is kept only after a cue (scope "place"); a name
  whose other article form is itself a common word has that form refused ("الصور" the pictures
  beside Tyre صور, "قريتين" two villages beside القريتين; scope "word-form").
- the same list, scope "word-form", also holds the names written with a leading preposition or
  conjunction that are ordinary words of their own ("بنوك" banks, not ب + نوك Nuuk; "وكيل" agent,
  not و + كيل Kiel; "باراك" Barack, not ب + أراك Arak): the place is never read off that form.
- tools/kb/manual/attested_names.tsv: Persian, Urdu or Kurdish spellings of GeoNames cities
  (names_other_arabic_script) written with Arabic letters ("کابول" -> "كابول"), kept only when
  Arabic news uses that spelling as a place.

Usage: python3 tools/kb/corpus_evidence.py && python3 tools/kb/build_kb.py
       (checks of the rules: python3 tools/kb/test_corpus_evidence.py)
       (options: --corpus ../shared/bench/arabic-news.jsonl.gz --cache /tmp/marsad-word-counts-v5.json)

The corpus (field "text") is read once into two figures per written word (normalised): how often it
occurs, and how often right after a preposition or noun of place (في، إلى، من، مدينة ...). For every
reading of every word, as written and with the conjunctions و ف and the prepositions ب ل ك removed
(the article kept), two figures follow: how often the reading occurs, and how often it is used as a
place (after such a word, or with a fused بـ). A word that is itself an ordinary word made of a
clitic and a name (see fused_word_forms) is no use of the name at all: "بنوك" counts neither as a
use of نوك nor as a place use. The corpus is read only here; the counts are cached outside the
project, never committed.

Hand edits: a row whose seventh column is "hand" was written or changed by hand; it is kept as it is
when the list is made again (and wins over a generated row of the same name).
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
# A name written with a fused preposition or conjunction (ب ل و ف) is an ordinary word of its own
# ("بنوك" banks, not ب + نوك Nuuk) when that form has this many uses and either takes the article
# itself this often and in this share of its own uses (the article never stands before a clitic:
# "البنوك"; five uses of "الوسوسة" do not make "وسوسة" mean anything but "and Sousse") ...
MIN_FUSED_USES = 10
MIN_FUSED_ARTICLE = 5
MIN_FUSED_ARTICLE_SHARE = 0.2
# ... or is this many times as common as all other written forms of the name together (bare, or with
# another clitic). Arab local news fuses بـ to its own towns about as often as not ("بطبلبة" beside
# "طبلبة"), and lists put و before a name as often as not ("وبروناي"), hence the wide margin ...
FUSED_SHARE = 3.0
# ... narrowed for بـ and لـ before a name outside the Arab countries: news names a foreign place after
# في and seldom fuses بـ to it (1 to 5 uses in 100 for London, Paris, Moscow, Washington), so a foreign
# name fused with بـ as often as it stands alone is another word ("بلير" Blair, not Leer)
FOREIGN_FUSED_SHARE = 1.0
# the clitics that the matcher cuts before a name (Clitics.PROCLITICS less ك and س, which
# PlaceAnnotator never takes before a place)
PROCLITICS = ("وبال", "فبال", "فال", "وال", "بال", "ولل", "فلل", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
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
    """Per written word (normalised): how often it occurs, and how often right after a word of place."""
    words, after_cue = collections.Counter(), collections.Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            prev = ""
            for m in WORD.finditer(text):
                w = norm(m.group(0))
                words[w] += 1
                if prev in PLACE_BEFORE:
                    after_cue[w] += 1
                prev = w
    return {"words": dict(words), "after_cue": dict(after_cue)}


def reading_counts(counts, refused=None):
    """How often each reading occurs, and how often as a place. A reading taken off a refused form
    (a clitic and a name that together are an ordinary word: refused maps the form to the name) is
    no use of the name."""
    refused = refused or {}
    words, after_cue = counts["words"], counts["after_cue"]
    total, place = collections.Counter(), collections.Counter()
    for w, n in words.items():
        cue = after_cue.get(w, 0)
        # the refused form this word is written in, with or without a leading conjunction
        form = w if w in refused else (w[1:] if w[:1] in "وف" and w[1:] in refused else None)
        for k, fused_b in dict(readings(w)).items():
            if form is not None and refused[form] == k:
                continue
            total[k] += n
            place[k] += n if fused_b else cue
    return {"total": dict(total), "place": dict(place)}


def load_counts(corpus, cache):
    if os.path.exists(cache):
        with open(cache, encoding="utf-8") as f:
            c = json.load(f)
        if "words" in c and "after_cue" in c:
            return c
    c = count(corpus)
    with open(cache, "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False)
    return c


def fused_forms(name):
    """The name written with one fused preposition or conjunction, each with its clitic: "بنوك"،
    "لنوك"، "ونوك"، "فنوك" (ل + ال is written "لل": "للكوت")."""
    out = []
    for p in ("ب", "ل", "و", "ف"):
        if p == "ل" and name.startswith("ال") and len(name) > 3:
            out.append(("لل" + name[2:], p))
        else:
            out.append((p + name, p))
    return out


def other_readings(form, name):
    """The readings of a written form by the matcher's clitic cuts, other than the name (with or without its article)."""
    out = set()
    for p in PROCLITICS:
        if form.startswith(p) and len(form) - len(p) >= 2:
            rest = form[len(p):]
            if rest not in (name, bare(name)):
                out.add(rest)
    return out


def fused_word_forms(counts, names, foreign):
    """Written forms clitic + name that are ordinary words: refused form -> (name, uses, uses with the
    article). names: the one-word names (normalised, with their article if they have one) and the
    keys of all names, to leave out forms that are names or read as another name; foreign: the names
    of places outside the Arab countries only."""
    words = counts["words"]
    w = lambda k: words.get(k, 0)  # noqa: E731
    one_word, keys = names

    def uses(form, clitic):
        # a form with a preposition is also written after a conjunction ("وبنوك")
        return w(form) + (w("و" + form) + w("ف" + form) if clitic in "بل" else 0)

    out = {}
    for name in sorted(one_word):
        forms = fused_forms(name)
        # the written forms of the name by leading clitic ("" bare)
        by_clitic = {"": w(name), "و": w("و" + name), "ف": w("ف" + name)}
        by_clitic.update({c: uses(f, c) for f, c in forms if c in "بل"})
        for form, clitic in forms:
            n = by_clitic[clitic]
            if n < MIN_FUSED_USES or form in keys or bare(form) in keys or other_readings(form, name) & keys:
                continue
            other = sum(by_clitic.values()) - n
            article = sum(w(p + form) for p in ("ال", "وال", "فال", "بال", "لل"))
            share = FOREIGN_FUSED_SHARE if clitic in "بل" and name in foreign else FUSED_SHARE
            if article >= max(MIN_FUSED_ARTICLE, MIN_FUSED_ARTICLE_SHARE * n) or n >= share * other:
                out[form] = (name, n, article, other)
    return out


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


def place_names(gazetteer, countries):
    """The one-word names of places and countries (normalised, with and without their article), the keys of all their
    names (with and without the article), and the one-word names of no place in an Arab country."""
    arab3 = {r[0] for r in countries.values() if r[1] in ARAB}
    one_word, keys, arab = set(), set(), set()
    named = [(p[2].split("|"), p[3]) for p in gazetteer] + [(split_names(r[5]), r[0]) for r in countries.values()]
    for names, iso3 in named:
        for n in names:
            k = norm(n)
            keys.update((k, bare(k)))
            if k and " " not in k:
                # the matcher also finds a name with the article by its key, without it ("بدانا" is
                # read as ب + الدانا), so the forms built on the key are weighed too
                one_word.update((k, bare(k)))
                if iso3 in arab3:
                    arab.update((k, bare(k)))
    return one_word, keys, one_word - arab


def fused_rows(refused, counts, dropped, where):
    """Rows of common_word_places.tsv for the refused clitic forms whose name stays in the gazetteer."""
    place = counts["place"]
    rows = []
    for form, (name, uses, _article, _other) in refused.items():
        if bare(name) in dropped:
            continue
        en, iso3 = where.get(name, ("", ""))
        rows.append((form, "word-form", en, iso3, uses, place.get(form, 0)))
    return rows


def common_words(counts, gazetteer, guessed):
    total, place = counts["total"], counts["place"]
    t = lambda k: total.get(k, 0)  # noqa: E731
    p = lambda k: place.get(k, 0)  # noqa: E731
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


def attested_candidates(data):
    """(GeoNames id, English name, spelling, normalised spelling, country code) of every Persian, Urdu
    or Kurdish spelling of a GeoNames city rendered in Arabic letters."""
    out = []
    with open(os.path.join(data, "geo/cities15000_ar.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            for n in split_names(r["names_other_arabic_script"]):
                if "،" in n or "," in n:
                    continue
                for cand in spellings(n):
                    k = norm(cand)
                    if not plain_arabic(cand) or letters(cand) < 4 or (r["country_code"] not in ARAB and k.startswith("ال")):
                        continue
                    out.append((r["geonameid"], r["name"], cand, k, r["country_code"]))
    return out


def attested(counts, candidates):
    total, place = counts["total"], counts["place"]
    rows = []
    for gid, en, cand, k, _cc in candidates:
        uses, place_uses = total.get(k, 0), place.get(k, 0)
        if uses >= MIN_ATTESTED and place_uses / uses >= MIN_ATTESTED_SHARE:
            rows.append((gid, en, cand, uses, place_uses))
    return rows


def spellings(n):
    out = [""]
    for c in n:
        out = [o + x for o in out for x in LETTERS.get(c, [c])]
    return out


def write(name, header, rows):
    build_kb.write(os.path.join(MANUAL, name), header, rows)


def hand_rows(name):
    """Rows of a list marked "hand" in their seventh column, kept over regeneration."""
    path = os.path.join(MANUAL, name)
    if not os.path.exists(path):
        return []
    return [tuple(r) for r in build_kb.read_manual(name) if len(r) >= 7 and r[6] == "hand"]


def with_hand_rows(rows, hand):
    """The generated rows less those of a name that a hand row gives, and the hand rows, most used first."""
    by_hand = {norm(r[0]) for r in hand}
    rows = [r for r in rows if norm(r[0]) not in by_hand] + list(hand)
    return sorted(rows, key=lambda r: -int(r[4]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "bench", "arabic-news.jsonl.gz"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--cache", default="/tmp/marsad-word-counts-v5.json")
    a = ap.parse_args()
    words = load_counts(a.corpus, a.cache)
    countries, iso2to3 = build_kb.build_countries(a.data, write_files=False)
    gazetteer, guessed = build_kb.build_gazetteer(a.data, countries, iso2to3, write_files=False)
    one_word, keys, foreign = place_names(gazetteer, countries)
    # the Persian and Urdu spellings are weighed as names whether or not they are attested yet, so that
    # the list does not depend on the attested list it is about to make ("باراك" Barack is no evidence
    # for "أراك" Arak)
    candidates = attested_candidates(a.data)
    for _gid, _en, _cand, k, cc in candidates:
        if " " not in k and k not in one_word:
            one_word.add(k)
            if cc not in ARAB:
                foreign.add(k)
    refused = fused_word_forms(words, (one_word, keys), foreign)
    c = reading_counts(words, {f: r[0] for f, r in refused.items()})
    rows = common_words(c, gazetteer, guessed)
    dropped = {bare(norm(r[0])) for r in rows if r[1] == "word"}
    where = {}
    for p in gazetteer:
        for n in p[2].split("|"):
            for k in (norm(n), bare(norm(n))):
                where.setdefault(k, (p[1], p[3]))
    for r in countries.values():
        for n in split_names(r[5]):
            for k in (norm(n), bare(norm(n))):
                where.setdefault(k, (r[2], r[0]))
    for _gid, en, _cand, k, cc in candidates:
        where.setdefault(k, (en, iso2to3.get(cc, "")))
    rows += fused_rows(refused, c, dropped, where)
    rows = with_hand_rows(rows, hand_rows("common_word_places.tsv"))
    write("common_word_places.tsv",
          "# One-word place names that are mostly ordinary words in Arabic news.\n"
          "# scope place: the name is kept only after a cue (a preposition or noun of place) or when the place\n"
          "#   is named unambiguously elsewhere in the text (%d or more uses, at most %d%% of them as a place;\n"
          "#   or its other article form is common too, as nouns are and names are not);\n"
          "# scope word-form: this form, article included, is a word of its own and never the place (its\n"
          "#   other article form is the name); or this form, a name with a leading ب ل و ف, is a word of its\n"
          "#   own (\"بنوك\" banks, not ب + نوك Nuuk): %d or more uses, and %d or more with the article before\n"
          "#   it (and %d%% of its own uses or more), or %g times as many as all other written forms of the name\n"
          "#   (%g times for بـ and لـ before a name of no Arab country's place);\n"
          "# scope never-place: a name from a sure source that is nonetheless a common word even after a\n"
          "#   preposition (\"في بيانه\" in his statement, not Baena): never read as a place;\n"
          "# scope word: a name from world-cities or the untagged GeoNames alternates that is a word (seldom a\n"
          "#   place, or used with the article, %d or more times): build_kb.py leaves it out.\n"
          "# Generated by tools/kb/corpus_evidence.py from word counts over a news corpus. Hand edits carry\n"
          "#   \"hand\" in a seventh column and are kept when the list is made again.\n"
          "# Format: name<TAB>scope<TAB>English name<TAB>country<TAB>uses<TAB>uses as a place[<TAB>hand].\n"
          "# Licence: Apache-2.0.\n"
          % (MIN_USES, int(MAX_PLACE_SHARE * 100), MIN_FUSED_USES, MIN_FUSED_ARTICLE, int(MIN_FUSED_ARTICLE_SHARE * 100),
             FUSED_SHARE, FOREIGN_FUSED_SHARE,
             MIN_GUESS_ARTICLE), rows)
    write("attested_names.tsv",
          "# Persian, Urdu or Kurdish spellings of GeoNames cities (names_other_arabic_script) in Arabic letters,\n"
          "# kept because Arabic news uses them as places (%d or more uses, %d%% or more as a place).\n"
          "# Generated by tools/kb/corpus_evidence.py; names from GeoNames (CC BY 4.0, www.geonames.org).\n"
          "# Format: GeoNames id<TAB>English name<TAB>Arabic spelling<TAB>uses<TAB>uses as a place.\n"
          % (MIN_ATTESTED, int(MIN_ATTESTED_SHARE * 100)), attested(c, candidates))
    print("clitic forms refused as words: %d" % sum(1 for r in rows if r[1] == "word-form" and norm(r[0]) in refused),
          file=sys.stderr)


if __name__ == "__main__":
    main()
