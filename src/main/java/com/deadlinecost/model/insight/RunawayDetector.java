package com.deadlinecost.model.insight;

import com.deadlinecost.model.insight.Anomaly.Kind;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.model.row.GroupKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds runaway sessions: jobs whose longest session lasted far longer than the sessions of their queue (or fleet)
 * usually do.
 *
 * <p>Input: rows grouped by the queue or fleet and the job, with the MAX and SUM statistics, in any buckets (a
 * session split at a bucket edge counts with its longest piece, so long buckets are best). A queue's usual longest
 * session is the median over its jobs of each job's longest session: most jobs finish, so one stuck job cannot
 * move it. A job is flagged when its longest session lasts at least the runaway factor times that (default three
 * times) and the excess is worth the least dollars. The excess is the cost of the hours beyond the usual longest
 * session at the job's own cost per hour; the score is the longest session over the usual one. A queue with fewer
 * than {@value #MIN_JOBS} jobs has no "usual" and is not judged.
 */
public final class RunawayDetector {
    /** The fewest jobs a queue needs before its sessions have a usual length. */
    public static final int MIN_JOBS = 5;
    private static final double SECONDS_PER_HOUR = 3600.0;

    private RunawayDetector() {
    }

    /**
     * The runaway jobs, largest excess first.
     *
     * @param rows rows grouped by {@code resourceField} and {@link GroupField#JOB_ID} with MAX and SUM
     * @param resourceField {@link GroupField#QUEUE_ID} or {@link GroupField#FLEET_ID}
     */
    public static List<Anomaly> detect(Collection<CostRow> rows, GroupField resourceField,
                                       AnomalySettings settings) {
        Map<GroupKey, Job> jobs = new TreeMap<>();
        for (CostRow row : rows) {
            if (!row.has(Statistic.MAX) || !row.group().groups(GroupField.JOB_ID)) {
                throw new IllegalArgumentException("Finding runaway sessions needs rows by job with the MAX "
                    + "statistic of runtime");
            }
            jobs.computeIfAbsent(row.group(), Job::new).add(row);
        }
        Map<String, List<Job>> byResource = new TreeMap<>();
        for (Job job : jobs.values()) {
            byResource.computeIfAbsent(String.valueOf(job.key.valueOrNull(resourceField)),
                key -> new ArrayList<>()).add(job);
        }
        List<Anomaly> found = new ArrayList<>();
        for (List<Job> resourceJobs : byResource.values()) {
            if (resourceJobs.size() < MIN_JOBS) {
                continue;
            }
            double[] longest = resourceJobs.stream().mapToDouble(job -> job.longest).toArray();
            double usual = RobustStats.median(longest);
            for (Job job : resourceJobs) {
                judge(job, usual, settings).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparingDouble(Anomaly::excessUsd).reversed().thenComparing(Anomaly::group));
        return found;
    }

    private static Optional<Anomaly> judge(Job job, double usual, AnomalySettings settings) {
        if (!(usual > 0) || job.longest < settings.runawayFactor() * usual || !(job.runtime > 0)) {
            return Optional.empty();
        }
        double perSecond = job.cost / job.runtime;
        double excess = Math.min(job.cost, perSecond * (job.longest - usual));
        if (excess < settings.minExcessUsd()) {
            return Optional.empty();
        }
        String detail = String.format(Locale.ROOT, "longest session %.1f h; the queue's jobs usually %.1f h at most",
            job.longest / SECONDS_PER_HOUR, usual / SECONDS_PER_HOUR);
        return Optional.of(new Anomaly(Kind.RUNAWAY_SESSION, job.key, job.start, job.end, job.cost,
            job.cost - excess, job.longest / usual, detail, List.of()));
    }

    /** One job's totals over its rows. */
    private static final class Job {
        private final GroupKey key;
        private double longest;
        private double cost;
        private double runtime;
        private Instant start;
        private Instant end;

        Job(GroupKey key) {
            this.key = key;
        }

        void add(CostRow row) {
            longest = Math.max(longest, row.runtime(Statistic.MAX));
            double rowCost = row.costTotal();
            double rowRuntime = row.runtimeTotal();
            cost += Double.isNaN(rowCost) ? 0 : rowCost;
            runtime += Double.isNaN(rowRuntime) ? 0 : rowRuntime;
            if (start == null || row.bucketStart().isBefore(start)) {
                start = row.bucketStart();
            }
            if (end == null || row.bucketEnd().isAfter(end)) {
                end = row.bucketEnd();
            }
        }
    }

    /** The resource fields a runaway query can group by with the job. */
    public static Set<GroupField> resourceFields() {
        return Set.of(GroupField.QUEUE_ID, GroupField.FLEET_ID);
    }
}
