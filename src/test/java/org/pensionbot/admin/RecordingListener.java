package org.pensionbot.admin;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every reload result it is told about, in order. */
final class RecordingListener implements ReloadListener {

    private final List<ReloadResult> results = new CopyOnWriteArrayList<>();

    @Override
    public void onReload(ReloadResult result) {
        results.add(result);
    }

    List<ReloadResult> results() {
        return List.copyOf(results);
    }

    int count() {
        return results.size();
    }

    boolean anyRejected() {
        return results.stream().anyMatch(r -> !r.ok());
    }

    boolean anyOk() {
        return results.stream().anyMatch(ReloadResult::ok);
    }
}
