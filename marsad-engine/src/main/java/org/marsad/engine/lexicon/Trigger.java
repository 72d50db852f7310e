package org.marsad.engine.lexicon;

import java.util.Set;

/** What a trigger word reports: PLOVER type and mode, CAMEO code, and coding flags (see triggers.tsv). */
public record Trigger(String event, String mode, String cameo, Set<String> flags, int line, boolean noun) {
    /** The event of a stop phrase: it takes its words away from the triggers inside it. */
    public static final String NONE = "NONE";

    public boolean is(String flag) { return flags.contains(flag); }

    public boolean speech() { return flags.contains("speech"); }

    public boolean weak() { return flags.contains("weak"); }
}
