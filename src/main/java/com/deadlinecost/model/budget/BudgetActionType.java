package com.deadlinecost.model.budget;

/** What a budget does at a threshold. Both stop the queue from scheduling new work. */
public enum BudgetActionType {
    STOP_SCHEDULING_AND_COMPLETE_TASKS("Stop scheduling, let running tasks finish"),
    STOP_SCHEDULING_AND_CANCEL_TASKS("Stop scheduling and cancel running tasks");

    private final String label;

    BudgetActionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The short form for tables: "stop" or "stop + cancel". */
    public String shortLabel() {
        return this == STOP_SCHEDULING_AND_COMPLETE_TASKS ? "stop" : "stop + cancel";
    }
}
