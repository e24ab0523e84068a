package com.deadlinecost.emulator.aggregation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dictionary encoding of one string column: each distinct value gets a dense int code. */
final class Dictionary {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int encode(String value) {
        Integer code = codes.get(value);
        if (code != null) {
            return code;
        }
        int next = values.size();
        codes.put(value, next);
        values.add(value);
        return next;
    }

    /** The code of {@code value}, or -1 when the column never held it. */
    int find(String value) {
        Integer code = codes.get(value);
        return code == null ? -1 : code;
    }

    String value(int code) {
        return values.get(code);
    }

    int size() {
        return values.size();
    }
}
