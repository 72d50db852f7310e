package org.marsad.spark;

import java.nio.charset.CharacterCodingException;
import org.marsad.core.Document;
import org.marsad.core.io.DocumentReader;
import org.marsad.core.io.DocumentSink;
import org.marsad.core.io.HtmlTextExtractor;
import org.marsad.core.io.InputError;
import org.marsad.core.io.Utf8;

/** A text or HTML file as one document, with the same checks and id as the command line's reader. */
final class WholeFileDocuments {
    private WholeFileDocuments() {}

    static void read(String path, String fileName, byte[] bytes, boolean isHtml, HtmlTextExtractor html, DocumentSink sink) {
        if (bytes.length > DocumentReader.MAX_FILE_BYTES) {
            sink.error(new InputError(path, "file of " + bytes.length + " bytes is larger than the limit of " + DocumentReader.MAX_FILE_BYTES));
            return;
        }
        if (Utf8.looksBinary(bytes)) {
            sink.error(new InputError(path, "binary file, not text"));
            return;
        }
        String text;
        try {
            text = Utf8.decodeStrict(bytes);
        } catch (CharacterCodingException e) {
            sink.error(new InputError(path, "not valid UTF-8 text"));
            return;
        }
        String id = baseName(fileName);
        if (isHtml) {
            HtmlTextExtractor.Page page = html.extract(text);
            sink.accept(new Document(id, page.text(), page.title(), null, null, null, path));
        } else {
            sink.accept(new Document(id, text, null, null, null, null, path));
        }
    }

    /** The file name up to its first dot, as the command line names text documents. */
    static String baseName(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
