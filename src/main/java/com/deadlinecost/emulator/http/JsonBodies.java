package com.deadlinecost.emulator.http;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The emulator's one JSON mapper, and the ISO-8601 timestamps the Deadline Cloud API uses. */
public final class JsonBodies {
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonBodies() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
