package com.deadlinecost.service.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRedactorTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @Test
    void masksAccessKeyIds() {
        assertThat(SecretRedactor.redact("signing with AKIAIOSFODNN7EXAMPLE now"))
            .isEqualTo("signing with [REDACTED] now");
    }

    @Test
    void masksSecretKeysWhereverTheyStand() {
        assertThat(SecretRedactor.redact("value " + SECRET + " end")).doesNotContain(SECRET);
        assertThat(SecretRedactor.redact("aws_secret_access_key = short")).isEqualTo("aws_secret_access_key = "
            + SecretRedactor.MASK);
    }

    @Test
    void masksSessionTokenHeadersAndSignatures() {
        String canonical = "x-amz-security-token:tok123\nAuthorization: AWS4-HMAC-SHA256 Signature=abc123def";

        String redacted = SecretRedactor.redact(canonical);

        assertThat(redacted).doesNotContain("tok123").doesNotContain("abc123def");
    }

    @Test
    void leavesOrdinaryTextAndResourceIdsAlone() {
        String line = "Aggregation 0123456789abcdef0123456789abcdef for farm-0123456789abcdef0123456789abcdef done";

        assertThat(SecretRedactor.redact(line)).isEqualTo(line);
    }

    @Test
    void leavesLongJavaNamesInStackTracesReadable() {
        String frame = "at com.deadlinecost.ui.common.FxTaskRunnerTest.lambda$cancelInterruptsBlockedWorkAndReports$3";

        assertThat(SecretRedactor.redact(frame)).isEqualTo(frame);
    }
}
