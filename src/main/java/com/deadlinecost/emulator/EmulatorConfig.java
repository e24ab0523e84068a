package com.deadlinecost.emulator;

import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.Studio;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** How to start an {@link EmulatorServer}; build with {@link #builder()}. */
public final class EmulatorConfig {
    public static final Duration DEMO_IN_PROGRESS = Duration.ofSeconds(2);
    public static final Duration RESULT_LIFETIME = Duration.ofHours(1);
    public static final int DEFAULT_RESULT_ROW_LIMIT = 200_000;
    /** The service's default quota of budgets per farm, as the emulator assumes it. */
    public static final int DEFAULT_BUDGETS_PER_FARM = 50;

    private final int port;
    private final Clock clock;
    private final Studio studio;
    private final long seed;
    private final Instant now;
    private final int sessions;
    private final Duration inProgress;
    private final FaultConfig faults;
    private final int resultRowLimit;
    private final AggregationFailure oversizeOutcome;
    private final Set<String> usageDeniedFarmIds;
    private final int budgetsPerFarm;
    private final Boolean demoBudgets;
    private final String identityStoreRegion;

    private EmulatorConfig(Builder builder) {
        port = builder.port;
        clock = builder.clock;
        studio = builder.studio;
        seed = builder.seed;
        now = builder.now;
        sessions = builder.sessions;
        inProgress = builder.inProgress;
        faults = builder.faults;
        resultRowLimit = builder.resultRowLimit;
        oversizeOutcome = builder.oversizeOutcome;
        usageDeniedFarmIds = Set.copyOf(builder.usageDeniedFarmIds);
        budgetsPerFarm = builder.budgetsPerFarm;
        demoBudgets = builder.demoBudgets;
        identityStoreRegion = builder.identityStoreRegion;
    }

    /** The only region whose identity store knows the studio's users, or null when every region does. */
    public String identityStoreRegion() {
        return identityStoreRegion;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return port;
    }

    public Clock clock() {
        return clock;
    }

    /** The studio to serve: the given one, or the demo studio generated from seed, now and session count. */
    public Studio studio() {
        if (studio != null) {
            return studio;
        }
        return DemoStudioGenerator.generate(seed, now == null ? clock.instant() : now, sessions);
    }

    public Duration inProgress() {
        return inProgress;
    }

    public FaultConfig faults() {
        return faults;
    }

    public int resultRowLimit() {
        return resultRowLimit;
    }

    public AggregationFailure oversizeOutcome() {
        return oversizeOutcome;
    }

    public Set<String> usageDeniedFarmIds() {
        return usageDeniedFarmIds;
    }

    /** How many budgets a farm may have before CreateBudget answers ServiceQuotaExceededException. */
    public int budgetsPerFarm() {
        return budgetsPerFarm;
    }

    /** Whether the server starts with the demo studio's story budgets: by default only for the generated demo. */
    public boolean demoBudgets() {
        return demoBudgets != null ? demoBudgets : studio == null;
    }

    /** Defaults: ephemeral port, system clock, demo studio (seed 42, now, 200,000 sessions), 2 s in progress. */
    public static final class Builder {
        private int port;
        private Clock clock = Clock.systemUTC();
        private Studio studio;
        private long seed = DemoStudioGenerator.DEFAULT_SEED;
        private Instant now;
        private int sessions = DemoStudioGenerator.DEFAULT_SESSIONS;
        private Duration inProgress = DEMO_IN_PROGRESS;
        private FaultConfig faults = FaultConfig.none();
        private int resultRowLimit = DEFAULT_RESULT_ROW_LIMIT;
        private AggregationFailure oversizeOutcome = AggregationFailure.FAILED;
        private Set<String> usageDeniedFarmIds = Set.of();
        private int budgetsPerFarm = DEFAULT_BUDGETS_PER_FARM;
        private Boolean demoBudgets;
        private String identityStoreRegion;

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be 0-65535, not " + value);
            }
            port = value;
            return this;
        }

        /** The clock behind aggregation progress, result expiry and page-token expiry. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Serve this studio instead of generating the demo studio. */
        public Builder studio(Studio value) {
            studio = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** The moment the demo studio ends at (truncated to the hour); default: the clock's now. */
        public Builder now(Instant value) {
            now = value;
            return this;
        }

        public Builder sessions(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("sessions must not be negative");
            }
            sessions = value;
            return this;
        }

        /** How long an aggregation stays IN_PROGRESS; zero makes results available at once. */
        public Builder inProgress(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("inProgress must not be negative");
            }
            inProgress = value;
            return this;
        }

        public Builder faults(FaultConfig value) {
            faults = Objects.requireNonNull(value, "faults");
            return this;
        }

        /** Aggregations with more rows than this end as {@link #oversizeOutcome(AggregationFailure)}. */
        public Builder resultRowLimit(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("resultRowLimit must be positive");
            }
            resultRowLimit = value;
            return this;
        }

        public Builder oversizeOutcome(AggregationFailure value) {
            oversizeOutcome = Objects.requireNonNull(value, "oversizeOutcome");
            return this;
        }

        /** Farms whose usage the caller may not read (not an OWNER): aggregations get AccessDeniedException. */
        public Builder usageDeniedFarmIds(Set<String> value) {
            usageDeniedFarmIds = Set.copyOf(value);
            return this;
        }

        public Builder budgetsPerFarm(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("budgetsPerFarm must not be negative");
            }
            budgetsPerFarm = value;
            return this;
        }

        /** Start with (or without) the demo's story budgets, whatever the studio. */
        public Builder demoBudgets(boolean value) {
            demoBudgets = value;
            return this;
        }

        /**
         * Puts the studio's IAM Identity Center in one region, as on AWS where it may differ from the farms':
         * DescribeUser signed for another region finds no identity store. Null (the default): any region.
         */
        public Builder identityStoreRegion(String value) {
            identityStoreRegion = value;
            return this;
        }

        public EmulatorConfig build() {
            return new EmulatorConfig(this);
        }
    }
}
