package org.pensionbot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One file of the page (HTML, CSS or JavaScript) read from the jar once: the page needs no build
 * tool, no CDN and no font from elsewhere. Immutable.
 */
record StaticPage(String path, byte[] body, String contentType) {

    /** Reads {@code web/<name>} from the classpath; a missing file is a packaging bug and fails start-up. */
    static StaticPage load(String name, String contentType) {
        String resource = "web/" + name;
        try (InputStream in = StaticPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource);
            }
            return new StaticPage("/" + name, in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
