package org.marsad.engine.lexicon;

import java.util.HashSet;
import java.util.Set;
import org.marsad.arabic.Tsv;

/** Sectors that never do acts of some types (never-doers.tsv): the press does not attack, arrest or sanction. */
public final class NeverDoers {
    private static final NeverDoers SHIPPED = new NeverDoers();

    private final Set<String> sectorAndType = new HashSet<>();

    private NeverDoers() {
        for (Tsv.Row row : Tsv.resource(NeverDoers.class, "/org/marsad/engine/never-doers.tsv")) {
            for (String type : row.col(1).split(",")) sectorAndType.add(row.col(0) + "/" + type.trim());
        }
    }

    public static NeverDoers shipped() { return SHIPPED; }

    /** True when a party of this sector never does an act of this type. */
    public boolean never(String sector, String type) {
        return sector != null && sectorAndType.contains(sector + "/" + type);
    }
}
