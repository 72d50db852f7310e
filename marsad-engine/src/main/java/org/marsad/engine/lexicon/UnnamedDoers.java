package org.marsad.engine.lexicon;

import java.util.HashMap;
import java.util.Map;
import org.marsad.arabic.Tsv;

/** The sector an act implies for a doer the text does not name (unnamed-doers.tsv). */
public final class UnnamedDoers {
    private static final String ANY_MODE = "*";
    private static final UnnamedDoers SHIPPED = new UnnamedDoers();

    private final Map<String, String> sectorByTypeAndMode = new HashMap<>();

    private UnnamedDoers() {
        for (Tsv.Row row : Tsv.resource(UnnamedDoers.class, "/org/marsad/engine/unnamed-doers.tsv")) {
            sectorByTypeAndMode.put(row.col(0) + "/" + row.col(1), row.col(2));
        }
    }

    public static UnnamedDoers shipped() { return SHIPPED; }

    /** The implied sector, or null when the type implies none. */
    public String sector(String type, String mode) {
        String byMode = mode == null ? null : sectorByTypeAndMode.get(type + "/" + mode);
        return byMode != null ? byMode : sectorByTypeAndMode.get(type + "/" + ANY_MODE);
    }
}
