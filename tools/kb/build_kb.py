#!/usr/bin/env python3
"""Generates the knowledge-base resource files of marsad-kb from the shared data folder and the
lists in tools/kb/manual/ (hand-kept, or made from a news corpus by tools/kb/corpus_evidence.py).

Usage: python3 tools/kb/build_kb.py [--data ../shared/data]
       (after new data or rules: python3 tools/kb/corpus_evidence.py first, then this script)
Writes marsad-kb/src/main/resources/org/marsad/kb/*.tsv.

Sources of place names: GeoNames (cities15000 with its alternate names, admin1 and country names;
CC BY 4.0), jamsshhayd/world-cities-translations (CC BY 4.0, Wikidata labels) and mledoze/countries
(ODbL 1.0). Arabic names are sure for Arab countries; for other countries the untagged GeoNames
alternates, world-cities labels and Persian/Urdu spellings are guesses, filtered (one-part labels in
Arabic letters, a plausible first letter, no clash with a sure name, not a word of the news corpus).
"""
import argparse
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "marsad-kb/src/main/resources/org/marsad/kb")
MANUAL = os.path.join(HERE, "manual")

DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")


def clean(s):
    return DIACRITICS.sub("", (s or "").strip())


def norm(s):
    s = clean(s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي")):
        s = s.replace(a, b)
    return s


def read_manual(name):
    rows = []
    with open(os.path.join(MANUAL, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def split_names(cell):
    return [clean(x) for x in (cell or "").split("|") if clean(x)]


def uniq(seq):
    seen, out = set(), []
    for x in seq:
        k = norm(x)
        if x and k not in seen:
            seen.add(k)
            out.append(x)
    return out


def is_arabic(s):
    return bool(s) and all(("\u0600" <= c <= "\u06FF") or c in " -'" for c in s)


# ---------------------------------------------------------------- nationality inflection
def inflect_word(w):
    """Masculine singular adjective in -ي to its inflections (f, m pl, f pl, duals, accusative)."""
    if not w.endswith("ي") or len(w) < 3:
        return {"ms": w, "fs": w, "mp": w, "mp2": w, "fp": w, "md": w, "md2": w, "fd": w, "fd2": w, "acc": w}
    return {"ms": w, "fs": w + "ة", "mp": w + "ون", "mp2": w + "ين", "fp": w + "ات",
            "md": w + "ان", "md2": w + "ين", "fd": w + "تان", "fd2": w + "تين", "acc": w + "ا"}


def inflect(adj):
    words = adj.split()
    forms = [inflect_word(w) for w in words]
    out = []
    for key in ("ms", "fs", "mp", "mp2", "fp", "md", "fd", "fd2"):
        out.append(" ".join(f[key] for f in forms))
    return uniq(out)


# ---------------------------------------------------------------- countries
def build_countries(data, write_files=True):
    mled = {}
    with open(os.path.join(data, "countries/countries_ar_mledoze.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            mled[r["cca3"]] = r
    geo = {}
    with open(os.path.join(data, "geo/countries_ar.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            geo[r["iso3"]] = r
    iso2to3 = {r["iso2"]: k for k, r in geo.items()}
    for k, r in mled.items():
        iso2to3.setdefault(r["cca2"], k)
    nat_json = json.load(open(os.path.join(data, "countries/Arabic-English-Nationalities.json"), encoding="utf-8"))
    exclude = {norm(r[0]) for r in read_manual("nationality_exclude.tsv")}
    manual = {r[0]: r + [""] * (5 - len(r)) for r in read_manual("nationalities.tsv")}

    # adjectives from the JSON are used only when unambiguous, Arabic, single words ending in ي
    json_adj = {}
    counts = {}
    for x in nat_json:
        a = clean(x.get("natianality_ar"))
        if is_arabic(a) and a.endswith("ي") and " " not in a:
            counts[norm(a)] = counts.get(norm(a), 0) + 1
    for x in nat_json:
        a = clean(x.get("natianality_ar"))
        iso3 = iso2to3.get(x["code"])
        if iso3 and is_arabic(a) and a.endswith("ي") and " " not in a and counts[norm(a)] == 1:
            json_adj[iso3] = a

    # land area (km²), for placing "جنوب البلاد" inside the country
    area = {}
    with open(os.path.join(data, "geo/countryInfo.tsv"), encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cells) > 6 and cells[6]:
                area[cells[1]] = cells[6]
    rows = []
    accusatives = {}
    for iso3 in sorted(set(mled) | set(geo)):
        m, g = mled.get(iso3, {}), geo.get(iso3, {})
        man = manual.get(iso3)
        name_en = m.get("name_en_common") or g.get("name_en")
        names = []
        if man:
            names += split_names(man[3])
        names += [clean(m.get("name_ar_common")), clean(m.get("name_ar_official"))]
        if not m:
            names.append(clean(g.get("name_ar")))
        names = [n for n in uniq(names) if is_arabic(n)]
        if iso3 == "MLI":
            names = [n for n in names if norm(n) != "مالي"] + ["مالي"]
        if iso3 == "OMN":
            names = [n for n in names if norm(n) != "عمان"] + ["عمان"]
        adjs = split_names(man[1]) if man else ([json_adj[iso3]] if iso3 in json_adj else [])
        forms = []
        for a in adjs:
            forms += inflect(a)
        forms += split_names(man[2]) if man else []
        forms = [f for f in uniq(forms) if norm(f) not in exclude]
        metonyms = split_names(man[4]) if man else []
        lat, lon = m.get("lat", ""), m.get("lng", "")
        if not lat or not lon or not names:
            continue  # former or disputed codes without a centroid
        rows.append([iso3, g.get("iso2") or m.get("cca2", ""), name_en, lat, lon, "|".join(names), "|".join(forms),
                     "|".join(metonyms), g.get("capital_en") or m.get("capital_en", ""), g.get("geonameid", ""),
                     area.get(iso3, "").split(".")[0]])
        accusatives[iso3] = [" ".join(inflect_word(w)["acc"] for w in a.split()) for a in adjs]
    # the indefinite accusative ("25 فلسطينياً") unless it spells a country's name (روسيا، سوريا، تركيا)
    country_names = {norm(n) for r in rows for n in r[5].split("|")}
    for r in rows:
        extra = [a for a in accusatives.get(r[0], []) if norm(a) not in country_names and norm(a) not in exclude]
        if extra:
            r[6] = "|".join(uniq(r[6].split("|") + extra))
    header = ("# Countries: names, nationality adjectives in all inflections, metonyms for the government.\n"
              "# Format: iso3<TAB>iso2<TAB>English name<TAB>lat<TAB>lon<TAB>Arabic names (|)<TAB>adjective forms (|)"
              "<TAB>metonyms (|)<TAB>capital (English)<TAB>GeoNames id<TAB>area (km², GeoNames countryInfo)\n"
              "# The article and clitics (ال، و، ب، ل ...) are handled by the matcher and are not listed.\n"
              "# Sources: mledoze/countries (ODbL 1.0), GeoNames countryInfo (CC BY 4.0),\n"
              "#   Arabic-English-Nationalities (ISC), hand-kept lists in tools/kb/manual (Apache-2.0).\n"
              "# Generated by tools/kb/build_kb.py; database derived from ODbL data keeps ODbL share-alike terms.\n")
    if write_files:
        write(os.path.join(OUT, "countries.tsv"), header, rows)
    return {r[0]: r for r in rows}, iso2to3


# ---------------------------------------------------------------- gazetteer
ADMIN_PREFIXES = ("محافظة ", "ولاية ", "شعبية ", "إقليم ", "اقليم ", "منطقة ", "مقاطعة ", "مديرية ", "بلدية ", "لواء ",
                  "مدينة ", "ناحية ", "قضاء ", "مركز ", "ضاحية ")
# labels of world-cities that name something else than the town (a club, a river, an office)
NOT_TOWN_WORDS = ("نادي", "نهر", "إدارة", "ادارة", "جامعة", "مطار", "قائمة")


def key(n):
    """The comparison form of a name: normalised, article of the first word removed."""
    w = norm(n).split()
    if not w:
        return ""
    if len(w[0]) > 3 and w[0].startswith("ال"):
        w[0] = w[0][2:]
    return " ".join(w)


def letters(n):
    return len(norm(n).replace(" ", ""))


def without_admin_prefix(n):
    for p in ADMIN_PREFIXES:
        if n.startswith(p):
            return n[len(p):]
    return n


ARABIC_LETTERS = set("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي ")
# words of GeoNames' untagged alternates that belong to other languages' labels ("ضلع" district in Urdu)
FOREIGN_LABEL_WORDS = {"ضلع", "اوبلاست", "أوبلاست", "شهرستان", "استان", "بخش"}


def plain_arabic(n):
    """Written with the letters of Arabic only: Persian, Urdu or Uyghur letters mean another language's label."""
    return bool(n) and all(c in ARABIC_LETTERS for c in n) and not FOREIGN_LABEL_WORDS & set(n.split())


# Latin initials that an Arabic initial may render, for a sanity check of guessed names
INITIALS = {"ا": "AEIOU", "أ": "AEIOU", "إ": "AEI", "آ": "A", "ع": "AEIOU", "ء": "A", "ب": "BPV", "ت": "TCZ", "ط": "T",
            "ث": "TS", "ج": "JGZYD", "ح": "H", "خ": "KHJX", "د": "D", "ذ": "DZT", "ر": "R", "ز": "ZSX", "س": "SCZX",
            "ش": "SCX", "ص": "S", "ض": "D", "ظ": "Z", "غ": "G", "ف": "FVP", "ق": "QKCG", "ك": "KCQG", "ل": "L", "م": "M",
            "ن": "N", "ه": "HAE", "و": "WVOU", "ي": "YIJE", "ى": "Y", "ئ": "I", "ؤ": "O"}


# a short one-word guessed name of a small foreign town meets other words more often than the town
# ("يونغ" in a Korean name is not Young, Uruguay)
SHORT_GUESS_MIN_POPULATION = 100000


def plausible(en, ar):
    """A guessed Arabic name of a foreign town begins with a letter that can render the English
    name's first letter ("اريزو" is not Herisau, "متون" is not Khost)."""
    import unicodedata
    latin = "".join(c for c in unicodedata.normalize("NFKD", en) if c.isalpha())
    if not latin or not ("A" <= latin[0].upper() <= "Z"):
        return True
    return latin[0].upper() in INITIALS.get(ar[0], latin[0].upper())


def heuristic_names_ar(cell):
    """Arabic names of a non-Arab city from GeoNames' untagged alternate names: one-part labels
    ("X، Y" names a town and its region) written in Arabic letters, of four letters or more."""
    out = []
    for n in split_names(cell):
        if "،" in n or "," in n or not plain_arabic(n) or letters(n) < 4:
            continue
        out.append(n)
    return out


def world_city_names(data, iso3_by_en, cities):
    """Arabic city names of world-cities (Wikidata labels) joined to GeoNames ids on the English
    name and country; the most populous GeoNames city of that name wins."""
    by_name = {}
    for r in cities:
        for en in {r["name"].lower(), r["asciiname"].lower()}:
            k = (r["country_code"], en)
            if k not in by_name or int(r["population"] or 0) > int(by_name[k]["population"] or 0):
                by_name[k] = r
    out = {}
    joined = missed = 0
    with open(os.path.join(data, "geo/world-cities-ar/world-cities.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            iso2 = iso3_by_en.get(r["CountryNameEn"])
            city = by_name.get((iso2, r["CityNameEn"].strip().lower())) if iso2 else None
            if city is None:
                missed += 1
                continue
            n = clean(r["CityNameAr"])
            if n.split()[0] in NOT_TOWN_WORDS or "(" in n:
                continue
            n = without_admin_prefix(n)
            if plain_arabic(n) and letters(n) >= 4:
                joined += 1
                out.setdefault(city["geonameid"], []).append(n)
    print("world-cities: %d names joined, %d rows without a GeoNames city" % (joined, missed), file=sys.stderr)
    return out


def english_country_names(data, countries):
    """English country name (as world-cities spells it) to ISO2."""
    out = {}
    with open(os.path.join(data, "geo/countries_ar.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            out[r["name_en"]] = r["iso2"]
    for r in countries.values():
        out.setdefault(r[2], r[1])
    for alias, iso2 in (("Bosnia and Herzevina", "BA"), ("Fiji Islands", "FJ"), ("Hong Kong S.A.R.", "HK"),
                        ("Man (Isle of)", "IM"), ("Palestinian Territory Occupied", "PS")):
        out[alias] = iso2
    return out


def saint_variants(names):
    """"سانت بطرسبرغ" is also written "سان بطرسبرغ" (and the other way round)."""
    out = []
    for n in names:
        if n.startswith("سانت "):
            out.append("سان " + n[5:])
        elif n.startswith("سان "):
            out.append("سانت " + n[4:])
    return out


def capital_phrases(country):
    """"العاصمة السودانية" and "عاصمة السودان": the capital named through its country."""
    out = ["العاصمة ال" + f for f in split_names(country[6]) if f.endswith("ة") and len(f.split()) == 1]
    out += ["عاصمة " + n for n in split_names(country[5])]
    return out


def build_gazetteer(data, countries, iso2to3, write_files=True):
    """The gazetteer rows; written to the resources unless write_files is false. Also returns the
    keys of the names that came only from the guessing sources."""
    ar_by_key = {}
    with open(os.path.join(data, "geo/geonames_ar_names.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            k, v = line.rstrip("\n").split("\t")[:2]
            ar_by_key.setdefault(k, []).append(clean(v))
    regions = {}
    with open(os.path.join(data, "geo/regionInfo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            p = line.rstrip("\n").split("\t")
            regions[p[0]] = p
    with open(os.path.join(data, "geo/cities15000_ar.tsv"), encoding="utf-8") as f:
        cities = list(csv.DictReader(f, delimiter="\t"))
    wc_names = world_city_names(data, english_country_names(data, countries), cities)
    for r in read_manual("attested_names.tsv"):
        wc_names.setdefault(r[0], []).append(clean(r[2]))
    rows = []
    guesses = {}  # row index -> names from the heuristic sources, added below unless they clash
    capitals = {}  # iso3 -> row index of the capital
    seats = {}  # admin1 key -> (population, lat, lon, is_capital)
    for r in cities:
        iso3 = iso2to3.get(r["country_code"])
        if not iso3:
            continue
        key1 = r["country_code"] + "." + r["admin1_code"]
        pop = int(r["population"] or 0)
        cap = r["feature_code"] in ("PPLA", "PPLC")
        best = seats.get(key1)
        if best is None or (cap, pop) > (best[3], best[0]):
            seats[key1] = (pop, r["latitude"], r["longitude"], cap)
        names = ar_by_key.get(r["geonameid"], [])
        guess = wc_names.get(r["geonameid"], [])
        if r["country_code"] in ARAB:
            names = split_names(r["names_ar"]) + names
        else:
            # a transliterated name has no article ("القوقاز" beside Caucasia, Colombia, is a region)
            guess = [n for n in heuristic_names_ar(r["names_ar"]) + guess
                     if not norm(n).startswith("ال") and plausible(r["name"], n)
                     and (pop >= SHORT_GUESS_MIN_POPULATION or " " in n or letters(n) >= 6)]
        names = [n for n in uniq(names) if is_arabic(n) and len(norm(n).replace(" ", "")) >= 3]
        if not names and not guess:
            continue
        if r["feature_code"] == "PPLC" and (iso3 not in capitals or pop > int(rows[capitals[iso3]][7])):
            capitals[iso3] = len(rows)
        guesses[len(rows)] = guess
        rows.append([r["geonameid"], r["name"], names, iso3, r["admin1_name"], r["latitude"], r["longitude"], str(pop), "city"])
    city_names = {(r[3], norm(n)) for r in rows for n in r[2]}
    for key1, names in ar_by_key.items():
        if "." not in key1 or key1 not in regions:
            continue
        cc = key1.split(".")[0]
        iso3 = iso2to3.get(cc)
        seat = seats.get(key1)
        if not iso3 or not seat:
            continue
        out = []
        for n in names:
            out.append(n)
            bare = without_admin_prefix(n)
            if bare != n and (iso3, norm(bare)) not in city_names:
                out.append(bare)
        out = [n for n in uniq(out) if is_arabic(n) and len(norm(n)) >= 3]
        if out:
            reg = regions[key1]
            rows.append([reg[3], reg[1], out, iso3, reg[1], seat[1], seat[2], "0", "admin1"])
    for r in read_manual("places_extra.tsv"):
        pid, en, names, iso3, adm1, lat, lon, level = r[:8]
        rows.append([pid, en, split_names(names), iso3, adm1, lat, lon, "0", level])
    # a guessed name is dropped when a sure source gives it to another place or to a country
    owner = {}
    for i, r in enumerate(rows):
        for n in r[2]:
            owner.setdefault(key(n), set()).add(i)
    for c in countries.values():
        for n in split_names(c[5]):
            owner.setdefault(key(n), set()).add(-1)
    # guessed names that news uses as ordinary words (tools/kb/corpus_evidence.py) are dropped
    words = {key(r[0]) for r in read_manual("common_word_places.tsv") if r[1] == "word"} if write_files else set()
    added = 0
    guessed = set()
    for i, guess in guesses.items():
        for n in uniq(guess):
            if owner.get(key(n), {i}) <= {i} and key(n) not in words:
                if key(n) not in owner:
                    guessed.add(key(n))
                rows[i][2].append(n)
                added += 1
    print("gazetteer: %d names from world-cities and GeoNames alternate names" % added, file=sys.stderr)
    for iso3, i in capitals.items():
        if iso3 in countries:
            rows[i][2] += capital_phrases(countries[iso3])
    rows = [r for r in rows if r[2]]
    for r in rows:
        r[2] = "|".join(uniq(r[2] + saint_variants(r[2])))
    header = ("# Gazetteer: places with Arabic names. Countries are in countries.tsv.\n"
              "# Format: id (GeoNames id, or X<n> for hand-kept places)<TAB>English name<TAB>Arabic names (|)<TAB>"
              "country ISO3<TAB>admin1<TAB>lat<TAB>lon<TAB>population<TAB>level\n"
              "# Admin1 coordinates are those of the region's seat. The article and clitics are handled by the matcher.\n"
              "# Capitals also carry \"العاصمة <adjective>\" and \"عاصمة <country>\"; \"سانت X\" also \"سان X\".\n"
              "# Sources: GeoNames cities15000, its alternate names and admin1 names (CC BY 4.0, www.geonames.org);\n"
              "#   world-cities-translations by jamsshhayd (CC BY 4.0, data from Wikidata), joined on English name and\n"
              "#   country; Persian/Urdu spellings of GeoNames attested in Arabic news (tools/kb/manual/attested_names.tsv);\n"
              "#   hand-kept places in tools/kb/manual/places_extra.tsv. Names of the untagged GeoNames alternates\n"
              "#   (non-Arab countries), of world-cities and attested spellings are dropped when a surer source gives\n"
              "#   them to another place. Generated by tools/kb/build_kb.py.\n")
    if write_files:
        write(os.path.join(OUT, "gazetteer.tsv"), header, rows)
    return rows, guessed


ARAB = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())


# ---------------------------------------------------------------- actors
CAMEO_SECTORS = {"GOV": "GOV", "MIL": "MIL", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "PTY": "PTY", "OPP": "OPP",
                 "REB": "REB", "INS": "REB", "SEP": "REB", "UAF": "REB", "IMG": "REB", "CVL": "CVL", "REF": "CVL",
                 "EDU": "CVL", "HLH": "CVL", "LAB": "CVL", "AGR": "CVL", "MED": "MED", "BUS": "BUS", "MNC": "BUS",
                 "IGO": "IGO", "NGO": "NGO", "NGM": "NGO", "HRI": "NGO", "REL": "REL", "SPY": "COP", "ELI": "GOV",
                 "ENV": "NGO", "CRM": "CVL", "RAD": "OPP", "MOD": "OPP"}


def up_codes(code):
    m = re.match(r"\[?~?([A-Z]{3})?([A-Z]{3})?", code.strip())
    return m.group(1), m.group(2)


def build_actors(data, countries):
    orgs = read_manual("orgs.tsv")
    write(os.path.join(OUT, "orgs.tsv"),
          "# Organisations, armed groups, parties and outlets.\n"
          "# Format: code<TAB>English name<TAB>sector<TAB>country ISO3 or empty<TAB>Arabic names (|)\n"
          "# Source: hand-kept (tools/kb/manual/orgs.tsv). Licence: Apache-2.0.\n", orgs)
    roles = read_manual("roles.tsv")
    known = {norm(r[0]) for r in roles}
    # agents of the UniversalPetrarch Arabic dictionary (lemmatised) fill in what the hand list lacks
    with open(os.path.join(data, "dictionaries/universalpetrarch-ar/agents.all.ar_v3.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([^\s#\[]+)\s*\[~?([A-Z]{3})", line)
            if not m:
                continue
            phrase = clean(m.group(1).replace("_", " "))
            sector = CAMEO_SECTORS.get(m.group(2))
            if sector and is_arabic(phrase) and norm(phrase) not in known and 2 <= len(phrase.split()) <= 3:
                known.add(norm(phrase))
                roles.append([phrase, sector, "role"])
    write(os.path.join(OUT, "roles.tsv"),
          "# Role nouns and offices with their sector.\n"
          "# Format: phrase<TAB>sector<TAB>kind (role|office|not-actor: a phrase that starts with a role noun but names no party)\n"
          "# Sources: hand-kept (tools/kb/manual/roles.tsv, Apache-2.0) and the agents of the UniversalPetrarch\n"
          "#   Arabic dictionary (agents.all.ar_v3.txt, MIT).\n", roles)
    persons = read_manual("persons.tsv")
    have = {norm(n) for r in persons for n in split_names(r[2])}
    have |= {norm(n) for r in orgs for n in split_names(r[4])}
    # date-ranged persons of the UniversalPetrarch actor dictionary
    cur = None
    up = []
    with open(os.path.join(data, "dictionaries/universalpetrarch-ar/actor_dict_ar_v4.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.strip().startswith("#"):
                continue
            m = re.match(r"^\s*\[([A-Z]{3,9})\s+(\d{8})-(\d{8})\]", line)
            if m and cur:
                up.append((cur, m.group(1), m.group(2), m.group(3)))
                continue
            m = re.match(r"^\s*([^\[\s]+)\s*(?:\[([A-Z]{3,9})\])?\s*$", line)
            if m:
                cur = clean(m.group(1).replace("_", " "))
                if m.group(2):
                    up.append((cur, m.group(2), "", ""))
    role_first = {norm(r[0]).split()[0] for r in roles}
    role_first |= {w[2:] for w in role_first if w.startswith("ال")}
    for name, code, frm, to in up:
        c3, s3 = code[:3], code[3:6]
        sector = CAMEO_SECTORS.get(s3)
        if c3 not in countries or not sector or sector not in ("GOV", "MIL", "REB", "OPP", "PTY", "JUD", "LEG", "REL"):
            continue
        words = name.split()
        if len(words) < 2 or not is_arabic(name) or norm(name) in have or norm(words[0]) in role_first:
            continue
        if frm == "18000101" or to == "18000101":
            to = "" if to == "18000101" else to
        if frm and to and frm > to:
            frm, to = to, frm
        persons.append(["UP:" + name.replace(" ", "_"), "", name, c3, sector, frm, to])
    write(os.path.join(OUT, "persons.tsv"),
          "# Persons and named groups with date-ranged roles (one row per role; empty date = open).\n"
          "# Format: id<TAB>English name<TAB>Arabic names (|)<TAB>country ISO3 or org code<TAB>sector<TAB>from<TAB>to\n"
          "# Sources: hand-kept (tools/kb/manual/persons.tsv, Apache-2.0) and the UniversalPetrarch Arabic\n"
          "#   actor dictionary (actor_dict_ar_v4.txt, MIT); the latter's forms are lemmatised.\n", persons)
    amb = read_manual("ambiguous_names.tsv")
    amb += [r[:2] for r in read_manual("common_word_places.tsv") if r[1] != "word"]
    amb += adjective_forms_of_names(countries, {norm(r[0]) for r in amb})
    write(os.path.join(OUT, "ambiguous_names.tsv"),
          "# Names that are also common words or person names: kept only after a cue word, or when the same\n"
          "# entry is found unambiguously elsewhere in the document.\n"
          "# never-place: a common word, never a place; word-form: this exact form (article included) is a\n"
          "# common word, never a place, while its other article form is one; or this form of a name with a\n"
          "# leading preposition or conjunction is a word of its own (\"بنوك\" banks, not ب + نوك Nuuk).\n"
          "# Format: name<TAB>applies to (actor|place|both|never-place|word-form). Sources: hand-kept\n"
          "#   (tools/kb/manual/ambiguous_names.tsv) and counted over news (tools/kb/manual/common_word_places.tsv,\n"
          "#   made by tools/kb/corpus_evidence.py), and the article forms of country names that are\n"
          "#   nationality adjectives (السورية beside سورية; derived from countries.tsv). Licence: Apache-2.0.\n", amb)


def adjective_forms_of_names(countries, listed):
    """A one-word country name whose form with the article is a nationality adjective ("سورية" Syria,
    "السورية" the Syrian; "تشيلي"، "التشيلي"): that form is the adjective, never the country."""
    adjectives = set()
    for r in countries.values():
        for a in split_names(r[6]):
            adjectives.add(norm(a if a.startswith("ال") else "ال" + a))
    out = []
    for r in countries.values():
        for n in split_names(r[5]):
            form = "ال" + n
            if " " not in n and not n.startswith("ال") and norm(form) in adjectives and norm(form) not in listed:
                out.append([form, "word-form"])
    return sorted(out)


def write(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(path, len(rows), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    a = ap.parse_args()
    countries, iso2to3 = build_countries(a.data)
    build_gazetteer(a.data, countries, iso2to3)
    build_actors(a.data, countries)


if __name__ == "__main__":
    main()
