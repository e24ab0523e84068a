package com.deadlinecost.emulator;

import com.deadlinecost.emulator.BudgetRequestParser.Create;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioFarm;
import com.deadlinecost.emulator.studio.StudioQueue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demo studio's budgets, each telling one story a farm admin meets: a healthy one, one at about 85 % with ten
 * days left, one that ran over and stopped its queue two days ago, and one that ended last month. Limits are set
 * from the studio's own spend, so the stories hold for any seed and any day the demo is started.
 */
final class DemoBudgets {
    static final String HEALTHY = "Lighting - rolling 30 days";
    static final String NEAR_OVERRUN = "Final Render - Starling delivery";
    /** The exceeded budget is named after its queue: "<queue> - Grove overtime". */
    static final String EXCEEDED_SUFFIX = " - Grove overtime";
    private static final List<String> OTHER_STORY_QUEUES = List.of("Lighting", "Final Render", "Compositing");
    static final String ENDED = "Compositing - last month";
    private static final double MINIMUM_LIMIT = 1;

    private DemoBudgets() {
    }

    static void seed(Studio studio, BudgetStore store, BudgetUsage usage, Instant now) {
        if (studio.farms().isEmpty()) {
            return;
        }
        StudioFarm farm = studio.farms().get(0);
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        Instant created = today.minus(Duration.ofDays(40));
        queue(studio, farm, "Lighting").ifPresent(queue -> {
            Instant start = today.minus(Duration.ofDays(14));
            Instant end = today.plus(Duration.ofDays(16));
            double spent = usage.dollars(farm.farmId(), queue, start, end, now);
            double elapsed = share(start, end, now);
            // Spending at this pace ends the window at about 70 % of the limit.
            store.seed(farm.farmId(), budget(HEALTHY, "Lighting for both shows", queue,
                round(spent / elapsed / 0.70), start, end, 100), created);
        });
        queue(studio, farm, "Final Render").ifPresent(queue -> {
            Instant start = today.minus(Duration.ofDays(20));
            Instant end = today.plus(Duration.ofDays(11));
            double spent = usage.dollars(farm.farmId(), queue, start, end, now);
            store.seed(farm.farmId(), new Create(NEAR_OVERRUN, "Final frames for the Starling trailer", queue,
                round(spent / 0.85), List.of(
                    new StoredBudget.Action(StoredBudget.STOP_AND_COMPLETE, 95, "Let running frames finish"),
                    new StoredBudget.Action(StoredBudget.STOP_AND_CANCEL, 100, "Hard stop")), start, end), created);
        });
        exceeded(studio, farm, store, usage, now, today, created);
        queue(studio, farm, "Compositing").ifPresent(queue -> {
            LocalDate firstOfMonth = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1);
            Instant start = firstOfMonth.minusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant end = firstOfMonth.atStartOfDay().toInstant(ZoneOffset.UTC);
            double spent = usage.dollars(farm.farmId(), queue, start, end, now);
            store.seed(farm.farmId(), budget(ENDED, "Compositing, last month", queue, round(spent / 0.92), start,
                end, 100), created);
        });
    }

    /**
     * A queue that ran over and stopped about two days ago. Its limit is what it had spent by the middle of the
     * busiest hour 36 to 60 hours back, over the queues the other stories leave (FX Simulation when it is as busy
     * as any): a quiet hour would move the stop back to the last busy one, days earlier.
     */
    private static void exceeded(Studio studio, StudioFarm farm, BudgetStore store, BudgetUsage usage, Instant now,
        Instant today, Instant created) {
        Instant start = today.minus(Duration.ofDays(25));
        Instant end = today.plus(Duration.ofDays(5));
        StudioQueue best = null;
        Instant bestMoment = null;
        double bestSpend = -1;
        List<StudioQueue> candidates = studio.queues(farm.farmId()).stream()
            .filter(queue -> !OTHER_STORY_QUEUES.contains(queue.displayName()))
            .sorted((left, right) -> Boolean.compare(!left.displayName().equals("FX Simulation"),
                !right.displayName().equals("FX Simulation")))
            .collect(Collectors.toList());
        for (StudioQueue queue : candidates) {
            for (int hoursBack = 36; hoursBack < 60; hoursBack++) {
                Instant hourEnd = now.minus(Duration.ofHours(hoursBack));
                Instant hourStart = hourEnd.minus(Duration.ofHours(1));
                double spend = usage.dollars(farm.farmId(), queue.queueId(), hourStart, hourEnd, hourEnd);
                if (spend > bestSpend) {
                    bestSpend = spend;
                    best = queue;
                    bestMoment = hourStart.plus(Duration.ofMinutes(30));
                }
            }
        }
        if (best == null) {
            return;
        }
        double spentThen = usage.dollars(farm.farmId(), best.queueId(), start, end, bestMoment);
        store.seed(farm.farmId(), budget(best.displayName() + EXCEEDED_SUFFIX, "Overtime for the Grove delivery",
            best.queueId(), Math.max(MINIMUM_LIMIT, Math.floor(spentThen * 100) / 100), start, end, 100), created);
    }

    private static Create budget(String name, String description, String queueId, double limit, Instant start,
        Instant end, double stopAt) {
        return new Create(name, description, queueId, limit,
            List.of(new StoredBudget.Action(StoredBudget.STOP_AND_COMPLETE, stopAt, null)), start, end);
    }

    private static Optional<String> queue(Studio studio, StudioFarm farm, String name) {
        return studio.queues(farm.farmId()).stream().filter(queue -> queue.displayName().equals(name))
            .map(StudioQueue::queueId).findFirst();
    }

    private static double share(Instant start, Instant end, Instant now) {
        return Math.max(0.01, (now.toEpochMilli() - start.toEpochMilli())
            / (double) (end.toEpochMilli() - start.toEpochMilli()));
    }

    /** Whole dollars, as people set limits; never below the minimum a studio would bother with. */
    private static double round(double dollars) {
        return Math.max(MINIMUM_LIMIT, Math.round(dollars));
    }
}
