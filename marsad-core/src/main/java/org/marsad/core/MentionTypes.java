package org.marsad.core;

/** The mention types stages exchange, and the value class each carries. */
public final class MentionTypes {
    /** value: {@link org.marsad.core.record.ActorRef}; attrs may hold "kind" (country, nationality, capital, org, role, person, title). */
    public static final String ACTOR = "ACTOR";
    /** value: {@link org.marsad.core.record.PlaceRef} (null coordinates when unresolved). */
    public static final String PLACE = "PLACE";
    /** value: {@link DateValue}. */
    public static final String DATE = "DATE";
    /** value: {@link Quantity}. */
    public static final String NUMBER = "NUMBER";
    /** value: String entity type PER, LOC, ORG or MISC, from the statistical recogniser. */
    public static final String NAME = "NAME";

    private MentionTypes() {}
}
