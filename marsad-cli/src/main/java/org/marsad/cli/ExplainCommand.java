package org.marsad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.RecordJson;
import org.marsad.engine.MarsadEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how a text is read: mentions found, each trigger and why it was coded or not, and the records.")
final class ExplainCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    @Parameters(arity = "1", description = "The Arabic text to read.") String text;
    @Option(names = "--date", description = "Reference date (ISO) for relative dates.") String date;

    @Override
    public Integer call() {
        MarsadEngine engine = knowledge.engine();
        engine.coder().setTrace(System.out::println);
        Document doc = new Document("explain", text, null, date == null ? null : java.time.LocalDate.parse(date), null, null, "explain");
        List<EventRecord> records = engine.extract(doc);
        for (Mention m : doc.mentions()) {
            // a date is shown in its ISO form (the JSON codec does not write java.time values)
            Object value = m.value() instanceof org.marsad.core.DateValue d ? d.iso() + " (" + d.precision() + ")" : RecordJson.write(m.value());
            System.out.printf("mention %-6s [%s] %s%n", m.type(), doc.slice(m.start(), m.end()), value);
        }
        for (EventRecord r : records) System.out.println(RecordJson.write(r));
        return 0;
    }
}
