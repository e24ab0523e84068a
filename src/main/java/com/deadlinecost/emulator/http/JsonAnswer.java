package com.deadlinecost.emulator.http;

import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON body of an answer, written straight to a generator. Small answers are trees ({@link #of(JsonNode)});
 * an aggregation page of thousands of rows is written field by field, so serving it builds no node per value.
 */
@FunctionalInterface
public interface JsonAnswer {

    /** Writes the whole body (one JSON value) to {@code out}. */
    void writeTo(JsonGenerator out);

    /** The answer that writes {@code tree}. */
    static JsonAnswer of(JsonNode tree) {
        return out -> out.writeTree(tree);
    }

    /** The body as UTF-8 bytes, for a response with a Content-Length. */
    default byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator out = JsonBodies.MAPPER.createGenerator(bytes)) {
            writeTo(out);
        }
        return bytes.toByteArray();
    }
}
