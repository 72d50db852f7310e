package org.marsad.engine.coding;

import java.util.List;
import java.util.function.Predicate;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.Attribution;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.engine.lexicon.UnnamedDoers;

/**
 * A party the text does not name ("قُتل شخصان في تظاهرة"، "وألقي القبض على اثنين من المهاجمين")
 * is coded as event datasets code it, an unidentified party of the country where the event
 * happened: country set, no organisation, no text span and {@link ActorRef#UNIDENTIFIED} as its
 * name, so a reader can always tell it from a party the text names. An unidentified doer takes the
 * sector its act implies ({@link UnnamedDoers}: an attacker is an armed group, an arrester the
 * police); an unidentified recipient takes none. Runs after repeated mentions are
 * merged: an unidentified doer must not make two anonymous acts one.
 */
public final class UnidentifiedParties {
    private UnidentifiedParties() {}

    public static void fill(List<EventRecord> records, Predicate<String> isStatement) {
        for (int i = 0; i < records.size(); i++) {
            EventRecord r = records.get(i);
            String country = countryOf(r.location());
            if (country == null || (r.actor() != null && r.recipient() != null)) continue;
            EventRecord.Builder b = r.toBuilder();
            if (b.actor == null) {
                b.actor = ActorRef.unidentified(country).withSector(UnnamedDoers.shipped().sector(r.event(), r.mode()));
                // a statement is claimed by its speaker, named or not
                Attribution a = r.attribution();
                if (isStatement.test(r.event()) && (a == null || a.claimant() == null)) {
                    b.attribution = a == null ? new Attribution(b.actor, List.of(), false, null)
                            : new Attribution(b.actor, a.relayedBy(), a.hedged(), a.verified());
                }
            }
            if (b.recipient == null) b.recipient = ActorRef.unidentified(country);
            records.set(i, b.build());
        }
    }

    private static String countryOf(PlaceRef place) {
        return place == null ? null : place.country();
    }
}
