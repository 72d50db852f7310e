package org.marsad.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.PhraseIndex;

/**
 * Who and where: countries, nationalities, capitals, organisations, role nouns, persons and
 * places, indexed for phrase matching over tokens. Built once by {@link #load()}; read-only and
 * safe to share across threads afterwards.
 */
public final class KnowledgeBase {
    public static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "PRO", "REB",
            "CVL", "MED", "BUS", "IGO", "NGO", "REL");
    public static final Set<String> PLACE_LEVELS = Set.of("site", "city", "district", "admin1", "region", "country");
    private static final String BASE = "/org/marsad/kb/";
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ORG_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,30}");
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    private final PhraseIndex<ActorEntry> actors = new PhraseIndex<>();
    private final PhraseIndex<PlaceEntry> places = new PhraseIndex<>();
    private final Map<String, PlaceEntry> countries = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, Double> areas = new HashMap<>();
    /** Direction words ("جنوب"، "شمال غرب") to their {@link Direction}; the country words ("البلاد") to {@link Direction#COUNTRY_WORD}. */
    private final PhraseIndex<Direction> directions = new PhraseIndex<>();
    private final Map<String, ActorEntry> orgs = new HashMap<>();
    private final Set<String> ambiguousActors = new HashSet<>();
    private final Set<String> ambiguousPlaces = new HashSet<>();
    private final Set<String> neverPlaces = new HashSet<>();
    private final Set<String> wordForms = new HashSet<>();

    private KnowledgeBase() {}

    /** The bundled knowledge base. */
    public static KnowledgeBase load() {
        return load(List.of());
    }

    /**
     * The bundled knowledge base plus user files (format: docs/kb-format.md).
     *
     * @throws KbFormatException for a malformed line, naming the file, line and reason
     */
    public static KnowledgeBase load(List<Path> extraTsv) {
        KnowledgeBase kb = new KnowledgeBase();
        kb.loadCountries(bundled("countries.tsv"));
        kb.loadOrgs(bundled("orgs.tsv"));
        kb.loadRoles(bundled("roles.tsv"));
        kb.loadPersons(bundled("persons.tsv"));
        kb.loadGazetteer(bundled("gazetteer.tsv"));
        kb.loadAmbiguous(bundled("ambiguous_names.tsv"));
        kb.loadDirections(bundled("directions.tsv"));
        for (Path p : extraTsv) {
            try (InputStream in = Files.newInputStream(p)) {
                kb.loadUser(TsvLines.read(p.toString(), in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p, e);
            }
        }
        return kb;
    }

    /** Actor phrases (first word matched on clitic stems). Read-only: do not add to it. */
    public PhraseIndex<ActorEntry> actorIndex() { return actors; }

    /** Place names, countries included. Read-only: do not add to it. */
    public PhraseIndex<PlaceEntry> placeIndex() { return places; }

    /** The country as a place (centroid), or null. */
    public PlaceEntry country(String iso3) { return iso3 == null ? null : countries.get(iso3); }

    public Set<String> countryCodes() { return Collections.unmodifiableSet(countries.keySet()); }

    public ActorEntry org(String code) { return orgs.get(code); }

    /** True when this phrase (any spelling) is also a common word or person name, as an actor. */
    public boolean isAmbiguousActor(String phrase) { return ambiguousActors.contains(key(phrase)); }

    public boolean isAmbiguousPlace(String phrase) { return ambiguousPlaces.contains(key(phrase)); }

    /** Common words that some gazetteer entries carry as names; never read as places. */
    public boolean isNeverPlace(String phrase) { return neverPlaces.contains(key(phrase)); }

    /**
     * True when this exact form of a one-word name, article or a leading preposition or conjunction
     * included, is an ordinary word in news ("الصور" the pictures, not Tyre; "قريتين" two villages,
     * not القريتين; "بنوك" banks, not ب + نوك Nuuk).
     */
    public boolean isWordForm(String form) { return wordForms.contains(norm(form)); }

    /** The comparison form of a phrase: normalised, article of the first word removed. */
    public static String key(String phrase) {
        String[] w = PhraseIndex.split(phrase);
        if (w.length == 0) return "";
        w[0] = PhraseIndex.bare(w[0]);
        return String.join(" ", w);
    }

    // ------------------------------------------------------------------ loading

    /*
     * The phrase index drops a leading "ال" from the first word, which also cuts words that begin
     * with a hamza alef and lam ("ألمانية" -> "مانيه"); the form with the article ("الألمانية")
     * is added too so that both readings meet under one key.
     */
    private void addActor(String name, ActorEntry e) {
        actors.add(name, e);
        if (needsArticleForm(name)) actors.add("ال" + name, e);
    }

    private void addPlace(String name, PlaceEntry p) {
        places.add(name, p);
        if (needsArticleForm(name)) places.add("ال" + name, p);
    }

    private static boolean needsArticleForm(String name) {
        return !name.startsWith("ال") && ArabicNormalizer.normalize(name).startsWith("ال");
    }

    private static List<TsvLines.Row> bundled(String name) {
        InputStream in = KnowledgeBase.class.getResourceAsStream(BASE + name);
        if (in == null) throw new IllegalStateException("missing resource " + BASE + name);
        return TsvLines.read(name, in);
    }

    private void loadCountries(List<TsvLines.Row> rows) {
        for (TsvLines.Row r : rows) {
            String iso3 = r.cell(0);
            String name = r.cell(2);
            Long gid = r.cell(9).isEmpty() ? null : Long.valueOf(r.cell(9));
            double lat = parseDouble(r, 3), lon = parseDouble(r, 4);
            PlaceEntry place = new PlaceEntry("C:" + iso3, name, gid, iso3, null, lat, lon, 0, PlaceEntry.COUNTRY);
            countries.put(iso3, place);
            ActorEntry country = new ActorEntry(iso3, ActorEntry.COUNTRY, name, iso3, null, "GOV", null);
            ActorEntry nationality = new ActorEntry(iso3, ActorEntry.NATIONALITY, name, iso3, null, null, null);
            ActorEntry capital = new ActorEntry(iso3 + "/GOV", ActorEntry.CAPITAL, name + " government", iso3, null, "GOV", null);
            for (String n : TsvLines.names(r.cell(5))) {
                addActor(n, country);
                addPlace(n, place);
            }
            for (String n : TsvLines.names(r.cell(6))) addActor(n, nationality);
            for (String n : TsvLines.names(r.cell(7))) addActor(n, capital);
            if (!r.cell(8).isEmpty()) capitals.put(iso3, r.cell(8));
            if (!r.cell(10).isEmpty()) areas.put(iso3, Double.parseDouble(r.cell(10)));
        }
    }

    private void loadDirections(List<TsvLines.Row> rows) {
        for (TsvLines.Row r : rows) {
            Direction d = r.cell(0).equals("@") ? Direction.COUNTRY_WORD : Direction.of(r.cell(0), r.cell(1));
            for (String n : TsvLines.names(r.cell(2))) directions.add(n, d);
        }
    }

    /** Direction words and the words for "the country". Read-only. */
    public PhraseIndex<Direction> directionIndex() { return directions; }

    /** The country's land area in km², or 0 when unknown. */
    public double countryArea(String iso3) { return areas.getOrDefault(iso3, 0.0); }

    /** True for a country's capital: news that names it means that city, not a namesake abroad. */
    public boolean isCapital(PlaceEntry p) {
        return p.country() != null && p.name() != null && p.name().equals(capitals.get(p.country()));
    }

    private void loadOrgs(List<TsvLines.Row> rows) {
        for (TsvLines.Row r : rows) {
            String code = r.cell(0);
            String country = r.cell(3).isEmpty() ? null : r.cell(3);
            ActorEntry e = new ActorEntry(code, ActorEntry.ORG, r.cell(1), country, code, r.cell(2), null);
            orgs.put(code, e);
            for (String n : TsvLines.names(r.cell(4))) addActor(n, e);
        }
    }

    private void loadRoles(List<TsvLines.Row> rows) {
        for (TsvLines.Row r : rows) {
            String sector = r.cell(1);
            String kind = "office".equals(r.cell(2)) ? ActorEntry.OFFICE : ActorEntry.NOT_ACTOR.equals(r.cell(2)) ? ActorEntry.NOT_ACTOR : ActorEntry.ROLE;
            actors.add(r.cell(0), new ActorEntry("ROLE/" + sector, kind, r.cell(0), null, null, sector, null));
        }
    }

    private void loadPersons(List<TsvLines.Row> rows) {
        Map<String, List<TsvLines.Row>> byId = new LinkedHashMap<>();
        for (TsvLines.Row r : rows) byId.computeIfAbsent(r.cell(0), k -> new ArrayList<>()).add(r);
        for (Map.Entry<String, List<TsvLines.Row>> e : byId.entrySet()) {
            List<ActorEntry.PersonRole> roles = new ArrayList<>();
            Set<String> names = new java.util.LinkedHashSet<>();
            String en = null;
            for (TsvLines.Row r : e.getValue()) {
                String who = r.cell(3);
                String country = countries.containsKey(who) ? who : null;
                String org = country == null ? who : null;
                if (org != null && orgs.containsKey(org)) country = orgs.get(org).country();
                roles.add(new ActorEntry.PersonRole(country, org, r.cell(4), date(r, 5), date(r, 6)));
                names.addAll(TsvLines.names(r.cell(2)));
                if (en == null && !r.cell(1).isEmpty()) en = r.cell(1);
            }
            String first = names.iterator().next();
            ActorEntry.PersonRole r0 = roles.get(0);
            ActorEntry person = new ActorEntry(e.getKey(), ActorEntry.PERSON, en != null ? en : first, r0.country(), r0.org(),
                    r0.sector(), roles);
            for (String n : names) addActor(n, person);
        }
    }

    private void loadGazetteer(List<TsvLines.Row> rows) {
        for (TsvLines.Row r : rows) {
            String id = r.cell(0);
            Long gid = id.chars().allMatch(Character::isDigit) ? Long.valueOf(id) : null;
            // a region across countries ("أمريكا الوسطى") has no country of its own
            PlaceEntry p = new PlaceEntry(id, r.cell(1), gid, r.cell(3).isEmpty() ? null : r.cell(3), r.cell(4).isEmpty() ? null : r.cell(4),
                    parseDouble(r, 5), parseDouble(r, 6), r.cell(7).isEmpty() ? 0 : Long.parseLong(r.cell(7)), r.cell(8));
            for (String n : TsvLines.names(r.cell(2))) addPlace(n, p);
        }
    }

    private void loadAmbiguous(List<TsvLines.Row> rows) {
        for (TsvLines.Row r : rows) {
            String k = key(r.cell(0));
            String scope = r.cell(1);
            if (scope.equals("actor") || scope.equals("both")) ambiguousActors.add(k);
            if (scope.equals("place") || scope.equals("both")) ambiguousPlaces.add(k);
            if (scope.equals("never-place")) neverPlaces.add(k);
            if (scope.equals("word-form")) wordForms.add(norm(r.cell(0)));
        }
    }

    /** User rows: "actor" and "place" lines (docs/kb-format.md). */
    private void loadUser(List<TsvLines.Row> rows) {
        for (TsvLines.Row r : rows) {
            String type = r.cell(0);
            List<String> names = TsvLines.names(r.cell(1));
            if (names.isEmpty()) throw r.error("no Arabic name in column 2");
            String name = r.cell(2);
            if (name.isEmpty()) throw r.error("no English name in column 3");
            String country = r.cell(3).isEmpty() ? null : r.cell(3);
            if (country != null && !ISO3.matcher(country).matches()) throw r.error("country '" + country + "' is not an ISO3 code");
            switch (type) {
                case "actor" -> {
                    if (r.cells().length < 6) throw r.error("an actor line needs 6 columns, found " + r.cells().length);
                    String org = r.cell(4).isEmpty() ? null : r.cell(4);
                    if (org != null && !ORG_CODE.matcher(org).matches()) throw r.error("organisation code '" + org + "' is not upper-case A-Z0-9_");
                    String sector = r.cell(5).isEmpty() ? null : r.cell(5);
                    if (sector != null && !SECTORS.contains(sector)) throw r.error("unknown sector '" + sector + "'");
                    if (country == null && org == null && sector == null) throw r.error("an actor needs a country, an organisation or a sector");
                    String kind = org != null ? ActorEntry.ORG : ActorEntry.PERSON;
                    String id = "USER:" + (org != null ? org : name.replace(' ', '_'));
                    ActorEntry e = new ActorEntry(id, kind, name, country, org, sector, null);
                    if (org != null) orgs.putIfAbsent(org, e);
                    for (String n : names) addActor(n, e);
                }
                case "place" -> {
                    if (r.cells().length < 8) throw r.error("a place line needs 8 columns, found " + r.cells().length);
                    if (country == null) throw r.error("a place needs a country");
                    double lat = parseDouble(r, 5), lon = parseDouble(r, 6);
                    if (lat < -90 || lat > 90) throw r.error("latitude " + lat + " out of range");
                    if (lon < -180 || lon > 180) throw r.error("longitude " + lon + " out of range");
                    String level = r.cell(7);
                    if (!PLACE_LEVELS.contains(level)) throw r.error("unknown level '" + level + "' (one of " + PLACE_LEVELS + ")");
                    Long gid = null;
                    if (!r.cell(8).isEmpty()) {
                        try { gid = Long.valueOf(r.cell(8)); } catch (NumberFormatException ex) { throw r.error("geonameid '" + r.cell(8) + "' is not a number"); }
                    }
                    PlaceEntry p = new PlaceEntry("USER:" + name.replace(' ', '_'), name, gid, country,
                            r.cell(4).isEmpty() ? null : r.cell(4), lat, lon, 0, level);
                    for (String n : names) addPlace(n, p);
                }
                default -> throw r.error("unknown line type '" + type + "' (actor or place)");
            }
        }
    }

    private static double parseDouble(TsvLines.Row r, int i) {
        try {
            return Double.parseDouble(r.cell(i));
        } catch (NumberFormatException e) {
            throw r.error("column " + (i + 1) + " '" + r.cell(i) + "' is not a number");
        }
    }

    private static LocalDate date(TsvLines.Row r, int i) {
        String s = r.cell(i);
        if (s.isEmpty()) return null;
        try {
            return LocalDate.parse(s, YMD);
        } catch (RuntimeException e) {
            throw r.error("column " + (i + 1) + " '" + s + "' is not a yyyymmdd date");
        }
    }

    static String norm(String s) { return ArabicNormalizer.normalize(s); }
}
