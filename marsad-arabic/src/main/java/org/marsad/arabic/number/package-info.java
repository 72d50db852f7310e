/**
 * Numbers and counts in Arabic news. {@link org.marsad.arabic.number.NumberReader} reads digits, number
 * words, duals, bounds and vague quantities; {@link org.marsad.arabic.number.NumberAnnotator} adds NUMBER
 * mentions; {@link org.marsad.arabic.number.SizeReader} gives an event's dead, injured, arrested and
 * participant counts. Vocabulary lives in the TSV files next to these classes.
 */
package org.marsad.arabic.number;
