package com.deadlinecost.emulator.studio;

/** What a demo queue runs: which fleets suit it, which licence it holds, how long and how wide its jobs are. */
enum Workload {
    LIGHTING(FleetKind.CPU, "Arnold", 0.9, 20, 240, 20, 120, "lgt_beauty"),
    FINAL_RENDER(FleetKind.CPU, "Arnold", 0.95, 60, 360, 20, 100, "lgt_final"),
    FX_SIMULATION(FleetKind.MEMORY, "Houdini", 0.85, 30, 480, 4, 40, "fx_sim"),
    CROWD(FleetKind.MEMORY, "Houdini", 0.8, 30, 300, 4, 30, "crowd_sim"),
    GROOM(FleetKind.MEMORY, "Houdini", 0.6, 20, 180, 4, 30, "groom_sim"),
    ANIMATION_CACHE(FleetKind.GENERAL, "Maya", 0.7, 10, 60, 10, 60, "anim_cache"),
    COMPOSITING(FleetKind.GENERAL, "Nuke", 0.9, 3, 40, 10, 100, "comp_final"),
    MATTE_PAINTING(FleetKind.GENERAL, "Nuke", 0.5, 5, 60, 4, 30, "dmp_projection"),
    DAILIES(FleetKind.GENERAL, "Nuke", 0.9, 2, 10, 4, 30, "dailies_slate"),
    LAYOUT(FleetKind.GENERAL, "Maya", 0.8, 5, 30, 5, 30, "lay_camera"),
    LOOK_DEV(FleetKind.GPU, "V-Ray", 0.7, 10, 90, 5, 40, "lookdev_turntable"),
    PLAYBLAST(FleetKind.GPU, "Maya", 0.9, 2, 15, 5, 50, "anim_playblast"),
    PIPELINE_TEST(FleetKind.GENERAL, "", 0, 1, 20, 1, 10, "pipe_smoketest"),
    ML_TRAINING(FleetKind.GPU, "", 0, 60, 600, 1, 4, "ml_denoise_train");

    /** The kinds of fleet a demo farm has; queues run on the fleets of their kind. */
    enum FleetKind {
        CPU,
        MEMORY,
        GENERAL,
        GPU,
        ON_PREMISES
    }

    final FleetKind fleetKind;
    final String licenseProduct;
    final double licenseShare;
    final int minMinutes;
    final int maxMinutes;
    final int minTasks;
    final int maxTasks;
    final String taskName;

    Workload(FleetKind fleetKind, String licenseProduct, double licenseShare, int minMinutes, int maxMinutes,
        int minTasks, int maxTasks, String taskName) {
        this.fleetKind = fleetKind;
        this.licenseProduct = licenseProduct;
        this.licenseShare = licenseShare;
        this.minMinutes = minMinutes;
        this.maxMinutes = maxMinutes;
        this.minTasks = minTasks;
        this.maxTasks = maxTasks;
        this.taskName = taskName;
    }

    /** Usage-based licence rates in USD per hour, illustrative and near the published ones. */
    static double licenseRate(String product) {
        switch (product) {
            case "Maya":
                return 0.10;
            case "Arnold":
                return 0.09;
            case "Nuke":
                return 0.42;
            case "Houdini":
                return 0.15;
            case "V-Ray":
                return 0.11;
            default:
                throw new IllegalArgumentException("No rate for licence " + product);
        }
    }
}
