package org.marsad.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * One actor known to the knowledge base: a country, a nationality adjective, a capital used for
 * the government, an organisation, a role noun, an office or a person.
 *
 * @param kind     one of the {@code KIND_*} constants
 * @param country  ISO3 code, or null
 * @param org      organisation code, or null
 * @param sector   PLOVER sector, or null
 * @param roles    for a person, the date-ranged roles (empty otherwise)
 */
public record ActorEntry(String kbId, String kind, String name, String country, String org, String sector,
                         List<PersonRole> roles) {
    public static final String COUNTRY = "country";
    public static final String NATIONALITY = "nationality";
    public static final String CAPITAL = "capital";
    public static final String ORG = "org";
    public static final String ROLE = "role";
    /** A phrase that starts with a role noun but names none ("القضاء على": to eliminate): it hides the role. */
    public static final String NOT_ACTOR = "not-actor";
    public static final String OFFICE = "office";
    public static final String PERSON = "person";

    public ActorEntry {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A role a person held between two dates (either may be null: open). */
    public record PersonRole(String country, String org, String sector, LocalDate from, LocalDate to) {
        public boolean covers(LocalDate day) {
            return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** The role held on {@code day}; else the latest one begun before it; else the first. */
    public PersonRole roleOn(LocalDate day) {
        if (roles.isEmpty()) return null;
        PersonRole best = null;
        for (PersonRole r : roles) {
            if (r.covers(day)) return r;
            if (day != null && r.from() != null && !r.from().isAfter(day)
                    && (best == null || best.from() == null || r.from().isAfter(best.from()))) best = r;
        }
        return best != null ? best : roles.get(0);
    }

    public boolean isRole() { return ROLE.equals(kind) || OFFICE.equals(kind); }
}
