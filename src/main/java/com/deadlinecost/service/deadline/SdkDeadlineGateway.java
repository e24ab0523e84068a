package com.deadlinecost.service.deadline;

import static com.deadlinecost.service.deadline.AggregationRunner.PAGE_SIZE;

import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.connection.SdkClients;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.FarmMember;
import software.amazon.awssdk.services.deadline.model.ListFarmMembersResponse;
import software.amazon.awssdk.services.deadline.model.ListFarmsResponse;
import software.amazon.awssdk.services.deadline.model.ListFleetsResponse;
import software.amazon.awssdk.services.deadline.model.ListQueuesResponse;
import software.amazon.awssdk.services.deadline.model.PrincipalType;

/** The {@link DeadlineGateway} over the AWS SDK: the same code for real AWS and the embedded demo studio. */
public final class SdkDeadlineGateway implements DeadlineGateway {
    private final ConnectionTarget target;
    private final SdkClients clients;
    private final AggregationRunner runner;
    private final QueryPlanner planner = new QueryPlanner();
    private final Clock clock;
    private final UserDirectory users;
    private final TransientRetry retry;
    private final Map<String, DisplayNames> namesByFarm = new ConcurrentHashMap<>();
    private final Map<String, List<String>> nameProblems = new ConcurrentHashMap<>();

    public SdkDeadlineGateway(ConnectionTarget target, SdkClients clients, RunTimings timings, Clock clock) {
        this.target = target;
        this.clients = clients;
        this.clock = clock;
        this.runner = new AggregationRunner(clients.deadline(), clients.deadlineSingleAttempt(), timings, clock,
            duration -> Thread.sleep(duration.toMillis()));
        this.retry = new TransientRetry(timings.transientRetries(), timings.busyFirst(),
            duration -> Thread.sleep(duration.toMillis()));
        this.users = new UserDirectory(clients.identityStore(), retry, clients.identityStoreRegion());
    }

    @Override
    public ConnectionTarget target() {
        return target;
    }

    @Override
    public List<NamedResource> farms() {
        return call(() -> sorted(BoundedPages.items(deadline().listFarmsPaginator(request -> request
            .maxResults(PAGE_SIZE)), ListFarmsResponse::nextToken, ListFarmsResponse::farms, "farms").stream()
            .map(farm -> new NamedResource(farm.farmId(), farm.displayName(), ""))));
    }

    @Override
    public List<NamedResource> queues(String farmId) {
        return call(() -> sorted(BoundedPages.items(deadline().listQueuesPaginator(request -> request.farmId(farmId)
            .maxResults(PAGE_SIZE)), ListQueuesResponse::nextToken, ListQueuesResponse::queues, "queues").stream()
            .map(queue -> new NamedResource(queue.queueId(), queue.displayName(), queue.statusAsString()))));
    }

    @Override
    public List<NamedResource> fleets(String farmId) {
        return call(() -> sorted(BoundedPages.items(deadline().listFleetsPaginator(request -> request.farmId(farmId)
            .maxResults(PAGE_SIZE)), ListFleetsResponse::nextToken, ListFleetsResponse::fleets, "fleets").stream()
            .map(fleet -> new NamedResource(fleet.fleetId(), fleet.displayName(), fleet.statusAsString()))));
    }

    @Override
    public DisplayNames displayNames(String farmId) {
        return namesByFarm.computeIfAbsent(farmId, this::lookUpNames);
    }

    @Override
    public List<String> nameProblems(String farmId) {
        return nameProblems.getOrDefault(farmId, List.of());
    }

    /**
     * Runs the query through the planner: more than ten resources, or a result too large for one aggregation, become
     * several aggregations merged into one exact result (see {@link ChunkedRun}).
     */
    @Override
    public PlannedRun plan(StatisticsQuery query) {
        return new ChunkedRun(query, planner, runner, target, clock);
    }

    @Override
    public BudgetGateway budgets() {
        return new SdkBudgetGateway(clients.budgets(), target, this);
    }

    @Override
    public void close() {
        clients.close();
    }

    private DisplayNames lookUpNames(String farmId) {
        DisplayNames.Builder names = DisplayNames.builder();
        queues(farmId).forEach(queue -> names.queue(queue.id(), queue.displayName()));
        fleets(farmId).forEach(fleet -> names.fleet(fleet.id(), fleet.displayName()));
        List<FarmMember> members = call(() -> BoundedPages.items(deadline()
            .listFarmMembersPaginator(request -> request.farmId(farmId).maxResults(PAGE_SIZE)),
                ListFarmMembersResponse::nextToken, ListFarmMembersResponse::members, "farm members").stream()
            .filter(member -> member.principalType() == PrincipalType.USER)
            .collect(Collectors.toList()));
        UserDirectory.Lookup found = users.names(members);
        found.names().forEach(names::user);
        nameProblems.put(farmId, found.problems());
        return names.build();
    }

    private DeadlineClient deadline() {
        return clients.deadline();
    }

    private <T> T call(Supplier<T> request) {
        try {
            return retry.call(request);
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw SdkErrors.translate(e, target);
        }
    }

    private static List<NamedResource> sorted(java.util.stream.Stream<NamedResource> resources) {
        return resources.sorted(Comparator.comparing(NamedResource::displayName, String.CASE_INSENSITIVE_ORDER))
            .collect(Collectors.toUnmodifiableList());
    }
}
