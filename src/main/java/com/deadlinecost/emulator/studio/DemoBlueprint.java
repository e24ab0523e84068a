package com.deadlinecost.emulator.studio;

import com.deadlinecost.emulator.studio.Workload.FleetKind;
import java.util.List;

/** The fixed shape of the demo studio: its farms, their queues and fleets, shows, and people's names. */
final class DemoBlueprint {
    static final String CUSTOMER_MANAGED = "";

    record QueuePlan(String name, Workload workload, int weight) {
    }

    /** An EC2 instance type with its vCPUs, memory and near-public on-demand Linux price (us-west-2). */
    record FleetPlan(String name, FleetKind kind, String instanceType, int vCpus, int memoryGiB, double price) {
    }

    record FarmPlan(String name, String description, int weight, List<String> shows, List<QueuePlan> queues,
        List<FleetPlan> fleets) {
    }

    static final List<FarmPlan> FARMS = List.of(
        new FarmPlan("Harbor Lights Feature", "Feature animation: \"Grove\" and \"Starling\"", 60,
            List.of("GRV", "STR"),
            List.of(
                new QueuePlan("Lighting", Workload.LIGHTING, 20),
                new QueuePlan("Final Render", Workload.FINAL_RENDER, 8),
                new QueuePlan("FX Simulation", Workload.FX_SIMULATION, 10),
                new QueuePlan("Crowd Simulation", Workload.CROWD, 4),
                new QueuePlan("Hair and Groom", Workload.GROOM, 4),
                new QueuePlan("Animation Caching", Workload.ANIMATION_CACHE, 8),
                new QueuePlan("Compositing", Workload.COMPOSITING, 14),
                new QueuePlan("Matte Painting", Workload.MATTE_PAINTING, 3),
                new QueuePlan("Dailies", Workload.DAILIES, 6),
                new QueuePlan("Layout", Workload.LAYOUT, 5),
                new QueuePlan("Look Dev", Workload.LOOK_DEV, 6),
                new QueuePlan("Playblasts", Workload.PLAYBLAST, 12)),
            List.of(
                new FleetPlan("CPU Render c6i.16xlarge", FleetKind.CPU, "c6i.16xlarge", 64, 128, 2.72),
                new FleetPlan("CPU Render c7i.8xlarge", FleetKind.CPU, "c7i.8xlarge", 32, 64, 1.428),
                new FleetPlan("Batch c6a.16xlarge", FleetKind.CPU, "c6a.16xlarge", 64, 128, 2.448),
                new FleetPlan("Sim Memory r6i.8xlarge", FleetKind.MEMORY, "r6i.8xlarge", 32, 256, 2.016),
                new FleetPlan("Sim Memory r7i.4xlarge", FleetKind.MEMORY, "r7i.4xlarge", 16, 128, 1.0584),
                new FleetPlan("General m6i.8xlarge", FleetKind.GENERAL, "m6i.8xlarge", 32, 128, 1.536),
                new FleetPlan("General m7i.4xlarge", FleetKind.GENERAL, "m7i.4xlarge", 16, 64, 0.8064),
                new FleetPlan("Comp c5.4xlarge", FleetKind.GENERAL, "c5.4xlarge", 16, 32, 0.68),
                new FleetPlan("GPU g5.4xlarge", FleetKind.GPU, "g5.4xlarge", 16, 64, 1.624),
                new FleetPlan("GPU g5.2xlarge", FleetKind.GPU, "g5.2xlarge", 8, 32, 1.212),
                new FleetPlan("GPU g6.4xlarge", FleetKind.GPU, "g6.4xlarge", 16, 64, 1.3232),
                new FleetPlan("On-prem Render Wall", FleetKind.ON_PREMISES, CUSTOMER_MANAGED, 32, 128, 1.0))),
        new FarmPlan("Tidewater Episodic", "Episodic series \"Tidewater\", season 2", 30,
            List.of("TW2"),
            List.of(
                new QueuePlan("Lighting", Workload.LIGHTING, 20),
                new QueuePlan("FX Simulation", Workload.FX_SIMULATION, 10),
                new QueuePlan("Compositing", Workload.COMPOSITING, 20),
                new QueuePlan("Look Dev", Workload.LOOK_DEV, 5),
                new QueuePlan("Playblasts", Workload.PLAYBLAST, 10)),
            List.of(
                new FleetPlan("Render c6i.8xlarge", FleetKind.CPU, "c6i.8xlarge", 32, 64, 1.36),
                new FleetPlan("Sim r6i.8xlarge", FleetKind.MEMORY, "r6i.8xlarge", 32, 256, 2.016),
                new FleetPlan("General m7i.4xlarge", FleetKind.GENERAL, "m7i.4xlarge", 16, 64, 0.8064),
                new FleetPlan("GPU g4dn.2xlarge", FleetKind.GPU, "g4dn.2xlarge", 8, 32, 0.752))),
        new FarmPlan("Pipeline R&D", "Pipeline tests and denoiser training", 10,
            List.of("RND"),
            List.of(
                new QueuePlan("Pipeline Tests", Workload.PIPELINE_TEST, 10),
                new QueuePlan("ML Denoise Training", Workload.ML_TRAINING, 2)),
            List.of(
                new FleetPlan("Test c5.4xlarge", FleetKind.GENERAL, "c5.4xlarge", 16, 32, 0.68),
                new FleetPlan("Training g5.2xlarge", FleetKind.GPU, "g5.2xlarge", 8, 32, 1.212))));

    static final List<String> GIVEN_NAMES = List.of(
        "Amara", "Ben", "Camille", "Dev", "Elena", "Felix", "Grace", "Hiro", "Ines", "Jonas", "Kiri", "Leila",
        "Marco", "Nadia", "Oskar", "Priya", "Quinn", "Rosa", "Sami", "Tomas", "Uma", "Viktor", "Wen", "Yusuf",
        "Zoe", "Aiko", "Bruno", "Chloe", "Diego", "Freya", "Gabriel", "Hana", "Ivan", "Julia", "Kwame", "Lucia");

    static final List<String> FAMILY_NAMES = List.of(
        "Okafor", "Lindqvist", "Moreau", "Patel", "Rossi", "Schneider", "Tanaka", "Nguyen", "Fernandes", "Kowalski",
        "O'Brien", "Haddad", "Eriksen", "Mensah", "Castillo", "Novak", "Ivanova", "Kim", "Ahmed", "Dubois",
        "Yamamoto", "Costa", "Bauer", "Reyes", "Sato", "Wright", "Jansen", "Murphy", "Silva", "Chen");

    private DemoBlueprint() {
    }
}
