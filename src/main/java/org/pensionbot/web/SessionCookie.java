package org.pensionbot.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The anonymous session of a browser: a random id in an HttpOnly, SameSite=Strict cookie, and
 * nothing else about the person. The id keys the conversation's short memory (follow-ups, steps)
 * and, hashed, the statistics; it names nobody. Without a cookie, or with one this class did not
 * make, a new id is issued. Thread-safe.
 */
final class SessionCookie {

    static final String NAME = "pb_session";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionCookie() {
    }

    /** The browser's session id, issuing one (and setting the cookie) when it has none. */
    static String of(Context ctx, boolean secure) {
        String id = ctx.cookie(NAME);
        if (id != null && WELL_FORMED.matcher(id).matches()) {
            return id;
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // No max-age: the cookie ends with the browser session, like the conversation's memory.
        ctx.cookie(new Cookie(NAME, id, "/", -1, secure, true, null, SameSite.STRICT));
        return id;
    }
}
