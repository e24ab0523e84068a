package com.deadlinecost.emulator.studio;

import com.deadlinecost.emulator.studio.DemoBlueprint.FarmPlan;
import com.deadlinecost.emulator.studio.DemoStudioGenerator.DemoQueue;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** A demo farm while sessions are generated: its queues, its people and when they submit work. */
final class DemoFarm {
    private final String farmId;
    private final FarmPlan plan;
    private final List<DemoQueue> queues;
    private final List<String> users;
    private final double[] cumulativeHourWeights;
    private final int totalQueueWeight;

    DemoFarm(String farmId, FarmPlan plan, List<DemoQueue> queues, List<String> users, double[] hourWeights) {
        this.farmId = farmId;
        this.plan = plan;
        this.queues = List.copyOf(queues);
        this.users = List.copyOf(users);
        this.cumulativeHourWeights = hourWeights.clone();
        Arrays.parallelPrefix(cumulativeHourWeights, Double::sum);
        this.totalQueueWeight = queues.stream().mapToInt(queue -> queue.plan().weight()).sum();
    }

    String farmId() {
        return farmId;
    }

    List<String> users() {
        return users;
    }

    DemoQueue pickQueue(Random random) {
        int pick = random.nextInt(totalQueueWeight);
        for (DemoQueue queue : queues) {
            pick -= queue.plan().weight();
            if (pick < 0) {
                return queue;
            }
        }
        return queues.get(queues.size() - 1);
    }

    DemoQueue queueFor(Workload workload) {
        return queues.stream().filter(queue -> queue.workload() == workload).findFirst().orElse(queues.get(0));
    }

    /** An hour index from the start of the range, weighted by office hours, weekends and the crunch. */
    int sampleHour(Random random) {
        double pick = random.nextDouble() * cumulativeHourWeights[cumulativeHourWeights.length - 1];
        int found = Arrays.binarySearch(cumulativeHourWeights, pick);
        int index = found >= 0 ? found : -found - 1;
        return Math.min(index, cumulativeHourWeights.length - 1);
    }

    /** A few heavy submitters and a long tail, like any studio. */
    String pickUser(Random random) {
        double skewed = random.nextDouble() * random.nextDouble();
        return users.get((int) (skewed * users.size()));
    }

    /** Production-style names: show, (episode,) sequence, shot, task, version. */
    String jobName(Random random, Workload workload) {
        String show = plan.shows().get(random.nextInt(plan.shows().size()));
        String episode = show.equals("TW2") ? String.format("_ep2%02d", 1 + random.nextInt(10)) : "";
        return String.format("%s%s_sq%03d_sh%04d_%s_v%03d", show, episode, 10 * (1 + random.nextInt(40)),
            10 * (1 + random.nextInt(80)), workload.taskName, 1 + random.nextInt(30));
    }
}
