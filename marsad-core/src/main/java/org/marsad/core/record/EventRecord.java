package org.marsad.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The article-level event record: the output contract of {@code extract}. */
@JsonPropertyOrder({"id", "doc_id", "source", "url", "published", "event", "mode", "context", "cameo", "quad",
        "date", "date_precision", "date_source", "date_text", "actor", "recipient", "location", "locations", "size",
        "attribution", "status", "denies", "trigger", "evidence", "confidence", "engine"})
public record EventRecord(
        String id,
        @JsonProperty("doc_id") String docId,
        String source,
        String url,
        String published,
        String event,
        String mode,
        List<String> context,
        String cameo,
        String quad,
        String date,
        @JsonProperty("date_precision") String datePrecision,
        @JsonProperty("date_source") String dateSource,
        @JsonProperty("date_text") String dateText,
        ActorRef actor,
        ActorRef recipient,
        PlaceRef location,
        List<PlaceRef> locations,
        Size size,
        Attribution attribution,
        Status status,
        String denies,
        TextSpan trigger,
        TextSpan evidence,
        double confidence,
        String engine) {

    public Builder toBuilder() { return new Builder(this); }

    public static Builder builder() { return new Builder(); }

    /** Mutable builder: records are assembled in several passes (arguments, attribution, merging). */
    public static final class Builder {
        public String id, docId, source, url, published, event, mode, cameo, quad, date, datePrecision, dateSource, dateText, denies, engine;
        public List<String> context;
        public ActorRef actor, recipient;
        public PlaceRef location;
        public List<PlaceRef> locations;
        public Size size = Size.EMPTY;
        public Attribution attribution = Attribution.NONE;
        public Status status = Status.FACTUAL;
        public TextSpan trigger, evidence;
        public double confidence;

        Builder() {}

        Builder(EventRecord r) {
            id = r.id; docId = r.docId; source = r.source; url = r.url; published = r.published; event = r.event;
            mode = r.mode; context = r.context; cameo = r.cameo; quad = r.quad; date = r.date; datePrecision = r.datePrecision;
            dateSource = r.dateSource; dateText = r.dateText; actor = r.actor; recipient = r.recipient; location = r.location;
            locations = r.locations; size = r.size; attribution = r.attribution; status = r.status; denies = r.denies;
            trigger = r.trigger; evidence = r.evidence; confidence = r.confidence; engine = r.engine;
        }

        public EventRecord build() {
            return new EventRecord(id, docId, source, url, published, event, mode, context, cameo, quad, date, datePrecision,
                    dateSource, dateText, actor, recipient, location, locations, size, attribution, status, denies, trigger,
                    evidence, confidence, engine);
        }
    }
}
