/**
 * Time expressions in Arabic news. {@link org.marsad.arabic.time.DateReader} finds and normalises them
 * against a reference date; {@link org.marsad.arabic.time.ReferenceDateAnnotator} reads a dateline when a
 * document has no date; {@link org.marsad.arabic.time.DateAnnotator} adds DATE mentions;
 * {@link org.marsad.arabic.time.EventDates} picks an event's date from its trigger. Vocabulary lives in
 * the TSV files next to these classes.
 */
package org.marsad.arabic.time;
