package org.pensionbot.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.pensionbot.corpus.CorpusProblem;
import org.pensionbot.dialog.Decision;
import org.pensionbot.dialog.DecisionThresholds;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.pensionbot.privacy.PersonalData;
import org.pensionbot.search.Evidence;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.search.Fusion;
import org.pensionbot.search.ScoredEntry;
import org.pensionbot.search.SearchResult;
import org.pensionbot.store.ReportText;

/**
 * Plain-text views for admins, free of any channel's formatting: why a question got its reply,
 * the state of the corpus, the outcome of a reload, and learning from missed questions. Short Chinese labels, because admins read
 * them in the same chat app as users.
 */
public final class AdminViews {

    /** Problems listed in one message; the rest are counted (the log has them all). */
    static final int MAX_PROBLEMS_SHOWN = 15;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.of("Asia/Shanghai"));

    private AdminViews() {
    }

    /**
     * Why the bot replies to {@code question} as it does: the words of it the corpus never uses, the rule that decided, then for each
     * candidate its fused confidence, the word-overlap and sentence-vector evidence behind it, the
     * variant it matched best and the part of the question compared with it. Shared by the
     * command line's {@code explain} and admins' {@code /why}.
     */
    public static String why(DialogEngine engine, FaqIndex index, String question) {
        String masked = PersonalData.mask(question);
        Decision decision = engine.decide(masked);
        Reply reply = decision.reply();
        SearchResult result = decision.search().entries().isEmpty() && decision.search().outOfScope().isEmpty()
                ? index.search(masked) : decision.search();
        StringBuilder out = new StringBuilder();
        out.append("🔎 问题：").append(masked).append('\n');
        out.append("归一化：").append(index.normalize(masked)).append('\n');
        List<String> unknown = index.unknownWords(masked);
        if (!unknown.isEmpty()) {
            // Words no phrasing uses find nothing by word overlap: a synonyms line or a phrasing may be missing.
            out.append("语料里没有的词：").append(String.join(" ", unknown)).append('\n');
        }
        out.append("决定：").append(reply.action().wireName());
        if (reply instanceof Reply.Answer answer) {
            out.append(" ").append(answer.entry().id());
        }
        if (reply instanceof Reply.Fallback fallback) {
            out.append("（").append(fallback.reason().name().toLowerCase(Locale.ROOT)).append("）");
        }
        out.append("　规则：").append(decision.rule().name().toLowerCase(Locale.ROOT))
                .append("（").append(meaning(decision.rule())).append("）\n");
        if (decision.rule() == Decision.Rule.CONFIDENT && answeredARunnerUp(result.entries())) {
            ScoredEntry answered = result.entries().get(0);
            ScoredEntry closest = result.entries().stream().max(Comparator.comparingDouble(ScoredEntry::confidence)).orElseThrow();
            out.append(String.format(Locale.ROOT, "回答的不是最像的那条：最像的 %s 没到直接回答的程度，分类器几乎排除了它（%.3f），"
                    + "却认为这条很可能（%.3f），而这条只比它低 %.3f。%n", closest.id(), closest.probability(), answered.probability(),
                    closest.confidence() - answered.confidence()));
        }
        if (decision.rule() == Decision.Rule.UNSURE && !result.entries().isEmpty()) {
            out.append(whyNotAnswered(engine.thresholds(), result.entries()));
        }
        if (decision.rule() == Decision.Rule.NO_MATCH && !result.entries().isEmpty()) {
            out.append(String.format(Locale.ROOT, "没有给选择：最像的 %.3f，不到给选择的 %.2f；回复说没把握，列出相近的条目。%n",
                    result.entries().get(0).confidence(), engine.thresholds().clarifyFloor()));
        }
        if (result.unreadChars() > 0) {
            out.append("消息太长，后面 ").append(result.unreadChars()).append(" 个字没有读。\n");
        }
        if (result.scamProbability() > 0) {
            // The reading of scams by meaning decides at its own level, whatever the candidates below say.
            out.append(String.format(Locale.ROOT, "像正在被骗的可能（按意思读）：%.2f%n", result.scamProbability()));
        }
        if (result.entries().isEmpty()) {
            out.append("没有任何条目匹配。\n");
        } else {
            out.append(String.format(Locale.ROOT, "候选（置信度 = %.1f×向量 + %.1f×词；给选择时，"
                    + "选项按 置信度 + %.1f×分类器概率 排序）：%n",
                    Fusion.DENSE_WEIGHT, Fusion.LEXICAL_WEIGHT, Fusion.CLASSIFIER_WEIGHT));
        }
        for (ScoredEntry candidate : result.entries()) {
            out.append(String.format(Locale.ROOT, "%.3f  %s（%s）· 分类器概率 %.3f · 选项排序 %.3f%n", candidate.confidence(),
                    candidate.id(), candidate.entry().title(), candidate.probability(), candidate.choiceOrder()));
            out.append(evidence(candidate.evidence()));
        }
        // The classifier reads the neighbouring topics as one class; a near tie goes to them only if it finds them likelier.
        result.outOfScope().ifPresent(topic -> out.append(String.format(Locale.ROOT, "范围外话题：%.3f  %s · 问的那句像范围外话题的分类器概率 %.3f%n",
                topic.confidence(), topic.topic().topic(), topic.askingProbability())).append(evidence(topic.evidence())));
        return out.toString();
    }

    /** Whether the entry answered (first) is not the closest: a likely runner-up ({@link DecisionThresholds#answersLikelyRunnerUp}). */
    private static boolean answeredARunnerUp(List<ScoredEntry> candidates) {
        return candidates.size() > 1 && candidates.get(0).confidence() < candidates.get(1).confidence();
    }

    /**
     * Why the best entry was not answered outright, with the levels it missed: the numbers alone do not say that
     * 0.421 needed a lead of 0.20, or that the classifier's 0.496 was a hair under its 0.50 (a question on its own;
     * mid-chat the classifier's route starts higher).
     */
    private static String whyNotAnswered(DecisionThresholds levels, List<ScoredEntry> candidates) {
        ScoredEntry best = candidates.get(0);
        double lead = best.confidence() - (candidates.size() < 2 ? 0 : candidates.get(1).confidence());
        double anotherProbability = candidates.stream().skip(1).mapToDouble(ScoredEntry::probability).max().orElse(0);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "没有直接回答：最像的 %.3f，比第二名领先 %.3f。要直接回答，得满足其中一条：≥%.2f 且领先 ≥%.2f；≥%.2f 且领先 ≥%.2f；"
                        + "≥%.2f 且领先 ≥%.2f；≥%.2f 且分类器概率 ≥%.2f，或 ≥%.2f 且分类器概率 ≥%.2f（现在 %.3f）。%n",
                best.confidence(), lead, levels.answerWithSmallLead(), levels.smallLead(), levels.answer(), levels.margin(),
                levels.answerWithClearLead(), levels.clearLead(), levels.answerWhenLikely(), levels.likely(),
                levels.answerWhenVeryLikely(), levels.veryLikely(), best.probability()));
        if (best.probability() < levels.doubted() && anotherProbability >= levels.likely()) {
            out.append(String.format(Locale.ROOT, "另外，分类器只给它 %.3f，却认为另一个候选很可能（%.3f）：这样的也请用户选。%n",
                    best.probability(), anotherProbability));
        }
        return out.toString();
    }

    private static String evidence(Evidence evidence) {
        return String.format(Locale.ROOT, "       词 %.2f · 向量余弦 %.2f%s · 最像：“%s” · 比较的部分：“%s” · 共同词：%s%n",
                evidence.lexical(), evidence.cosine(), evidence.negationDisagrees() ? " · 否定不一致" : "",
                evidence.variant(), evidence.piece(), String.join(" ", evidence.matchedTerms()));
    }

    /** Entry count and the last load attempt. */
    public static String corpus(LiveIndex live) {
        StringBuilder out = new StringBuilder();
        out.append("📚 问答库：").append(live.directory()).append('\n');
        out.append("正在使用：").append(live.get().corpus().size()).append(" 个条目，加载于 ")
                .append(TIME.format(live.lastGoodLoad().finishedAt())).append('\n');
        ReloadResult last = live.lastLoad();
        out.append("最近一次加载：").append(TIME.format(last.finishedAt())).append("，")
                .append(last.ok() ? "成功" : "失败，仍在用上一版").append("，耗时 ")
                .append(last.duration().toMillis()).append(" ms\n");
        appendProblems(out, last);
        return out.toString();
    }

    /** The outcome of a reload, with every problem as {@code file:line: message}. */
    public static String reload(ReloadResult result) {
        StringBuilder out = new StringBuilder();
        if (result.ok()) {
            out.append("✅ 问答库已重新加载：").append(result.entries()).append(" 个条目，耗时 ")
                    .append(result.duration().toMillis()).append(" ms\n");
        } else {
            out.append("❌ 问答库修改有错误，没有加载，仍在用上一版（").append(result.entries()).append(" 个条目）：\n");
            appendProblems(out, result);
        }
        return out.toString();
    }

    /** One missed question and what to do with it; {@link AdminConversation} adds a choice per candidate. */
    public static String learnOffer(LearningOffers.Offer offer) {
        StringBuilder out = new StringBuilder();
        out.append(offer.number()).append(". ").append(offer.question().text())
                .append("（").append(ReportText.channels(offer.question())).append(offer.question().count()).append(" 次）\n");
        out.append(offer.candidates().isEmpty()
                ? "没有相近的条目：也许该写一个新条目。"
                : "点一个条目，把这句加为它的问法：");
        return out.toString();
    }

    /** The outcome of adding a phrasing and of the reload after it. */
    public static String learned(VariantLearner.Outcome outcome, ReloadResult reload) {
        if (!outcome.changed()) {
            return refused(outcome);
        }
        return "✅ 已把“" + outcome.question() + "”加为 " + outcome.entryId() + " 的问法（" + outcome.file() + ":" + outcome.line()
                + "）。\n" + reloaded(reload);
    }

    /** The outcome of taking a learned phrasing out again. */
    public static String unlearned(VariantLearner.Outcome outcome, ReloadResult reload) {
        if (!outcome.changed()) {
            return refused(outcome);
        }
        return "↩️ 已撤销：“" + outcome.question() + "”不再是 " + outcome.entryId() + " 的问法。\n" + reloaded(reload);
    }

    /** Why a learn or undo changed nothing, with the problems validation found, if that was why. */
    public static String refused(VariantLearner.Outcome outcome) {
        StringBuilder out = new StringBuilder("❌ 没有修改问答库：").append(outcome.refusal().orElse("")).append('\n');
        appendProblems(out, outcome.problems());
        return out.toString();
    }

    private static String reloaded(ReloadResult reload) {
        return reload.ok()
                ? "问答库已重新加载：" + reload.entries() + " 个条目。"
                : reload(reload);
    }

    private static void appendProblems(StringBuilder out, ReloadResult result) {
        appendProblems(out, result.problems());
    }

    private static void appendProblems(StringBuilder out, List<CorpusProblem> problems) {
        int shown = 0;
        for (CorpusProblem problem : problems) {
            if (shown++ == MAX_PROBLEMS_SHOWN) {
                out.append("……还有 ").append(problems.size() - MAX_PROBLEMS_SHOWN).append(" 个问题，见日志\n");
                break;
            }
            out.append("• ").append(problem).append('\n');
        }
    }

    /** What a rule means, in the admin's words: the code alone ("unsure", "no_match") says little to someone editing the corpus. */
    private static String meaning(Decision.Rule rule) {
        return switch (rule) {
            case NO_TEXT -> "消息里没有能读的字";
            case SAFETY -> "像是正在被骗，直接给防骗的紧急步骤";
            case CHOICE -> "用户回复了序号，选中上一条回复里的选项";
            case CONTEXT -> "连着上一个话题来理解";
            case SMALL_TALK -> "问候、道谢或告别";
            case SCREEN_MESSAGE -> "引了屏幕上的提示，哪条解释这个提示就答哪条，并给出说这个提示的那一句";
            case OUT_OF_SCOPE -> "最像范围外的话题，礼貌转介";
            case CONFIDENT -> "够接近，又明显领先（或分类器认为很可能），直接回答";
            case UNSURE -> "有几条都接近，谁也不明显领先，请用户选";
            case LEANS_TO_A_SCAM -> "几条都接近，排第一的是防骗那条，读起来又像碰上了骗局：直接给防骗的提醒";
            case CLAUSE -> "整句有几条都接近，但其中一小句明明白白就是排第一的那条，直接回答";
            case TWO_QUESTIONS -> "整句有几条都接近，但它一句问了两件事，每件单独都能直接回答：答先问的那件，另一件放在后面请用户点";
            case NO_MATCH -> "没有足够接近的条目";
            case KEYWORDS -> "只有一两个关键词，当作问养老认证来理解";
        };
    }
}
