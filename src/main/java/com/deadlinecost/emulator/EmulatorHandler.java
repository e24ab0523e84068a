package com.deadlinecost.emulator;

import com.deadlinecost.emulator.http.ApiErrors;
import com.deadlinecost.emulator.http.ApiException;
import com.deadlinecost.emulator.http.EmulatorRequest;
import com.deadlinecost.emulator.http.JsonAnswer;
import com.deadlinecost.emulator.http.PageTokens;
import com.deadlinecost.emulator.http.WireFormat;
import com.deadlinecost.emulator.studio.Studio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns exchanges into requests, injects faults, routes, and writes answers and errors in the wire format. */
final class EmulatorHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHandler.class);
    /** Far above any request the SDK sends (a Start body is a few hundred bytes); more is refused, not buffered. */
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final String SIGV4 = "AWS4-HMAC-SHA256";

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
        this.identityStore = new IdentityStoreRoutes(studio, config.identityStoreRegion());
    }

    AggregationCallCounts aggregationCalls() {
        return aggregations.calls();
    }

    @Override
    public boolean handle(Request exchange, Response response, Callback callback) throws IOException {
        String amzTarget = exchange.getHeaders().get("X-Amz-Target");
        String contentType = amzTarget == null ? WireFormat.DEADLINE_JSON : WireFormat.AWS_JSON_1_1;
        EmulatorRequest request;
        try {
            checkSigned(exchange);
            request = new EmulatorRequest(exchange.getMethod(), exchange.getHttpURI().getPath(),
                EmulatorRequest.parseQuery(exchange.getHttpURI().getQuery()), amzTarget, body(exchange),
                exchange.getHeaders().get("X-Amz-Client-Token"));
        } catch (ApiException e) {
            writeError(response, callback, contentType, e);
            return true;
        }
        pause(faults.latencyMillis());
        FaultInjector.Fault fault = faults.next();
        if (fault == FaultInjector.Fault.DROP) {
            // Closing the connection before any answer: the client sees an I/O error, as with a network fault.
            exchange.getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new EofException("connection dropped by the emulator's drop rate"));
            return true;
        }
        try {
            JsonAnswer body = answer(request, fault, exchange.getHeaders().get(HttpHeader.AUTHORIZATION));
            write(response, callback, 200, contentType, body.toBytes());
        } catch (ApiException e) {
            writeError(response, callback, contentType, e);
        } catch (RuntimeException e) {
            LOG.error("Emulator failed on {} {}", request.method(), request.path(), e);
            writeError(response, callback, contentType, ApiErrors.internal("The emulator failed: " + e));
        }
        return true;
    }

    private JsonAnswer answer(EmulatorRequest request, FaultInjector.Fault fault, String authorization) {
        if (fault == FaultInjector.Fault.THROTTLE) {
            throw ApiErrors.throttling("Rate exceeded (injected by the emulator's throttle rate).", 1);
        }
        if (fault == FaultInjector.Fault.ERROR) {
            throw ApiErrors.internal("Internal error (injected by the emulator's error rate).");
        }
        if (request.amzTarget() != null) {
            return JsonAnswer.of(identityStore.handle(request, IdentityStoreRoutes.signingRegion(authorization)));
        }
        JsonAnswer aggregation = aggregations.handle(request);
        if (aggregation != null) {
            return aggregation;
        }
        ObjectNode body = budgets.handle(request);
        return JsonAnswer.of(body != null ? body : resources.handle(request));
    }

    /** The service answers an unsigned request with 403 before looking at it; so does the emulator. */
    private static void checkSigned(Request exchange) {
        String authorization = exchange.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(SIGV4 + " ")) {
            throw ApiErrors.missingAuthentication();
        }
    }

    private static byte[] body(Request exchange) throws IOException {
        long declared = exchange.getLength();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = Request.asInputStream(exchange)) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private static ApiException tooLarge() {
        return ApiErrors.validation("CANNOT_PARSE", "The request body is larger than " + MAX_BODY_BYTES
            + " bytes.");
    }

    private static void writeError(Response response, Callback callback, String contentType, ApiException error) {
        response.getHeaders().put(WireFormat.ERROR_TYPE_HEADER, error.type());
        if (error.retryAfterSeconds() > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(error.retryAfterSeconds()));
        }
        write(response, callback, error.status(), contentType, WireFormat.errorBody(error));
    }

    private static void write(Response response, Callback callback, int status, String contentType, byte[] bytes) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put("X-Amzn-RequestId", UUID.randomUUID().toString());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
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
