package com.deadlinecost.emulator;

import com.deadlinecost.emulator.http.ApiErrors;
import com.deadlinecost.emulator.http.ApiException;
import com.deadlinecost.emulator.http.EmulatorRequest;
import com.deadlinecost.emulator.http.JsonBodies;
import com.deadlinecost.emulator.http.PageTokens;
import com.deadlinecost.emulator.studio.Studio;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns exchanges into requests, injects faults, routes, and writes answers and errors in the wire format. */
final class EmulatorHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHandler.class);
    private static final String DEADLINE_JSON = "application/json";
    private static final String AWS_JSON_1_1 = "application/x-amz-json-1.1";

    private final FaultInjector faults;
    private final ResourceRoutes resources;
    private final AggregationRoutes aggregations;
    private final IdentityStoreRoutes identityStore;
    private final BudgetRoutes budgets;

    EmulatorHandler(Studio studio, EmulatorConfig config) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        PageTokens tokens = new PageTokens(secret, config.clock(), config.faults().tokenTtl());
        this.faults = new FaultInjector(config.faults());
        this.budgets = new BudgetRoutes(studio, config, tokens);
        this.resources = new ResourceRoutes(studio, tokens, budgets::queueState);
        this.aggregations = new AggregationRoutes(studio, config, tokens);
        this.identityStore = new IdentityStoreRoutes(studio);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            EmulatorRequest request = new EmulatorRequest(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                EmulatorRequest.parseQuery(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("X-Amz-Target"), exchange.getRequestBody().readAllBytes(),
                exchange.getRequestHeaders().getFirst("X-Amz-Client-Token"));
            String contentType = request.amzTarget() == null ? DEADLINE_JSON : AWS_JSON_1_1;
            pause(faults.latencyMillis());
            FaultInjector.Fault fault = faults.next();
            if (fault == FaultInjector.Fault.DROP) {
                // Closing without sendResponseHeaders makes the JDK server drop the connection: the client sees an
                // I/O error, as with a network fault.
                return;
            }
            try {
                ObjectNode body = answer(request, fault);
                write(exchange, 200, contentType, body);
            } catch (ApiException e) {
                writeError(exchange, contentType, e);
            } catch (RuntimeException e) {
                LOG.error("Emulator failed on {} {}", request.method(), request.path(), e);
                writeError(exchange, contentType, ApiErrors.internal("The emulator failed: " + e));
            }
        } finally {
            exchange.close();
        }
    }

    private ObjectNode answer(EmulatorRequest request, FaultInjector.Fault fault) {
        if (fault == FaultInjector.Fault.THROTTLE) {
            throw ApiErrors.throttling("Rate exceeded (injected by the emulator's throttle rate).", 1);
        }
        if (fault == FaultInjector.Fault.ERROR) {
            throw ApiErrors.internal("Internal error (injected by the emulator's error rate).");
        }
        if (request.amzTarget() != null) {
            return identityStore.handle(request);
        }
        ObjectNode body = aggregations.handle(request);
        if (body == null) {
            body = budgets.handle(request);
        }
        return body != null ? body : resources.handle(request);
    }

    private static void writeError(HttpExchange exchange, String contentType, ApiException error) throws IOException {
        ObjectNode body = JsonBodies.object();
        body.put("__type", error.type());
        error.members().forEach((name, value) -> body.set(name, JsonBodies.MAPPER.valueToTree(value)));
        exchange.getResponseHeaders().set("X-Amzn-ErrorType", error.type());
        if (error.retryAfterSeconds() > 0) {
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(error.retryAfterSeconds()));
        }
        write(exchange, error.status(), contentType, body);
    }

    private static void write(HttpExchange exchange, int status, String contentType, ObjectNode body)
        throws IOException {
        byte[] bytes = JsonBodies.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
