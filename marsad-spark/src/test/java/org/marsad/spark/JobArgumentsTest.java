package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {
    @Test
    void lastPositionalIsTheOutput() {
        JobArguments a = JobArguments.parse(new String[] {"hdfs:///news/2023", "s3a://b/news/*.jsonl.gz", "hdfs:///out",
                "--partition-by", "month", "--partitions", "64", "--no-merge", "--overwrite"});
        assertEquals(List.of("hdfs:///news/2023", "s3a://b/news/*.jsonl.gz"), a.options.inputs());
        assertEquals("hdfs:///out", a.options.output());
        assertEquals(DatePartitioning.MONTH, a.options.partitionBy());
        assertEquals(64, a.options.partitions());
        assertFalse(a.options.merge());
        assertTrue(a.options.overwrite());
    }

    @Test
    void benchTakesInputsOnly() {
        JobArguments a = JobArguments.parse(new String[] {"--bench", "in.jsonl.gz", "--master", "local[2]"});
        assertTrue(a.bench);
        assertEquals(List.of("in.jsonl.gz"), a.options.inputs());
        assertNull(a.options.output());
        assertEquals("local[2]", a.master);
    }

    @Test
    void mistakesAreExplained() {
        assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(new String[] {"only-one"}));
        assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(new String[] {"a", "b", "--partition-by", "week"}));
        assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(new String[] {"a", "b", "--frobnicate"}));
        assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(new String[] {"a", "b", "--partitions"}));
    }
}
