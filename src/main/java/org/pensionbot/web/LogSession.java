package org.pensionbot.web;

/** A session id as logs show it: the first four characters, enough to follow one chat through a log. */
final class LogSession {

    private LogSession() {
    }

    static String of(String session) {
        return session.length() <= 4 ? session : session.substring(0, 4) + "…";
    }
}
