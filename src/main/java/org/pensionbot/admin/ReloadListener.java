package org.pensionbot.admin;

/**
 * Told about every corpus load that {@link CorpusReloader} runs, successful or rejected — for
 * example to message the admins the {@code file:line} errors of a broken edit.
 *
 * <p>Called on the thread that ran the load, in the order the loads ran, while further reloads
 * wait: return quickly and hand slow work (network calls) to another thread. An exception thrown
 * here is logged and does not affect the reload or the other listeners. Do not call
 * {@link CorpusReloader#reload()} from here.
 */
@FunctionalInterface
public interface ReloadListener {

    void onReload(ReloadResult result);
}
