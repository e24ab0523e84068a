package com.deadlinecost.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Hostile values and byte-level mutations, shared by the fuzz suites. */
public final class Mutations {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Values people and programs get wrong: empties, extremes, control characters, paths, numbers as text. */
    public static final List<String> NASTY = List.of("", " ", "-", "--", "0", "-1", "99999", "1e30", "-1e30", "NaN",
        "null", "true", "[]", "{}", "\"", "'", "\\", "%", "%zz", "%00", "\u0000", "\u001b]0;owned\u0007\u001b[2J",
        "\u001b[31mred", "\r\nInjected: yes", "\u202e", "\u00ff\u00fe", "\ud83d\ude00", "a".repeat(5_000),
        "+999999999-12-31T00:00", "-999999999-01-01", "0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01",
        "2026-02-01T25:00", "2026-02-01T08:00+25:00", "UTC+99:00", "UTC", "utc+5:30", "../x", "/", "/dev/zero",
        "/dev/null", "/proc/self/mem", "C:\\\\Windows", "con", "all", "ALL", "queue,queue", "queue,user,job",
        "sum,sum", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMIbPxRfiCYEXAMPLEKEY");

    private Mutations() {
    }

    public static String nasty(SplittableRandom random) {
        return NASTY.get(random.nextInt(NASTY.size()));
    }

    /** A random string of printable and control characters, up to {@code max} long. */
    public static String junk(SplittableRandom random, int max) {
        int length = random.nextInt(max + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.append(kind == 0 ? (char) random.nextInt(0x20) : kind == 1 ? (char) (0x80 + random.nextInt(0x800))
                : (char) (0x20 + random.nextInt(0x5f)));
        }
        return text.toString();
    }

    /** {@code text} with 1-4 byte-level edits: flips, deletions, insertions, truncation, duplication. */
    public static byte[] mutate(SplittableRandom random, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int edits = 1 + random.nextInt(4);
        for (int edit = 0; edit < edits && bytes.length > 0; edit++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0:
                    bytes[at] = (byte) random.nextInt(256);
                    break;
                case 1:
                    bytes = splice(bytes, at, at + 1 + random.nextInt(Math.min(16, bytes.length - at)), new byte[0]);
                    break;
                case 2:
                    bytes = splice(bytes, at, at, nasty(random).getBytes(StandardCharsets.UTF_8));
                    break;
                case 3:
                    bytes = splice(bytes, at, bytes.length, new byte[0]);
                    break;
                default:
                    int end = Math.min(bytes.length, at + random.nextInt(64));
                    byte[] copy = new byte[end - at];
                    System.arraycopy(bytes, at, copy, 0, copy.length);
                    bytes = splice(bytes, at, at, copy);
                    break;
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] result = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
        return result;
    }

    /** The JSON with one member replaced by a value of another type, an unknown word, null, or a huge one. */
    public static byte[] structural(SplittableRandom random, String text) {
        JsonNode root = JSON.readTree(text);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode value = hostile(random);
        if (target instanceof ObjectNode && target.size() > 0) {
            List<String> names = new ArrayList<>(target.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(5) == 0) {
                ((ObjectNode) target).remove(name);
            } else {
                ((ObjectNode) target).set(name, value);
            }
        } else if (target instanceof ArrayNode) {
            ((ArrayNode) target).add(value);
        }
        return JSON.writeValueAsBytes(root);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static JsonNode hostile(SplittableRandom random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (random.nextInt(8)) {
            case 0:
                return nodes.nullNode();
            case 1:
                return nodes.numberNode(random.nextBoolean() ? 1e308 : -1L << 62);
            case 2:
                return nodes.arrayNode().add(Mutations.nasty(random)).add(7);
            case 3:
                return nodes.objectNode().put("x", Mutations.nasty(random));
            case 4:
                return nodes.booleanNode(random.nextBoolean());
            case 5:
                return nodes.stringNode(Mutations.junk(random, 40));
            default:
                return nodes.stringNode(Mutations.nasty(random));
        }
    }
}
