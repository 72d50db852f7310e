package org.marsad.core;

/**
 * A number read from text. {@code bound} marks lower bounds ("ما لا يقل عن 12", "أكثر من 50");
 * {@code vague} marks vague quantities (عشرات، مئات، آلاف), usable only as participants.
 * {@code noun} is the counted noun's normalised form when it was fused with the number
 * (a dual such as "قتيلان"), else null.
 */
public record Quantity(long value, boolean bound, boolean vague, String noun) {}
