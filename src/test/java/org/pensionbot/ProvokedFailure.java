package org.pensionbot;

/**
 * A failure a test causes on purpose (a listener, hook or builder that throws), to check that the
 * code under test survives it. The test logging configuration keeps these out of the build output
 * (see {@code logback-test.xml}), so that an error or stack trace there always means a real problem.
 */
public final class ProvokedFailure extends IllegalStateException {

    public ProvokedFailure(String message) {
        super(message);
    }
}
