#!/usr/bin/env python3
"""Builds the NER gazetteer lists under src/main/resources/org/marsad/ner/ from the shared data folder.

usage: python3 tools/build_gazetteers.py ../shared/data
Names are written as found (one a line); the recogniser normalises them when it loads them.
"""
import collections, csv, json, os, re, sys

data = sys.argv[1] if len(sys.argv) > 1 else "../../shared/data"
out_dir = os.path.join(os.path.dirname(__file__), "..", "src/main/resources/org/marsad/ner")
ARABIC = re.compile(r"^[\u0621-\u064A\u0670-\u06D3 ]+$")


def clean(name):
    name = re.sub(r"[\u064B-\u065F\u0640]", "", (name or "").strip())
    name = re.sub(r"\s+", " ", name)
    return name if name and ARABIC.match(name) and len(name) >= 2 else None


def write(name, header, names):
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        for h in header:
            f.write("# " + h + "\n")
        for n in sorted(set(n for n in names if n)):
            f.write(n + "\n")


countries = []
for row in csv.DictReader(open(f"{data}/countries/countries_ar_mledoze.tsv", encoding="utf-8"), delimiter="\t"):
    countries += [clean(row["name_ar_common"]), clean(row["name_ar_official"])]
for row in csv.DictReader(open(f"{data}/geo/countries_ar.tsv", encoding="utf-8"), delimiter="\t"):
    countries.append(clean(row["name_ar"]))
for row in json.load(open(f"{data}/countries/Arabic-English-Nationalities.json", encoding="utf-8")):
    countries.append(clean(row["country_ar"]))
write("gazetteer-country.txt", [
    "Country names in Arabic, one a line (format: name).",
    "Sources: mledoze/countries (ODbL 1.0), GeoNames country translations (CC BY 4.0, geonames.org),",
    "Arabic-English-Nationalities (ISC). Built by tools/build_gazetteers.py."], countries)

cities = []
for row in csv.DictReader(open(f"{data}/geo/cities15000_ar.tsv", encoding="utf-8"), delimiter="\t"):
    for n in (row["names_ar"] or "").split("|"):
        cities.append(clean(n))
for row in csv.DictReader(open(f"{data}/geo/geonames_ar_names.tsv", encoding="utf-8"), delimiter="\t"):
    cities.append(clean(row["name_ar"]))
for row in csv.DictReader(open(f"{data}/geo/world-cities-ar/world-cities.csv", encoding="utf-8-sig")):
    cities.append(clean(row["CityNameAr"]))
write("gazetteer-city.txt", [
    "City and region names in Arabic, one a line (format: name).",
    "Sources: GeoNames cities15000 and Arabic names (CC BY 4.0, geonames.org), world-cities-ar (CC BY 4.0).",
    "Built by tools/build_gazetteers.py."], cities)

nat = [clean(r["natianality_ar"]) for r in json.load(open(f"{data}/countries/Arabic-English-Nationalities.json", encoding="utf-8"))]
write("gazetteer-nationality.txt", [
    "Nationality adjectives in Arabic, masculine singular, one a line (format: word).",
    "Source: Arabic-English-Nationalities (ISC). Built by tools/build_gazetteers.py."], nat)

# first names: the first word of dated person-like entries of the UniversalPetrarch Arabic actor dictionary,
# skipping words that head titles or organisations rather than names
NOT_NAMES = set("""رئيس وزير حزب ملك حركة شيخ قوة جنرال مجلس أمير اتحاد جيش جامعة حكومة جبهة وكالة سفير وزارة نائب
دكتور شرطة بنك محكمة ب تنظيم آية سلطة ولاية عاصمة جماعة إدارة ملكة الملا كتيبة دور عاهل صندوق بيت هيئة لو جهاز ل مقاتل
شركة مستشارة وزيرة تيار أمام ألف الديوان سفارة اسلام مؤتمر دولة إذاعة رئاسة مخابرات شرق بي برنامج ال مؤسسة أمين عام
قائد زعيم مدير رئيسة ممثل مبعوث متحدث قاضي مفتي رابطة لجنة منظمة نقابة مركز معهد حرس قوات شعب مكتب""".split())
lines = open(f"{data}/dictionaries/universalpetrarch-ar/actor_dict_ar_v4.txt", encoding="utf-8").read().split("\n")
firsts, cur = collections.Counter(), None
for line in lines:
    if not line.strip() or line.lstrip().startswith("#"):
        continue
    if line[0] in "\t ":
        if cur and re.search(r"\d{8}", line):
            words = cur.split("_")
            if 2 <= len(words) <= 4 and words[0] not in NOT_NAMES:
                firsts[words[0]] += 1
            cur = None
        continue
    cur = line.split("[")[0].strip().strip("_")
write("gazetteer-first-name.txt", [
    "Personal first names in Arabic script, one a line (format: name).",
    "Source: first words of dated actor entries in the UniversalPetrarch Arabic actor dictionary",
    "(openeventdata/UniversalPetrarch, MIT), title and organisation words removed. Built by tools/build_gazetteers.py."],
    [clean(w) for w in firsts])

# persons: the Arabic names of the knowledge base's persons (marsad-kb persons.tsv), full names and
# the short forms the knowledge base lists for them ("ترامب")
kb_persons = os.path.join(os.path.dirname(__file__), "..", "..", "marsad-kb/src/main/resources/org/marsad/kb/persons.tsv")
persons = []
for line in open(kb_persons, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    persons += [clean(n) for n in line.rstrip("\n").split("\t")[2].split("|")]
write("gazetteer-person.txt", [
    "Persons' names in Arabic, one a line (format: name).",
    "Source: the Arabic names of marsad-kb persons.tsv (hand-kept names, Apache-2.0, and the UniversalPetrarch",
    "Arabic actor dictionary, MIT). Built by tools/build_gazetteers.py."], persons)
