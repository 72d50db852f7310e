package org.marsad.ner;

import java.util.List;

/** The train / held-out split used for every figure: the held-out part is the tail of the file, never trained on. */
public final class HeldOutSplit {
    private HeldOutSplit() {}

    /** The first {@code 1 - heldoutFraction} of the sentences, in order (the training part of a split). */
    public static List<ConllSentence> head(List<ConllSentence> all, double heldoutFraction) {
        return all.subList(0, splitPoint(all.size(), heldoutFraction));
    }

    /** The last {@code heldoutFraction} of the sentences, in order. */
    public static List<ConllSentence> tail(List<ConllSentence> all, double heldoutFraction) {
        return all.subList(splitPoint(all.size(), heldoutFraction), all.size());
    }

    static int splitPoint(int n, double heldoutFraction) {
        if (heldoutFraction < 0 || heldoutFraction >= 1) throw new IllegalArgumentException("held-out fraction must be in [0, 1)");
        return n - (int) Math.round(n * heldoutFraction);
    }

}
