package org.marsad.engine.coding;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.Mention;
import org.marsad.core.record.ActorRef;
import org.marsad.engine.lexicon.Cues;

/**
 * Reads who a sentence cites: the subject of a reporting verb ("وقالت الشرطة إن ...") claims
 * what follows it; "بحسب X" makes X the claimant of the whole sentence; "نقلت وكالة X عن Y"
 * makes Y the claimant and X the relay; a sentence that continues a statement ("وأضاف")
 * keeps the previous speaker. Also reads hedges and "could not be verified".
 */
public final class Attributor {
    /** A claimant and the token where its reporting frame starts. */
    public record Claim(ActorRef claimant, int token, List<String> relayedBy, int complementEnd) {
        Claim(ActorRef claimant, int token, List<String> relayedBy) { this(claimant, token, relayedBy, -1); }
    }

    public final class SentenceClaims {
        private final List<Claim> byReportVerb = new ArrayList<>();
        private Claim according;
        private Claim inherited;
        private final List<int[]> reportVerbs = new ArrayList<>();
        private boolean hedged;
        private Boolean verified;

        public ActorRef claimantFor(int triggerToken) {
            Claim c = claimFor(triggerToken);
            return c == null ? null : c.claimant();
        }

        public List<String> relayedFor(int triggerToken) {
            Claim c = claimFor(triggerToken);
            return c == null ? List.of() : c.relayedBy();
        }

        private Claim claimFor(int triggerToken) {
            Claim found = null;
            for (Claim c : byReportVerb) if (c.token() < triggerToken) found = c;
            if (found != null) return found;
            if (according != null) return according;
            return inherited;
        }

        /** True when the token follows a reporting verb and its complementiser ("قال X إن ..."). */
        public boolean insideReportedSpeech(int token) {
            for (Claim c : byReportVerb) if (c.token() < token && c.complementEnd() >= 0 && c.complementEnd() <= token) return true;
            return false;
        }

        public boolean isReportVerb(int token) {
            for (int[] r : reportVerbs) if (token >= r[0] && token < r[1]) return true;
            return false;
        }

        public boolean hedged() { return hedged; }

        /** Every claim the sentence makes, for the article's tally of its sources. */
        public List<Claim> all() {
            List<Claim> out = new ArrayList<>(byReportVerb);
            if (according != null) out.add(according);
            return out;
        }

        public Boolean verified() { return verified; }

        /** The claim that a following "وأضاف" sentence continues. */
        public Claim lastClaim() {
            if (!byReportVerb.isEmpty()) return byReportVerb.get(byReportVerb.size() - 1);
            return according != null ? according : inherited;
        }
    }

    private static final int SUBJECT_REACH = 4;

    private final Cues cues;

    public Attributor(Cues cues) {
        this.cues = cues;
    }

    public SentenceClaims read(SentenceView v, Claim previous) {
        SentenceClaims out = new SentenceClaims();
        int i = v.first();
        while (i < v.end()) {
            Cues.Hit h = v.cue(i);
            if (h == null) { i++; continue; }
            // "وأضاف"، "وأكد" are reporting verbs too; the cue list keeps them apart to mark continuation
            if (h.categories().contains(Cues.REPORT) || h.categories().contains(Cues.CONTINUE)) {
                out.reportVerbs.add(new int[] {i, h.end()});
                // the speaker stands between the verb and its "إن/أن": a noun after them is what is reported
                int reach = Math.min(v.end(), h.end() + SUBJECT_REACH);
                int that = thatAfter(v, h.end(), reach);
                if (that >= 0) reach = that;
                Mention subject = actorIn(v, h.end(), reach);
                if (subject != null) {
                    ActorRef claimant = subject.value(ActorRef.class);
                    List<String> relayed = List.of();
                    Mention original = chainedSource(v, subject.endToken());
                    if (original != null) {
                        relayed = List.of(claimant.text());
                        claimant = original.value(ActorRef.class);
                    }
                    out.byReportVerb.add(new Claim(claimant, i, relayed, complementiser(v, subject.endToken())));
                }
            }
            if (h.categories().contains(Cues.ACCORDING) && out.according == null) {
                Mention src = actorIn(v, h.end(), Math.min(v.end(), h.end() + 3));
                if (src != null) out.according = new Claim(src.value(ActorRef.class), i, List.of());
            }
            if (h.categories().contains(Cues.HEDGE)) out.hedged = true;
            if (h.categories().contains(Cues.UNVERIFIED)) out.verified = Boolean.FALSE;
            i = Math.max(i + 1, h.end());
        }
        // "وأضاف أن ..." without a speaker of its own continues the previous speaker's words
        if (previous != null && v.cueEnd(v.first(), Cues.CONTINUE) > 0 && out.byReportVerb.stream().noneMatch(c -> c.token() == v.first())) {
            out.inherited = previous;
        }
        return out;
    }

    /** The token after "إن/أن" or a colon that opens the reported words, or -1. */
    private static int complementiser(SentenceView v, int from) {
        for (int i = from; i < Math.min(v.end(), from + 8); i++) {
            String n = v.token(i).norm();
            if (n.equals("ان") || n.equals("بان") || n.equals(":") || n.equals("\"") || n.equals("«")) return i + 1;
        }
        return -1;
    }

    /** The first "إن/أن" in [from, to), or -1. */
    private static int thatAfter(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            String n = v.token(i).norm();
            if (n.equals("ان") || n.equals("بان")) return i;
        }
        return -1;
    }

    /** "X ... عن Y": the original source Y that X relays, just after X. */
    private Mention chainedSource(SentenceView v, int from) {
        for (int i = from; i < Math.min(v.end(), from + 3); i++) {
            int e = v.cueEnd(i, "chain");
            if (e > 0) return actorIn(v, e, Math.min(v.end(), e + 2));
        }
        return null;
    }

    private static Mention actorIn(SentenceView v, int from, int to) {
        return v.actorOrShortName(from, to);
    }
}
