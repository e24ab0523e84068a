package com.deadlinecost.service.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes anything shaped like an AWS credential from text bound for a log: access key ids, secret keys,
 * session tokens, SigV4 signatures and the values of credential-bearing headers or settings. It is the last
 * line of defence; the code also never logs credentials on purpose.
 */
public final class SecretRedactor {
    public static final String MASK = "[REDACTED]";

    private static final List<Pattern> VALUE_AFTER_NAME = List.of(
        Pattern.compile("(?i)((?:aws_)?secret_?access_?key|(?:aws_)?session_?token|x-amz-security-token"
            + "|authorization|sso_?(?:access_?)?token|accessToken|refreshToken|clientSecret)"
            + "(\"?\\s*[:=]\\s*\"?)([^\\s\",;]+)"),
        Pattern.compile("(?i)(Signature=)([0-9a-f]+)"));
    /** The {@code user:password@} of a URL such as {@code http://KEY:SECRET@host:port}. */
    private static final Pattern URL_USER_INFO = Pattern.compile("(?<=://)[^/?#\\s@]+@");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(?:AKIA|ASIA|AROA|AIDA)[A-Z0-9]{12,}\\b");
    // Secret keys are 40 base64 characters and session tokens are longer still, both mixing digits with upper
    // and lower case; ids we log are shorter or lowercase hex, and long Java names in stack traces lack digits.
    private static final Pattern LONG_BASE64 = Pattern.compile(
        "(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]*[0-9])(?=[A-Za-z0-9/+=]*[a-z])(?=[A-Za-z0-9/+=]*[A-Z])"
            + "[A-Za-z0-9/+=]{40,}");

    private SecretRedactor() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Pattern pattern : VALUE_AFTER_NAME) {
            result = maskLastGroup(pattern, result);
        }
        result = URL_USER_INFO.matcher(result).replaceAll(Matcher.quoteReplacement(MASK + "@"));
        result = ACCESS_KEY_ID.matcher(result).replaceAll(MASK);
        return LONG_BASE64.matcher(result).replaceAll(MASK);
    }

    private static String maskLastGroup(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            StringBuilder kept = new StringBuilder();
            for (int group = 1; group < matcher.groupCount(); group++) {
                kept.append(matcher.group(group));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(kept + MASK));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
