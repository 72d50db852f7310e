package org.marsad.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.PhraseIndex;
import org.marsad.core.Annotator;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.Sentence;
import org.marsad.core.Token;
import org.marsad.core.record.ActorRef;

/**
 * Finds actors: countries, nationalities, capitals standing for governments, organisations,
 * persons and role nouns, and composes them as a reader does ("الشرطة العراقية" is the Iraqi
 * police; "وزير الخارجية الروسي سيرغي لافروف" is one Russian government actor).
 */
public final class ActorAnnotator implements Annotator {
    public static final String ACTORS = "actors";
    private final KnowledgeBase kb;

    public ActorAnnotator(KnowledgeBase kb) { this.kb = kb; }

    @Override public String name() { return "actors"; }
    @Override public Set<String> requires() { return Set.of("tokens"); }
    @Override public Set<String> provides() { return Set.of(ACTORS); }

    /** A chosen reading of one matched phrase. */
    private record Item(int first, int end, ActorEntry entry, String stem) {}

    @Override
    public void annotate(Document doc) {
        List<Token> tokens = doc.tokens();
        if (tokens.isEmpty()) return;
        DocumentContext ctx = new DocumentContext(kb, doc);
        for (int[] s : sentenceRanges(doc)) {
            List<Item> items = readings(tokens, s[0], s[1], ctx);
            compose(doc, tokens, items, s[0]);
        }
    }

    static List<int[]> sentenceRanges(Document doc) {
        List<int[]> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) out.add(new int[] {s.firstToken(), s.endToken()});
        if (out.isEmpty()) out.add(new int[] {0, doc.tokens().size()});
        return out;
    }

    private List<Item> readings(List<Token> tokens, int from, int to, DocumentContext ctx) {
        List<Item> items = new ArrayList<>();
        Map<Integer, List<PhraseIndex.Match<ActorEntry>>> byStart = new HashMap<>();
        List<Integer> starts = new ArrayList<>();
        for (PhraseIndex.Match<ActorEntry> m : kb.actorIndex().scan(tokens, from, to)) {
            byStart.computeIfAbsent(m.firstToken(), k -> { starts.add(k); return new ArrayList<>(); }).add(m);
        }
        for (int start : starts) {
            List<PhraseIndex.Match<ActorEntry>> ms = byStart.get(start);
            PhraseIndex.Match<ActorEntry> m0 = ms.get(0);
            if (ms.stream().anyMatch(m -> m.value().kind().equals(ActorEntry.NOT_ACTOR) && m.endToken() >= m0.endToken())) continue;
            boolean ambiguous = DocumentContext.ambiguousActor(kb, tokens, m0);
            boolean cue = Cues.orgCue(tokens, start, from);
            ActorEntry best = null;
            for (PhraseIndex.Match<ActorEntry> m : ms) {
                ActorEntry e = m.value();
                boolean named = e.kind().equals(ActorEntry.ORG) || e.kind().equals(ActorEntry.PERSON) || e.kind().equals(ActorEntry.COUNTRY);
                if (ambiguous && named && !cue && !ctx.seenUnambiguously(e.kbId())) continue;
                // "أمام" (in front of) is spelled like "إمام": such a role counts only with the article
                if (ambiguous && e.isRole() && !definite(tokens.get(m.firstToken()).norm())) continue;
                if (best == null || better(e, best, ctx)) best = e;
            }
            if (best != null) items.add(new Item(m0.firstToken(), m0.endToken(), best, m0.matchedStem()));
        }
        return items;
    }

    /**
     * A one-word role in the definite adjective form of a relation ("الإرهابي"، "الإرهابية"،
     * "المتطرفين" is not one): such a word after a name is its attribute, not another party.
     */
    private static boolean attributive(List<Token> tokens, Item item) {
        if (!item.entry().isRole() || item.end() - item.first() != 1) return false;
        String n = tokens.get(item.first()).norm();
        if (!n.startsWith("ال")) return false;
        return n.endsWith("ي") || n.endsWith("يه") || n.endsWith("يين") || n.endsWith("يون");
    }

    /**
     * A noun of place right before, or before a nationality adjective ("العاصمة لندن"، "زيارته للعاصمة
     * البريطانية لندن"): the capital is the city named, not its government.
     */
    private static boolean afterPlaceNoun(List<Token> tokens, int i, int sentenceStart) {
        if (i - 1 < sentenceStart || !tokens.get(i - 1).isWord()) return false;
        if (isPlaceNoun(tokens.get(i - 1))) return true;
        String prev = Clitics.withoutConjunction(tokens.get(i - 1).norm());
        boolean adjective = prev.startsWith("ال") && prev.endsWith("يه");
        return adjective && i - 2 >= sentenceStart && tokens.get(i - 2).isWord() && isPlaceNoun(tokens.get(i - 2));
    }

    /** "العاصمة"، "للعاصمة"، "بمدينة": a noun of place, with or without a fused preposition. */
    private static boolean isPlaceNoun(Token t) {
        String w = Clitics.withoutConjunction(t.norm());
        if (w.startsWith("لل")) w = "ال" + w.substring(2);
        else if (w.startsWith("بال") || w.startsWith("كال")) w = w.substring(1);
        else if (w.length() > 3 && (w.startsWith("ب") || w.startsWith("ل"))) w = w.substring(1);
        return Cues.PLACE_WORDS.contains(w) || Cues.PLACE_WORDS.contains(org.marsad.arabic.PhraseIndex.bare(w));
    }

    /** A word of direction right before ("شمال شرقي موسكو"، "جنوب بغداد"): the name says where, not who. */
    private boolean afterDirection(List<Token> tokens, int i, int sentenceStart) {
        if (i - 1 < sentenceStart || !tokens.get(i - 1).isWord()) return false;
        String word = Clitics.withoutConjunction(tokens.get(i - 1).norm());
        for (PhraseIndex.Match<Direction> d : kb.directionIndex().matchesAt(tokens, i - 1, i)) {
            // the word itself, not one carrying a preposition ("بشمال القاهرة" is read with its preposition)
            if (d.value() != Direction.COUNTRY_WORD && word.equals(d.matchedStem())) return true;
        }
        return false;
    }

    private static boolean definite(String norm) {
        String n = org.marsad.arabic.Clitics.withoutConjunction(norm);
        return n.startsWith("ال") || n.startsWith("لل") || n.startsWith("بال") || n.startsWith("كال");
    }

    private static int rank(ActorEntry e) {
        return switch (e.kind()) {
            case ActorEntry.PERSON, ActorEntry.ORG -> 5;
            case ActorEntry.COUNTRY -> 4;
            case ActorEntry.CAPITAL -> 3;
            case ActorEntry.NATIONALITY -> 2;
            case ActorEntry.OFFICE -> 1;
            default -> 0;
        };
    }

    private static boolean better(ActorEntry a, ActorEntry b, DocumentContext ctx) {
        int ca = ctx.countryCount(a.country()), cb = ctx.countryCount(b.country());
        if (a.country() != null && b.country() != null && !a.country().equals(b.country()) && ca != cb) return ca > cb;
        return rank(a) > rank(b);
    }

    private void compose(Document doc, List<Token> tokens, List<Item> items, int sentenceStart) {
        LocalDate day = doc.referenceDate();
        int i = 0;
        while (i < items.size()) {
            Item cur = items.get(i);
            ActorEntry e = cur.entry();
            int end = cur.end();
            int j = i + 1;
            Map<String, Object> attrs = new HashMap<>();
            String country = e.country(), org = e.org(), sector = e.sector(), kind = e.kind(), name = e.name(), kbId = e.kbId();
            if (e.isRole()) {
                kind = ActorEntry.ROLE;
                while (j < items.size() && items.get(j).first() == end && items.get(j).entry().isRole()
                        && construct(tokens, end - 1, items.get(j).first())) {
                    sector = combine(sector, items.get(j).entry().sector());
                    end = items.get(j).end();
                    j++;
                }
                if (j < items.size() && near(tokens, end, items.get(j).first())) {
                    ActorEntry n = items.get(j).entry();
                    if (n.kind().equals(ActorEntry.NATIONALITY) || n.kind().equals(ActorEntry.COUNTRY)) {
                        country = n.country();
                        name = n.name();
                        end = items.get(j).end();
                        j++;
                    } else if (n.kind().equals(ActorEntry.ORG) && items.get(j).first() == end) {
                        country = n.country();
                        org = n.org();
                        sector = n.sector();
                        name = n.name();
                        kbId = n.kbId();
                        kind = ActorEntry.ORG;
                        end = items.get(j).end();
                        j++;
                    }
                }
                int member = country == null && org == null && j < items.size() ? memberOf(tokens, end, items.get(j)) : -1;
                if (member >= 0) {
                    // "مسؤول كبير في الأمم المتحدة"، "الشرطة في العراق": the role belongs to that body or country
                    ActorEntry n = items.get(j).entry();
                    country = n.country();
                    if (n.isRole()) {
                        // "مسؤولون في الجيش الأمريكي": officials of that body, of its country if named
                        sector = n.sector();
                        if (j + 1 < items.size() && near(tokens, items.get(j).end(), items.get(j + 1).first())) {
                            ActorEntry c = items.get(j + 1).entry();
                            if (c.kind().equals(ActorEntry.NATIONALITY) || c.kind().equals(ActorEntry.COUNTRY)) {
                                country = c.country();
                                name = c.name();
                                j++;
                            }
                        }
                    } else if (n.kind().equals(ActorEntry.ORG)) {
                        org = n.org();
                        if ("IGO".equals(n.sector()) || "NGO".equals(n.sector())) sector = n.sector();
                        kbId = n.kbId();
                        name = n.name();
                        kind = ActorEntry.ORG;
                    } else {
                        name = n.name();
                    }
                    end = items.get(j).end();
                    j++;
                }
                // "رئيس الوزراء السابق نواز شريف": a former office says who the person was, not what they are
                boolean former = end < tokens.size() && Cues.FORMER.contains(Clitics.withoutConjunction(tokens.get(end).norm()));
                int personAt = former ? end + 1 : end;
                if (j < items.size() && items.get(j).first() == personAt && items.get(j).entry().kind().equals(ActorEntry.PERSON)) {
                    ActorEntry p = items.get(j).entry();
                    ActorEntry.PersonRole r = p.roleOn(day);
                    if (country == null && r != null) country = r.country();
                    if (org == null && r != null) org = r.org();
                    if (former) sector = r == null ? null : r.sector();
                    name = p.name();
                    kbId = p.kbId();
                    kind = "title";
                    end = items.get(j).end();
                    j++;
                }
                if (country == null && org == null) {
                    attrs.put("bare_role", true);
                    kbId = "ROLE/" + sector;
                    name = e.name();
                } else if (!kind.equals("title") && !kind.equals(ActorEntry.ORG)) {
                    kbId = (country != null ? country : org) + "/" + sector;
                    name = name + " " + sector;
                }
            } else if (e.kind().equals(ActorEntry.PERSON)) {
                ActorEntry.PersonRole r = e.roleOn(day);
                if (r != null) { country = r.country(); org = r.org(); sector = r.sector(); }
            }
            if (e.kind().equals(ActorEntry.ORG) || e.kind().equals(ActorEntry.PERSON)) {
                // "تنظيم داعش الإرهابي": an adjective of a role right after a name describes it
                while (j < items.size() && items.get(j).first() == end && attributive(tokens, items.get(j))) {
                    end = items.get(j).end();
                    j++;
                }
            } else if (e.kind().equals(ActorEntry.CAPITAL)) {
                if (Cues.afterPlacePreposition(tokens, cur.first(), sentenceStart, cur.stem())
                        || afterDirection(tokens, cur.first(), sentenceStart)
                        || afterPlaceNoun(tokens, cur.first(), sentenceStart)) attrs.put("after_place_preposition", true);
            }
            attrs.put("kind", kind);
            String proclitic = Cues.proclitic(tokens.get(cur.first()), cur.stem());
            if (proclitic != null) attrs.put("proclitic", proclitic);
            int start = tokens.get(cur.first()).start(), stop = tokens.get(end - 1).end();
            ActorRef ref = new ActorRef(doc.slice(start, stop), name, country, org, sector, kbId, start, stop);
            doc.addMention(new Mention(MentionTypes.ACTOR, start, stop, cur.first(), end, ref, attrs));
            i = j;
        }
    }

    /** Prepositions that tie a role to the body or country it belongs to. */
    private static final Set<String> MEMBERSHIP = Set.of("في", "لدي", "داخل");

    /**
     * The index of the membership preposition when {@code next} (an organisation, a country or a body)
     * follows the role through it ("مسؤول في الأمم المتحدة"، "مسؤول كبير في"، "المتظاهرين في
     * إيران"), allowing one qualifying word between the role and the preposition; else -1.
     */
    private static int memberOf(List<Token> tokens, int roleEnd, Item next) {
        String kind = next.entry().kind();
        if (!kind.equals(ActorEntry.ORG) && !kind.equals(ActorEntry.COUNTRY) && !next.entry().isRole()) return -1;
        int prep = next.first() - 1;
        if (prep < roleEnd || prep > roleEnd + 1) return -1;
        if (!MEMBERSHIP.contains(tokens.get(prep).norm())) return -1;
        if (prep == roleEnd + 1) {
            Token between = tokens.get(roleEnd);
            // the qualifier agrees with the role in definiteness: "مسؤول كبير"، "المسؤول الكبير"
            boolean roleDefinite = tokens.get(roleEnd - 1).norm().startsWith("ال");
            if (!between.isWord() || between.norm().startsWith("ال") != roleDefinite) return -1;
        }
        return prep;
    }

    /**
     * Two role nouns form one actor only as a construct ("عناصر الشرطة", "مسلحي المعارضة"): the
     * first without the article, the second with it; "السلطات متظاهرين" are two actors.
     */
    private static boolean construct(List<Token> tokens, int lastOfFirst, int firstOfSecond) {
        String a = org.marsad.arabic.Clitics.withoutConjunction(tokens.get(lastOfFirst).norm());
        String b = tokens.get(firstOfSecond).norm();
        boolean bDefinite = b.startsWith("ال") || b.startsWith("لل");
        return bDefinite && !a.startsWith("ال");
    }

    /** Adjacent, or one article-bearing word apart ("الجيش العربي السوري"). */
    private static boolean near(List<Token> tokens, int end, int next) {
        if (next == end) return true;
        if (next != end + 1) return false;
        Token t = tokens.get(end);
        return t.isWord() && t.norm().startsWith("ال") && t.norm().length() > 3;
    }

    /** Two role nouns in a row: armed men of the opposition are rebels, not opposition. */
    private static String combine(String first, String second) {
        if (first == null) return second;
        if ("OPP".equals(second) && ("MIL".equals(first) || "REB".equals(first))) return "REB";
        return first;
    }
}
