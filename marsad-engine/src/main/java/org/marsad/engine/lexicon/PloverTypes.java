package org.marsad.engine.lexicon;

import java.util.HashMap;
import java.util.Map;
import org.marsad.arabic.Tsv;

/** Quad class, default CAMEO code and merge family of each PLOVER type (plover-types.tsv). */
public final class PloverTypes {
    public record Type(String name, String quad, String cameo, String family) {}

    private final Map<String, Type> types = new HashMap<>();

    public PloverTypes() {
        for (Tsv.Row r : Tsv.resource(PloverTypes.class, "/org/marsad/engine/plover-types.tsv")) {
            types.put(r.col(0), new Type(r.col(0), r.col(1), r.col(2), r.col(3)));
        }
    }

    public Type get(String name) {
        Type t = types.get(name);
        if (t == null) throw new IllegalArgumentException("unknown PLOVER type " + name);
        return t;
    }

    public boolean isStatement(String name) { return "statement".equals(get(name).family()); }
}
