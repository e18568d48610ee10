package org.pensionbot.remind;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.Menus;

/** The real corpus's {@code menus.yml} (how-to entries, reminder topics), loaded once for the reminder tests. */
final class TestMenus {

    private static Menus menus;

    private TestMenus() {
    }

    static synchronized Menus get() {
        if (menus == null) {
            try {
                menus = CorpusLoader.load(Path.of("faq-corpus")).menus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return menus;
    }

    static Supplier<Menus> supplier() {
        return TestMenus::get;
    }
}
