package org.marsad.core.io;

/**
 * Whether a document fits the heap this process may use. A document is analysed whole: its
 * tokens, stems, sentences and mentions take about {@link #BYTES_PER_CHAR} bytes for every
 * character of text (measured with ExtractBenchmark, see docs/robustness.md). A document that
 * would not fit is refused with a message saying how to make room, instead of ending the run
 * with an out-of-memory error that takes the other documents down with it.
 */
public final class MemoryBudget {
    /** Heap held while a document is analysed, per character of its text (measured: about 53). */
    public static final long BYTES_PER_CHAR = 56;
    /** The share of the heap one document may take: the rest is for the engine and the other threads. */
    static final double SHARE = 0.65;

    private MemoryBudget() {}

    /** The longest text, in characters, that fits a heap of {@code maxHeapBytes}. */
    public static long maxChars(long maxHeapBytes) {
        return (long) (maxHeapBytes * SHARE) / BYTES_PER_CHAR;
    }

    /** Null when the text fits this process's heap, else the reason it does not, in words a user can act on. */
    public static String refusal(int textLength) {
        return refusal(textLength, Runtime.getRuntime().maxMemory());
    }

    static String refusal(int textLength, long maxHeapBytes) {
        long max = maxChars(maxHeapBytes);
        if (textLength <= max) return null;
        long needMb = (long) Math.ceil(textLength * (double) BYTES_PER_CHAR / SHARE / (1024 * 1024));
        return "document of " + textLength + " characters is too long for a heap of " + maxHeapBytes / (1024 * 1024)
                + " MB (the limit is " + max + " characters); split it, or give Java about " + needMb
                + " MB (MARSAD_JAVA_OPTS=-Xmx" + ((needMb + 1023) / 1024) + "g)";
    }
}
