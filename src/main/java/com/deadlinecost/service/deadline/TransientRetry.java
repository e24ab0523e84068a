package com.deadlinecost.service.deadline;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.deadline.model.ThrottlingException;

/**
 * The app's own retries on top of the SDK's: throttling, server errors and dropped connections are tried again a
 * few times after a pause, for listings and name look-ups as for the data, so a flaky network changes nothing in
 * a result.
 */
final class TransientRetry {
    /** Waits between attempts; interruptible. */
    @FunctionalInterface
    interface Pauser {
        void pause(Duration duration) throws InterruptedException;
    }

    private final int retries;
    private final Duration pause;
    private final Pauser pauser;

    TransientRetry(int retries, Duration pause, Pauser pauser) {
        this.retries = retries;
        this.pause = pause;
        this.pauser = pauser;
    }

    /** Runs {@code request}, again after a transient failure, at most {@code retries} more times. */
    <T> T call(Supplier<T> request) {
        for (int retry = 0; ; retry++) {
            try {
                return request.get();
            } catch (SdkException e) {
                if (!isTransient(e) || retry >= retries) {
                    throw e;
                }
                try {
                    pauser.pause(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("cancelled while waiting to try again");
                }
            }
        }
    }

    /** Throttling, a 5xx answer, or no answer at all (a dropped connection, a timeout). */
    static boolean isTransient(SdkException error) {
        if (error instanceof AwsServiceException) {
            AwsServiceException service = (AwsServiceException) error;
            return service.statusCode() >= 500 || service.statusCode() == 429 || service instanceof ThrottlingException
                || service.isThrottlingException();
        }
        return error instanceof SdkClientException;
    }
}
