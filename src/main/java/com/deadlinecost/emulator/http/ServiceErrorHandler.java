package com.deadlinecost.emulator.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to requests it rejects itself (a bad request line, a malformed URI, oversized headers, an idle
 * client), written in the service's error shape instead of Jetty's HTML page: the SDK and the app then see a typed
 * error with a message, as they would from Deadline Cloud.
 */
public final class ServiceErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object status = request.getAttribute(ERROR_STATUS);
        Object message = request.getAttribute(ERROR_MESSAGE);
        ApiException error = WireFormat.forHttpStatus(status instanceof Integer ? (Integer) status : 500,
            message == null ? null : String.valueOf(message));
        byte[] body = WireFormat.errorBody(error);
        response.setStatus(error.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, WireFormat.DEADLINE_JSON);
        response.getHeaders().put(WireFormat.ERROR_TYPE_HEADER, error.type());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        ApiException error = WireFormat.forHttpStatus(status, reason);
        fields.put(HttpHeader.CONTENT_TYPE, WireFormat.DEADLINE_JSON);
        fields.put(WireFormat.ERROR_TYPE_HEADER, error.type());
        return ByteBuffer.wrap(WireFormat.errorBody(error));
    }
}
