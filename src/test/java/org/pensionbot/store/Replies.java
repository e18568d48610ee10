package org.pensionbot.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.ScoredEntry;

/** Small hand-built replies of each kind, as the dialog engine would return them. */
final class Replies {

    private Replies() {
    }

    static FaqEntry entry(String id) {
        return new FaqEntry(id, "标题 " + id, List.of(), List.of(), List.of(), List.of(), LocalDate.of(2026, 11, 27),
                "摘要", List.of(), List.of(), Path.of("entries", id + ".md"));
    }

    static ScoredEntry scored(String id, double confidence) {
        return new ScoredEntry(entry(id), confidence, List.of("认证"));
    }

    static Reply answer(String question, String entryId) {
        return new Reply.Answer(question, false, entry(entryId), 0.9, List.of(), List.of(scored(entryId, 0.9)));
    }

    static Reply clarify(String question) {
        return new Reply.Clarify(question, false, List.of(scored("alipay-self", 0.5), scored("wechat-self", 0.45)));
    }

    static Reply fallback(String question) {
        return new Reply.Fallback(question, false, Reply.FallbackReason.NO_MATCH, null, List.of(), List.of());
    }

    static Reply smallTalk(String question) {
        return new Reply.SmallTalk(question, false, Reply.SmallTalkKind.GREETING, "您好！");
    }
}
