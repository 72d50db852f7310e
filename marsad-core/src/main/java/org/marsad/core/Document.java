package org.marsad.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One input article and the layers that pipeline stages add to it. Every layer keeps
 * offsets (UTF-16 code units, end exclusive) into {@link #text()} exactly as read, so
 * any field of any record can be shown as highlighted evidence.
 */
public final class Document {
    private final String id;
    private final String text;
    private final String title;
    private final LocalDate date;
    private final String source;
    private final String url;
    private final String origin;

    private List<Sentence> sentences = List.of();
    private List<Token> tokens = List.of();
    private LocalDate referenceDate;
    private final List<Mention> mentions = new ArrayList<>();
    /** System.nanoTime() after which work on this document stops; no limit by default. */
    private long deadlineNanos = Long.MAX_VALUE;
    private long limitMillis;

    public Document(String id, String text, String title, LocalDate date, String source, String url, String origin) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.title = title;
        this.date = date;
        this.source = source;
        this.url = url;
        this.origin = origin;
    }

    public static Document of(String id, String text) {
        return new Document(id, text, null, null, null, null, id);
    }

    public String id() { return id; }
    public String text() { return text; }
    public String title() { return title; }
    /** The date given with the document (its publication date), or null. */
    public LocalDate date() { return date; }
    public String source() { return source; }
    public String url() { return url; }
    /** Where the document came from (file and line), for error messages. */
    public String origin() { return origin; }

    /**
     * Gives the work on this document a time limit from now: the stages check it between steps
     * ({@link #checkTime()}), so one pathological document cannot hold a run of thousands.
     */
    public void limitTime(long millis) {
        limitMillis = millis;
        deadlineNanos = System.nanoTime() + millis * 1_000_000L;
    }

    /** Throws {@link DocumentTimeout} once the document's time limit has passed. */
    public void checkTime() {
        if (System.nanoTime() > deadlineNanos) throw new DocumentTimeout("took longer than its limit of " + limitMillis + " ms");
    }

    public List<Sentence> sentences() { return sentences; }
    public void setSentences(List<Sentence> sentences) { this.sentences = List.copyOf(sentences); }

    /** The index of the sentence holding the token (binary search: sentences are in text order), or -1. */
    public int sentenceIndexOf(int token) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (token < s.firstToken()) hi = mid - 1;
            else if (token >= s.endToken()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    public List<Token> tokens() { return tokens; }
    public void setTokens(List<Token> tokens) { this.tokens = List.copyOf(tokens); }

    /** The date relative expressions are read against: the given date, else the dateline. */
    public LocalDate referenceDate() { return referenceDate != null ? referenceDate : date; }
    public void setReferenceDate(LocalDate referenceDate) { this.referenceDate = referenceDate; }

    public List<Mention> mentions() { return Collections.unmodifiableList(mentions); }
    public void addMention(Mention mention) { mentions.add(mention); }

    public String slice(int start, int end) { return text.substring(start, end); }
}
