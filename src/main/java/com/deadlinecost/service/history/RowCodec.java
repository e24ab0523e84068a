package com.deadlinecost.service.history;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.row.Bucket;
import com.deadlinecost.model.row.BucketPool;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.StatisticValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows as one compact byte string, exactly reversible. The group keys and the buckets are written once each, in
 * dictionaries; a row is then the difference to the previous row's bucket, its group's number, its count, which
 * statistics it carries and their values. Values that are short decimals (whole seconds of runtime, cents) take a
 * few bytes as a scaled integer; any other double takes its 8 bytes, so every value comes back bit for bit.
 *
 * <p>About 20 bytes a row with the sum alone, well under 100 MB for a million rows (see BENCHMARKS.md).
 */
final class RowCodec {
    static final int FORMAT = 1;
    /** Decimal digits tried for a value before it is written raw. */
    private static final int MAX_DIGITS = 9;
    private static final int TAG_NAN = 14;
    private static final int TAG_RAW = 15;
    private static final double[] POWERS = new double[MAX_DIGITS + 1];
    private static final long EXACT_LIMIT = 1L << 53;
    private static final GroupField[] FIELDS = GroupField.values();
    private static final Statistic[] STATISTICS = Statistic.values();

    static {
        for (int digits = 0; digits <= MAX_DIGITS; digits++) {
            POWERS[digits] = Math.pow(10, digits);
        }
    }

    private RowCodec() {
    }

    static byte[] encode(List<CostRow> rows) {
        VarBytes out = new VarBytes(rows.size() * 20 + 64);
        out.writeVarint(FORMAT);
        // Keyed with the job name too: a key's equality ignores it, the stored rows must not.
        Map<NamedKey, Integer> groups = new HashMap<>();
        List<GroupKey> groupOrder = new ArrayList<>();
        Map<Bucket, Integer> buckets = new HashMap<>();
        List<Bucket> bucketOrder = new ArrayList<>();
        for (CostRow row : rows) {
            if (groups.putIfAbsent(new NamedKey(row.group()), groups.size()) == null) {
                groupOrder.add(row.group());
            }
            if (buckets.putIfAbsent(row.bucket(), buckets.size()) == null) {
                bucketOrder.add(row.bucket());
            }
        }
        writeGroups(out, groupOrder);
        writeBuckets(out, bucketOrder);
        out.writeVarint(rows.size());
        int previousBucket = 0;
        for (CostRow row : rows) {
            int bucket = buckets.get(row.bucket());
            out.writeSignedVarint(bucket - previousBucket);
            previousBucket = bucket;
            out.writeVarint(groups.get(new NamedKey(row.group())));
            out.writeVarLong(row.count());
            int mask = row.statisticsMask();
            out.writeVarint(mask);
            for (Statistic statistic : STATISTICS) {
                if ((mask & statistic.bit()) != 0) {
                    writeValue(out, row.cost(statistic));
                    writeValue(out, row.runtime(statistic));
                }
            }
        }
        return out.toByteArray();
    }

    static List<CostRow> decode(byte[] bytes) {
        VarBytes.Reader in = new VarBytes.Reader(bytes);
        int format = in.readVarint();
        if (format != FORMAT) {
            throw new IllegalArgumentException("Rows stored in format " + format + ", this version reads "
                + FORMAT);
        }
        List<GroupKey> groups = readGroups(in);
        List<Bucket> buckets = readBuckets(in);
        int count = in.readVarint();
        List<CostRow> rows = new ArrayList<>(count);
        int bucket = 0;
        double[] cost = new double[STATISTICS.length];
        double[] runtime = new double[STATISTICS.length];
        for (int i = 0; i < count; i++) {
            bucket += in.readSignedVarint();
            GroupKey group = groups.get(in.readVarint());
            long sessions = in.readVarLong();
            int mask = in.readVarint();
            for (Statistic statistic : STATISTICS) {
                boolean present = (mask & statistic.bit()) != 0;
                cost[statistic.ordinal()] = present ? readValue(in) : Double.NaN;
                runtime[statistic.ordinal()] = present ? readValue(in) : Double.NaN;
            }
            rows.add(new CostRow(group, buckets.get(bucket), sessions, mask, values(cost), values(runtime)));
        }
        return rows;
    }

    private record NamedKey(GroupKey key, String jobName) {
        NamedKey(GroupKey key) {
            this(key, key.jobName().orElse(null));
        }
    }

    /** The names as (field, id, name) triples. */
    static byte[] encodeNames(DisplayNames names) {
        VarBytes out = new VarBytes(1024);
        out.writeVarint(FORMAT);
        Map<GroupField, Map<String, String>> all = names.asMap();
        out.writeVarint(all.size());
        all.forEach((field, ofField) -> {
            out.writeVarint(field.ordinal());
            out.writeVarint(ofField.size());
            ofField.forEach((id, name) -> {
                out.writeString(id);
                out.writeString(name);
            });
        });
        return out.toByteArray();
    }

    static DisplayNames decodeNames(byte[] bytes) {
        VarBytes.Reader in = new VarBytes.Reader(bytes);
        in.readVarint();
        DisplayNames.Builder names = DisplayNames.builder();
        int fields = in.readVarint();
        for (int f = 0; f < fields; f++) {
            GroupField field = FIELDS[in.readVarint()];
            int count = in.readVarint();
            for (int i = 0; i < count; i++) {
                names.name(field, in.readString(), in.readString());
            }
        }
        return names.build();
    }

    private static StatisticValues values(double[] byOrdinal) {
        return new StatisticValues(byOrdinal[Statistic.MIN.ordinal()], byOrdinal[Statistic.MAX.ordinal()],
            byOrdinal[Statistic.AVG.ordinal()], byOrdinal[Statistic.SUM.ordinal()]);
    }

    private static void writeGroups(VarBytes out, List<GroupKey> groups) {
        out.writeVarint(groups.size());
        for (GroupKey key : groups) {
            List<GroupField> fields = key.fields();
            out.writeVarint(fields.size());
            for (GroupField field : fields) {
                out.writeVarint(field.ordinal());
                out.writeString(key.valueOrNull(field));
            }
            out.writeString(key.jobName().orElse(null));
        }
    }

    private static List<GroupKey> readGroups(VarBytes.Reader in) {
        int count = in.readVarint();
        // Not interned: keys equal but for the job name must stay apart, and each key is read once anyway.
        List<GroupKey> groups = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int fields = in.readVarint();
            GroupKey key = GroupKey.NONE;
            if (fields == 1) {
                GroupField field = FIELDS[in.readVarint()];
                key = GroupKey.of(field, in.readString());
            } else if (fields == 2) {
                GroupField first = FIELDS[in.readVarint()];
                String firstValue = in.readString();
                GroupField second = FIELDS[in.readVarint()];
                key = GroupKey.of(first, firstValue, second, in.readString());
            }
            String jobName = in.readString();
            groups.add(jobName == null ? key : key.withJobName(jobName));
        }
        return groups;
    }

    // Buckets are mostly consecutive: a start as the step from the previous bucket's end, then the length.
    private static void writeBuckets(VarBytes out, List<Bucket> buckets) {
        out.writeVarint(buckets.size());
        long previousEnd = 0;
        for (Bucket bucket : buckets) {
            long start = bucket.start().getEpochSecond();
            long end = bucket.end().getEpochSecond();
            out.writeSignedVarLong(start - previousEnd);
            out.writeVarLong(end - start);
            previousEnd = end;
        }
    }

    private static List<Bucket> readBuckets(VarBytes.Reader in) {
        int count = in.readVarint();
        BucketPool pool = new BucketPool();
        List<Bucket> buckets = new ArrayList<>(count);
        long previousEnd = 0;
        for (int i = 0; i < count; i++) {
            long start = previousEnd + in.readSignedVarLong();
            long end = start + in.readVarLong();
            buckets.add(pool.intern(Bucket.of(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end))));
            previousEnd = end;
        }
        return buckets;
    }

    /** A value as (scaled integer, digits) when that gives back the same double, else raw. */
    static void writeValue(VarBytes out, double value) {
        if (Double.isNaN(value)) {
            out.writeVarint(TAG_NAN);
            return;
        }
        for (int digits = 0; digits <= MAX_DIGITS; digits++) {
            double scaled = value * POWERS[digits];
            if (Math.abs(scaled) >= EXACT_LIMIT) {
                break;
            }
            long whole = Math.round(scaled);
            if (whole / POWERS[digits] == value && !(whole == 0 && 1 / value < 0)) {
                out.writeVarLong((zigzag(whole) << 4) | digits);
                return;
            }
        }
        out.writeVarint(TAG_RAW);
        out.writeLong(Double.doubleToRawLongBits(value));
    }

    static double readValue(VarBytes.Reader in) {
        long tagged = in.readVarLong();
        int tag = (int) (tagged & 0xF);
        if (tag == TAG_NAN && tagged == TAG_NAN) {
            return Double.NaN;
        }
        if (tag == TAG_RAW && tagged == TAG_RAW) {
            return Double.longBitsToDouble(in.readLong());
        }
        long zigzagged = tagged >>> 4;
        long whole = (zigzagged >>> 1) ^ -(zigzagged & 1);
        return whole / POWERS[tag];
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }
}
