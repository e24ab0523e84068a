package com.deadlinecost.ui.connection;

import com.deadlinecost.service.connection.AwsProfiles.ProfileSummary;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.GatewayFactory;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.ui.common.TaskCallbacks;
import com.deadlinecost.ui.common.TaskHandle;
import com.deadlinecost.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the connection (demo studio or an AWS profile and region), opens it in the background and lists
 * the farms it sees. A failed connection keeps its message and can be retried without restarting, which is
 * what an expired IAM Identity Center sign-in needs after {@code aws sso login}.
 */
public final class ConnectionViewModel {
    /** Regions where Deadline Cloud runs, offered in the region picker (any other can be typed). */
    public static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-2", "ap-northeast-1",
        "ap-southeast-1", "ap-southeast-2", "eu-central-1", "eu-west-1", "eu-west-2");

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionViewModel.class);

    private final GatewayFactory factory;
    private final TaskRunner taskRunner;
    private final ObservableList<ConnectionChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionChoice> choice = new SimpleObjectProperty<>(ConnectionChoice.demo());
    private final StringProperty region = new SimpleStringProperty(ConnectionTarget.DEMO_REGION);
    private final ReadOnlyObjectWrapper<DeadlineGateway> gateway = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("Not connected");
    private final ReadOnlyObjectWrapper<QueryProblem> problem = new ReadOnlyObjectWrapper<>();
    private final ObservableList<NamedResource> farms = FXCollections.observableArrayList();
    private TaskHandle pending;
    private boolean profilesLoading;
    private ConnectionTarget pendingTarget;
    private boolean connectWhenProfilesRead;

    public ConnectionViewModel(GatewayFactory factory, TaskRunner taskRunner, List<ProfileSummary> profiles) {
        this(factory, taskRunner, () -> profiles);
    }

    /**
     * Lists the AWS profiles in the background: reading the config files loads much of the SDK, which the
     * window should not wait for when it opens on the demo studio.
     */
    public ConnectionViewModel(GatewayFactory factory, TaskRunner taskRunner,
                               Supplier<List<ProfileSummary>> profiles) {
        this.factory = factory;
        this.taskRunner = taskRunner;
        choices.setAll(ConnectionChoice.demo(),
            new ConnectionChoice(ConnectionTarget.Kind.DEFAULT_CHAIN, null, ConnectionTarget.DEFAULT_REGION, false));
        choice.addListener((observable, before, after) -> {
            if (after != null) {
                region.set(after.defaultRegion());
            }
        });
        profilesLoading = true;
        taskRunner.submit(context -> profiles.get(),
            TaskCallbacks.of(this::profilesRead, failure -> profilesRead(List.of())));
    }

    private void profilesRead(List<ProfileSummary> profiles) {
        for (ProfileSummary profile : profiles) {
            choices.add(new ConnectionChoice(ConnectionTarget.Kind.PROFILE, profile.name(),
                profile.region().orElse(ConnectionTarget.DEFAULT_REGION), profile.singleSignOn()));
        }
        profilesLoading = false;
        if (pendingTarget != null) {
            ConnectionTarget target = pendingTarget;
            pendingTarget = null;
            select(target);
            if (connectWhenProfilesRead) {
                connectWhenProfilesRead = false;
                connect();
            }
        }
    }

    public ObservableList<ConnectionChoice> choices() {
        return choices;
    }

    public ObjectProperty<ConnectionChoice> choiceProperty() {
        return choice;
    }

    public StringProperty regionProperty() {
        return region;
    }

    /** The open connection, or null while none is open. */
    public ReadOnlyObjectProperty<DeadlineGateway> gatewayProperty() {
        return gateway.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    /** The connection state in words: connecting, connected with N farms, or what failed. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QueryProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The farms of the open connection. */
    public ObservableList<NamedResource> farms() {
        return farms;
    }

    public BooleanBinding regionNeeded() {
        return Bindings.createBooleanBinding(() -> choice.get() != null && choice.get().needsRegion(), choice);
    }

    /** Selects the choice matching a saved target, falling back to the demo studio. */
    public void select(ConnectionTarget target) {
        if (profilesLoading && target.kind() == ConnectionTarget.Kind.PROFILE) {
            pendingTarget = target;
            return;
        }
        ConnectionChoice match = choices.stream()
            .filter(candidate -> candidate.kind() == target.kind()
                && (target.profile() == null || target.profile().equals(candidate.profile())))
            .findFirst().orElse(ConnectionChoice.demo());
        choice.set(match);
        if (match.needsRegion() && target.region() != null) {
            region.set(target.region());
        }
    }

    /** The target the current choice and region describe. */
    public ConnectionTarget target() {
        return choice.get().target(region.get() == null ? "" : region.get().trim());
    }

    /** Opens the chosen connection and loads its farms; replaces any open one. */
    public void connect() {
        if (pendingTarget != null) {
            // The saved profile is not listed yet; connect as soon as the profiles are read.
            connectWhenProfilesRead = true;
            state.set("Reading AWS profiles…");
            return;
        }
        ConnectionTarget target;
        try {
            target = target();
        } catch (IllegalArgumentException e) {
            state.set("Choose a region for the AWS connection.");
            return;
        }
        if (pending != null) {
            pending.cancel();
        }
        closeGateway();
        farms.clear();
        problem.set(null);
        connecting.set(true);
        state.set("Connecting to " + target.describe() + "…");
        pending = taskRunner.submit(context -> {
            DeadlineGateway opened = factory.open(target);
            try {
                return new Opened(opened, opened.farms());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, new TaskCallbacks<Opened>(this::connected, this::failed, () -> connecting.set(false)));
    }

    /** Closes the open connection, for example when the window closes. */
    public void disconnect() {
        if (pending != null) {
            pending.cancel();
        }
        closeGateway();
    }

    private void connected(Opened opened) {
        connecting.set(false);
        gateway.set(opened.gateway());
        farms.setAll(opened.farms());
        state.set(opened.gateway().target().describe() + ": " + farmCount(opened.farms().size()));
        LOG.info("Connected to {}: {}", opened.gateway().target().describe(), farmCount(opened.farms().size()));
    }

    private void failed(Throwable failure) {
        connecting.set(false);
        QueryProblem reason = failure instanceof QueryProblem ? (QueryProblem) failure
            : new QueryProblem(QueryProblem.Kind.NETWORK, "Could not connect: " + failure.getMessage(),
                "Check the connection settings and try again.", failure.toString(), failure);
        problem.set(reason);
        LOG.warn("Connection failed: {} ({})", reason.getMessage(), reason.details());
        state.set("Not connected: " + reason.getMessage());
    }

    private void closeGateway() {
        DeadlineGateway open = gateway.get();
        gateway.set(null);
        if (open != null) {
            open.close();
        }
    }

    private static String farmCount(int count) {
        return count == 1 ? "1 farm" : count + " farms";
    }

    private record Opened(DeadlineGateway gateway, List<NamedResource> farms) {
    }
}
