package com.deadlinecost.service.deadline;

import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.QueryProblem.Kind;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.deadline.model.AccessDeniedException;
import software.amazon.awssdk.services.deadline.model.InternalServerErrorException;
import software.amazon.awssdk.services.deadline.model.ResourceNotFoundException;
import software.amazon.awssdk.services.deadline.model.ThrottlingException;
import software.amazon.awssdk.services.deadline.model.ValidationException;

/** Turns the SDK's exceptions into {@link QueryProblem}s that say what happened and what to do. */
public final class SdkErrors {

    private SdkErrors() {
    }

    public static QueryProblem translate(RuntimeException error, ConnectionTarget target) {
        if (error instanceof QueryProblem) {
            return (QueryProblem) error;
        }
        if (error instanceof AwsServiceException) {
            return fromService((AwsServiceException) error, target);
        }
        if (error instanceof SdkClientException) {
            return fromClient((SdkClientException) error, target);
        }
        if (target.kind() != ConnectionTarget.Kind.DEMO) {
            Optional<QueryProblem> files = AwsFiles.problem(target, error);
            if (files.isPresent()) {
                return files.get();
            }
        }
        if (target.kind() != ConnectionTarget.Kind.DEMO && mentionsSso(error)) {
            // A missing IAM Identity Center token surfaces as a bare file error from the SDK's token cache.
            return signInRequired(target, error.toString(), error);
        }
        return new QueryProblem(Kind.SERVICE_ERROR, "Unexpected error: " + error.getMessage(),
            "Try again; if it keeps happening, send the log file with a bug report.", error.toString(), error);
    }

    private static QueryProblem fromService(AwsServiceException error, ConnectionTarget target) {
        String details = details(error);
        String message = error.awsErrorDetails() == null ? error.getMessage() : error.awsErrorDetails().errorMessage();
        if (error instanceof AccessDeniedException || error.statusCode() == 403) {
            return new QueryProblem(Kind.ACCESS_DENIED, "Access denied by Deadline Cloud: " + message,
                "Reading usage needs the OWNER membership level on the farm. Ask a farm owner to add you, or"
                    + " connect with a profile that has it (" + target.describe() + ").", details, error);
        }
        if (error instanceof ResourceNotFoundException) {
            return new QueryProblem(Kind.NOT_FOUND, "Not found: " + message,
                "Check that the farm exists in region " + target.region() + ", or choose another region.",
                details, error);
        }
        if (error instanceof ValidationException) {
            ValidationException validation = (ValidationException) error;
            String fields = validation.fieldList() == null ? "" : validation.fieldList().stream()
                .map(field -> field.name() + ": " + field.message()).collect(Collectors.joining("; "));
            return new QueryProblem(Kind.INVALID_REQUEST, "Deadline Cloud rejected the query: " + message
                + (fields.isEmpty() ? "" : " (" + fields + ")"), "Change the query and run it again.", details, error);
        }
        if (error instanceof ThrottlingException) {
            return new QueryProblem(Kind.FARM_BUSY, "Deadline Cloud is busy: " + message,
                "Wait a moment and run the query again.", details, error);
        }
        if (error instanceof InternalServerErrorException || error.statusCode() >= 500) {
            return new QueryProblem(Kind.SERVICE_ERROR, "Deadline Cloud had an internal error: " + message,
                "This is usually temporary: run the query again in a minute.", details, error);
        }
        if (isExpiredToken(error)) {
            return signInRequired(target, details, error);
        }
        return new QueryProblem(Kind.SERVICE_ERROR, "Deadline Cloud answered with an error: " + message,
            "Run the query again; if it keeps failing, check the details.", details, error);
    }

    private static QueryProblem fromClient(SdkClientException error, ConnectionTarget target) {
        String text = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
        if (target.kind() != ConnectionTarget.Kind.DEMO) {
            Optional<QueryProblem> files = AwsFiles.problem(target, error);
            if (files.isPresent()) {
                return files.get();
            }
        }
        if (hasCause(error, SSLException.class)) {
            return new QueryProblem(Kind.NETWORK, "The secure (https) connection failed: " + rootMessage(error)
                + ".", "If the endpoint serves plain HTTP (a local emulator does), use an http:// URL.",
                error.toString(), error);
        }
        if (target.kind() != ConnectionTarget.Kind.DEMO && (text.contains("sso") || text.contains("token")
                || text.contains("credentials") || text.contains("profile"))) {
            return signInRequired(target, error.getMessage(), error);
        }
        if (unreadableAnswer(error)) {
            return new QueryProblem(Kind.MALFORMED_RESPONSE, "The service sent a response the app cannot read.",
                "Run the query again; if it keeps failing, send the log file with a bug report.", error.toString(),
                error);
        }
        if (hasCause(error, IOException.class)) {
            String where = target.kind() == ConnectionTarget.Kind.DEMO
                ? "the demo studio" : "Deadline Cloud in region " + target.region();
            return new QueryProblem(Kind.NETWORK, "Cannot reach " + where + ": " + rootMessage(error),
                "Check the network connection and the region, then run the query again.", error.toString(), error);
        }
        if (text.contains("unable to unmarshall") || text.contains("unmarshal") || text.contains("parse")) {
            return new QueryProblem(Kind.MALFORMED_RESPONSE, "The service sent a response the app cannot read.",
                "Run the query again; if it keeps failing, send the log file with a bug report.", error.toString(),
                error);
        }
        return new QueryProblem(Kind.SERVICE_ERROR, "The request failed: " + error.getMessage(),
            "Run the query again; if it keeps failing, check the details.", error.toString(), error);
    }

    private static QueryProblem signInRequired(ConnectionTarget target, String details, Throwable error) {
        String login = target.kind() == ConnectionTarget.Kind.PROFILE
            ? "aws sso login --profile " + target.profile() : "aws sso login";
        return new QueryProblem(Kind.SIGN_IN_REQUIRED,
            "Your AWS sign-in for " + target.describe() + " is missing or has expired.",
            "Run '" + login + "' in a terminal, then press Retry (no restart needed).", details, error);
    }

    private static boolean isExpiredToken(AwsServiceException error) {
        String code = error.awsErrorDetails() == null ? "" : String.valueOf(error.awsErrorDetails().errorCode());
        return code.contains("ExpiredToken") || code.contains("UnrecognizedClient") || code.contains("Unauthorized")
            || code.contains("InvalidSignature") || code.contains("InvalidClientTokenId");
    }

    static String details(AwsServiceException error) {
        String code = error.awsErrorDetails() == null ? "?" : error.awsErrorDetails().errorCode();
        return "HTTP " + error.statusCode() + ", " + code + ", request id " + error.requestId();
    }

    private static boolean mentionsSso(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("sso")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the answer arrived but could not be read: a JSON parser's error is an IOException too, and must not
     * be reported as an unreachable service.
     */
    private static boolean unreadableAnswer(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getName();
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (type.contains(".json.") || type.contains("Json") || message.contains("unmarshall")
                || message.contains("unexpected json token") || message.contains("unexpected token")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
