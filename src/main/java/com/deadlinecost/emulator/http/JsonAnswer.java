package com.deadlinecost.emulator.http;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;

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

    /**
     * The body as UTF-8 bytes, for a response with a Content-Length. Written through the mapper, whose recycled
     * buffers grow in segments: a page of rows is copied once, not at every doubling of a byte array.
     */
    default byte[] toBytes() {
        JsonAnswer answer = this;
        return JsonBodies.MAPPER.writeValueAsBytes(new JacksonSerializable.Base() {
            @Override
            public void serialize(JsonGenerator out, SerializationContext context) {
                answer.writeTo(out);
            }

            @Override
            public void serializeWithType(JsonGenerator out, SerializationContext context, TypeSerializer types) {
                answer.writeTo(out);
            }
        });
    }
}
