package org.pensionbot.telegram;

import java.util.Set;
import java.util.function.Predicate;
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
    private final Predicate<String> firstToSend;

    public AdminNotifier(Set<Long> adminIds, Outbox outbox) {
        this(adminIds, outbox, text -> true);
    }

    /**
     * @param firstToSend false when another bot instance already sent this notice (see
     *     {@code store.AdminNotices}); several instances watching one corpus then tell the admins once
     */
    public AdminNotifier(Set<Long> adminIds, Outbox outbox, Predicate<String> firstToSend) {
        this.adminIds = Set.copyOf(adminIds);
        this.outbox = outbox;
        this.firstToSend = firstToSend;
    }

    @Override
    public void onReload(ReloadResult result) {
        if (result.ok()) {
            return;
        }
        String text = AdminViews.reload(result);
        if (adminIds.isEmpty() || !firstToSend.test(text)) {
            return;
        }
        // In a private chat the chat id is the user's id.
        adminIds.forEach(admin -> outbox.sendText(admin, text));
    }
}
