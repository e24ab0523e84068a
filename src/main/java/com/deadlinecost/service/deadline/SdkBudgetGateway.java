package com.deadlinecost.service.deadline;

import com.deadlinecost.model.budget.Budget;
import com.deadlinecost.model.budget.BudgetAction;
import com.deadlinecost.model.budget.BudgetActionType;
import com.deadlinecost.model.budget.BudgetChanges;
import com.deadlinecost.model.budget.BudgetDraft;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.CostRow;
import com.deadlinecost.service.connection.ConnectionTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.BudgetActionToAdd;
import software.amazon.awssdk.services.deadline.model.BudgetActionToRemove;
import software.amazon.awssdk.services.deadline.model.BudgetStatus;
import software.amazon.awssdk.services.deadline.model.BudgetSummary;
import software.amazon.awssdk.services.deadline.model.ConflictException;
import software.amazon.awssdk.services.deadline.model.GetBudgetResponse;
import software.amazon.awssdk.services.deadline.model.ResponseBudgetAction;
import software.amazon.awssdk.services.deadline.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.deadline.model.UpdateBudgetRequest;
import software.amazon.awssdk.services.deadline.model.ValidationException;

/** {@link BudgetGateway} over the AWS SDK, for AWS and the embedded demo studio alike. */
final class SdkBudgetGateway implements BudgetGateway {
    private final DeadlineClient deadline;
    private final ConnectionTarget target;
    private final DeadlineGateway statistics;

    /**
     * @param deadline a client whose HTTP client can send PATCH (UpdateBudget)
     * @param statistics the gateway the daily spend is aggregated through
     */
    SdkBudgetGateway(DeadlineClient deadline, ConnectionTarget target, DeadlineGateway statistics) {
        this.deadline = deadline;
        this.target = target;
        this.statistics = statistics;
    }

    @Override
    public List<Budget> budgets(String farmId) {
        return call(() -> deadline.listBudgetsPaginator(request -> request.farmId(farmId).maxResults(100))
            .budgets().stream().map(summary -> budget(farmId, summary)).collect(Collectors.toList()));
    }

    @Override
    public String create(String farmId, BudgetDraft draft, String clientToken) {
        return call(() -> deadline.createBudget(request -> request.farmId(farmId).clientToken(clientToken)
            .displayName(draft.displayName())
            .description(draft.description().isEmpty() ? null : draft.description())
            .usageTrackingResource(resource -> resource.queueId(draft.queueId()))
            .approximateDollarLimit(draft.limit().floatValue())
            .actions(draft.actions().stream().map(SdkBudgetGateway::toAdd).collect(Collectors.toList()))
            .schedule(schedule -> schedule.fixed(fixed -> fixed.startTime(draft.start()).endTime(draft.end())))))
            .budgetId();
    }

    @Override
    public void update(String farmId, Budget budget, BudgetDraft draft, BudgetChanges changes, String clientToken) {
        UpdateBudgetRequest.Builder request = UpdateBudgetRequest.builder().farmId(farmId)
            .budgetId(budget.budgetId()).clientToken(clientToken);
        if (budget.active() != draft.active()) {
            request.status(draft.active() ? BudgetStatus.ACTIVE : BudgetStatus.INACTIVE);
        }
        if (!budget.displayName().equals(draft.displayName())) {
            request.displayName(draft.displayName());
        }
        if (!budget.description().equals(draft.description())) {
            request.description(draft.description());
        }
        if (draft.limit() != null && Double.compare(budget.limit(), draft.limit()) != 0) {
            request.approximateDollarLimit(draft.limit().floatValue());
        }
        if (!budget.start().equals(draft.start()) || !budget.end().equals(draft.end())) {
            request.schedule(schedule -> schedule.fixed(fixed -> fixed.startTime(draft.start())
                .endTime(draft.end())));
        }
        request.actionsToAdd(changes.actionsToAdd().stream().map(SdkBudgetGateway::toAdd)
            .collect(Collectors.toList()));
        request.actionsToRemove(changes.actionsToRemove().stream().map(action -> BudgetActionToRemove.builder()
            .type(action.type().name()).thresholdPercentage((float) action.thresholdPercent()).build())
            .collect(Collectors.toList()));
        call(() -> deadline.updateBudget(request.build()));
    }

    @Override
    public void delete(String farmId, String budgetId) {
        call(() -> deadline.deleteBudget(request -> request.farmId(farmId).budgetId(budgetId)));
    }

    @Override
    public List<Double> dailySpend(Budget budget, Instant now) {
        Instant until = now.isBefore(budget.end()) ? now : budget.end();
        Instant firstDay = budget.start().truncatedTo(ChronoUnit.DAYS);
        Instant end = until.truncatedTo(ChronoUnit.DAYS);
        if (!end.isAfter(budget.start())) {
            return List.of();
        }
        StatisticsQuery query = new StatisticsQuery(budget.farmId(),
            new ResourceSelection(ResourceKind.QUEUE, List.of(budget.queueId())), new TimeRange(budget.start(), end),
            UtcOffset.UTC, Period.DAILY, List.of(GroupField.QUEUE_ID), EnumSet.of(Statistic.SUM));
        double[] days = new double[(int) Duration.between(firstDay, end).toDays()];
        call(() -> statistics.runAggregation(query, new AggregationListener() {
            @Override
            public void progress(RunProgress progress) {
                // Only the rows matter here.
            }

            @Override
            public void page(RowPage page) {
                for (CostRow row : page.rows()) {
                    int day = (int) Duration.between(firstDay, row.bucketStart()).toDays();
                    days[day] += row.cost(Statistic.SUM);
                }
            }
        }, () -> false));
        List<Double> spend = new ArrayList<>(days.length);
        for (double day : days) {
            spend.add(day);
        }
        return spend;
    }

    private Budget budget(String farmId, BudgetSummary summary) {
        // The summary lacks actions, schedule and queueStoppedAt: GetBudget has them.
        GetBudgetResponse detail = deadline.getBudget(request -> request.farmId(farmId)
            .budgetId(summary.budgetId()));
        return new Budget(detail.budgetId(), farmId, detail.usageTrackingResource().queueId(), detail.displayName(),
            detail.description(), number(detail.approximateDollarLimit()),
            detail.usages() == null ? 0 : number(detail.usages().approximateDollarUsage()),
            detail.status() == BudgetStatus.ACTIVE, detail.schedule().fixed().startTime(),
            detail.schedule().fixed().endTime(),
            detail.actions().stream().map(SdkBudgetGateway::action).filter(Objects::nonNull)
                .collect(Collectors.toList()), detail.queueStoppedAt());
    }

    /** An action of a type this SDK does not know is left out rather than failing the whole list. */
    private static BudgetAction action(ResponseBudgetAction action) {
        try {
            return new BudgetAction(BudgetActionType.valueOf(action.typeAsString()),
                number(action.thresholdPercentage()), action.description());
        } catch (IllegalArgumentException unknownType) {
            return null;
        }
    }

    private static BudgetActionToAdd toAdd(BudgetAction action) {
        return BudgetActionToAdd.builder().type(action.type().name())
            .thresholdPercentage((float) action.thresholdPercent())
            .description(action.description().isEmpty() ? null : action.description()).build();
    }

    /** The SDK models money as float; a float's decimal text is what the service sent. */
    private static double number(Float value) {
        return value == null ? 0 : Double.parseDouble(Float.toString(value));
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ServiceQuotaExceededException e) {
            throw new QueryProblem(QueryProblem.Kind.INVALID_REQUEST, "The farm has reached its quota of budgets: "
                + message(e), "Delete a budget that has ended, or ask AWS (Service Quotas) for a higher limit.",
                SdkErrors.details(e), e);
        } catch (ConflictException e) {
            throw new QueryProblem(QueryProblem.Kind.INVALID_REQUEST, "Deadline Cloud refused the change: "
                + message(e), "Reload the budgets and make the change again.", SdkErrors.details(e), e);
        } catch (ValidationException e) {
            String fields = e.fieldList() == null ? "" : e.fieldList().stream()
                .map(field -> field.name() + ": " + field.message()).collect(Collectors.joining("; "));
            throw new QueryProblem(QueryProblem.Kind.INVALID_REQUEST, "Deadline Cloud rejected the budget: "
                + (fields.isEmpty() ? message(e) : fields), "Correct the budget and save it again.",
                SdkErrors.details(e), e);
        } catch (RuntimeException e) {
            QueryProblem problem = SdkErrors.translate(e, target);
            if (problem.kind() == QueryProblem.Kind.ACCESS_DENIED) {
                throw new QueryProblem(problem.kind(), problem.getMessage(), "Seeing and managing budgets needs the"
                    + " OWNER membership level on the farm. Ask a farm owner to make you one, or connect with a "
                    + "profile that is (" + target.describe() + ").", problem.details(), e);
            }
            throw problem;
        }
    }

    private static String message(AwsServiceException error) {
        return error.awsErrorDetails() == null ? error.getMessage() : error.awsErrorDetails().errorMessage();
    }

}
