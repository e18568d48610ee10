package org.pensionbot.telegram;

import java.util.Set;
import org.pensionbot.admin.AdminViews;
import org.pensionbot.admin.ReloadListener;
import org.pensionbot.admin.ReloadResult;

/**
 * Tells every admin in a private message when an edit of the corpus was rejected, with the
 * {@code file:line} problems, so a broken edit never goes unnoticed while the old corpus keeps
 * serving. Successful reloads are only logged: admins would soon mute a bot that reports every save.
 *
 * <p>Sending goes through the {@link Outbox}, which queues and never blocks: safe to call on the
 * reloading thread.
 */
public final class AdminNotifier implements ReloadListener {

    private final Set<Long> adminIds;
    private final Outbox outbox;

    public AdminNotifier(Set<Long> adminIds, Outbox outbox) {
        this.adminIds = Set.copyOf(adminIds);
        this.outbox = outbox;
    }

    @Override
    public void onReload(ReloadResult result) {
        if (result.ok()) {
            return;
        }
        String text = AdminViews.reload(result);
        // In a private chat the chat id is the user's id.
        adminIds.forEach(admin -> outbox.sendText(admin, text));
    }
}
