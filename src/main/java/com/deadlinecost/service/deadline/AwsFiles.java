package com.deadlinecost.service.deadline;

import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.QueryProblem.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;

/**
 * Names what is wrong with the AWS config and credentials files, which the SDK reports without a file name
 * ("Expected an '=' sign defining a property on line 8") or as an expired sign-in (a profile that does not exist).
 * Only asked after a failure of a connection that uses these files.
 */
final class AwsFiles {
    /** How the SDK's profile parser ends its messages: "... on line 8". */
    private static final Pattern LINE_OF_A_FILE = Pattern.compile("on line \\d+");
    /** How the SDK says a named profile is missing (it then lists the files' contents, never shown). */
    private static final String NO_CREDENTIALS_FOR_PROFILE = "contained no credentials for profile";
    private AwsFiles() {
    }

    static Optional<QueryProblem> problem(ConnectionTarget target, Throwable error) {
        String text = String.valueOf(error.getMessage());
        Path config = ProfileFileLocation.configurationFilePath();
        Path credentials = ProfileFileLocation.credentialsFilePath();
        if (LINE_OF_A_FILE.matcher(text).find()) {
            Optional<QueryProblem> damaged = damaged(config, ProfileFile.Type.CONFIGURATION);
            return damaged.isPresent() ? damaged : damaged(credentials, ProfileFile.Type.CREDENTIALS);
        }
        if (target.kind() != ConnectionTarget.Kind.PROFILE || !text.contains(NO_CREDENTIALS_FOR_PROFILE)) {
            return Optional.empty();
        }
        boolean known = ProfileFile.defaultProfileFile().profile(target.profile()).isPresent();
        if (known) {
            return Optional.empty();
        }
        return Optional.of(new QueryProblem(Kind.AWS_CONFIGURATION, "There is no AWS profile '" + target.profile()
            + "' in " + config + " or " + credentials + ".", "Check the name ('aws configure list-profiles' lists "
            + "them), or set it up with 'aws configure sso --profile " + target.profile() + "'.", "", null));
    }

    private static Optional<QueryProblem> damaged(Path file, ProfileFile.Type type) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ProfileFile.builder().content(file).type(type).build().profiles();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(new QueryProblem(Kind.AWS_CONFIGURATION, "The AWS file " + file + " cannot be read: "
                + e.getMessage() + ".", "Fix that line (or move the file aside), then try again.", e.toString(), e));
        }
    }
}
