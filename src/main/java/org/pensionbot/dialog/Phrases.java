package org.pensionbot.dialog;

import java.util.ArrayList;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.search.AskingSentence;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.search.ScoredEntry;
import org.pensionbot.search.TextNormalizer;

/**
 * The bot's fixed sentences, shared by every channel so that the terminal, JSON and Telegram
 * say the same thing. Plain text only: renderers add formatting.
 *
 * <p>Written for elderly readers: short sentences, no jargon, warm tone.
 */
public final class Phrases {

    public static final String HOTLINE = "12333";

    public static final String PERSONAL_DATA_WARNING =
            "⚠️ 温馨提醒：请不要在聊天里发身份证号、手机号或银行卡号。我不需要这些信息，也不会保存。";

    /** Said when a message was longer than what the bot reads of it, so the cut is never silent. */
    public static final String LONG_MESSAGE_NOTICE = "您的消息很长，我先看了前面的 " + FaqIndex.MAX_READ_CHARS
            + " 个字。要是没答到点子上，请把最想问的一句话单独发给我。";

    public static final String CLARIFY_PROMPT = "我不太确定您想问哪一个。您是想问：";

    /** Above a choice of one: only one entry came near enough to offer. */
    public static final String CLARIFY_ONE_PROMPT = "我不太确定是不是这个意思。您是想问：";

    /**
     * Above a choice of one whose entry has a short answer: that answer in brief comes with the choice, as an offer rather
     * than an answer. Mid-chat such a choice was the entry asked about 9 times in 10 on the 702 written chats, and blind
     * testers found "要唔要錢" → "您是想问：1) 认证是什么" unhelpful when the brief itself says "认证一般不收费".
     */
    public static final String CLARIFY_ONE_WITH_BRIEF = "我不太确定是不是这个意思。您可能是想问下面这一条，简单说就是：\n%s\n想看完整的回答，请选它：";

    /**
     * Above a choice of several that leans to its first option ({@link Reply.ClarifyReason#LEANS_TO_THE_FIRST}): that option's
     * answer in brief, as an offer, and the options with it.
     */
    public static final String CLARIFY_LEANING = "我不太确定您想问哪一个。您多半是想问下面第 1 条，简单说就是：\n%s\n想看完整的回答，或者您问的是别的，请选：";

    /** After the ways on were offered, "还是不行" again: who will help in person, and that the choice still stands. */
    public static final String WAYS_ON_DID_NOT_WORK = "别着急。这些办法都不行的话，请拨打社保服务电话 " + HOTLINE
            + "，或者去社区、村委会、社保窗口，跟工作人员说明情况，他们会帮您想办法。\n上面的办法还想看哪一个，回复序号就行。";

    /** Above the other ways to try, after the person said what the last answer said did not work. */
    public static final String OTHER_WAYS_PROMPT = "别着急，这样不行的话，还有别的办法。您看看哪个合适：";

    /** Under the other ways to try, each said in one line: the full answer of one is a number away. */
    public static final String OTHER_WAYS_HINT = "想看哪个办法的详细步骤，请回复序号。";

    /**
     * What each option of a choice says in the list: for the other ways to try, the way itself in one line
     * ({@link FaqEntry#asAWayOn}) — blind testers found a list of questions for "还有别的办法没" a menu where the ways
     * should have been said — and the entry's title (the question it answers) for any other choice.
     */
    public static List<String> optionLines(Reply.Clarify clarify) {
        return clarify.candidates().stream()
                .map(ScoredEntry::entry)
                .map(entry -> clarify.reason() == Reply.ClarifyReason.DID_NOT_WORK ? entry.asAWayOn() : entry.title())
                .toList();
    }

    /** The line under a choice's options. */
    public static String clarifyHint(Reply.Clarify clarify) {
        return clarify.reason() == Reply.ClarifyReason.DID_NOT_WORK ? OTHER_WAYS_HINT : CLARIFY_HINT;
    }

    /** The line above a choice's options. */
    public static String clarifyPrompt(Reply.Clarify clarify) {
        if (clarify.reason() == Reply.ClarifyReason.DID_NOT_WORK) {
            return OTHER_WAYS_PROMPT;
        }
        if (clarify.reason() == Reply.ClarifyReason.LEANS_TO_THE_FIRST) {
            return clarify.candidates().get(0).entry().brief().map(CLARIFY_LEANING::formatted).orElse(CLARIFY_PROMPT);
        }
        if (clarify.candidates().size() != 1) {
            return CLARIFY_PROMPT;
        }
        return clarify.candidates().get(0).entry().brief().map(CLARIFY_ONE_WITH_BRIEF::formatted).orElse(CLARIFY_ONE_PROMPT);
    }

    public static final String CLARIFY_HINT = "请回复序号，或者换个说法再问我。";

    /** Under the choices of a clarify list: a next step when none of them is what was asked. */
    public static final String CLARIFY_NONE_OF_THESE = "都不是的话，也可以拨打 " + HOTLINE + "，问当地社保部门。";

    /**
     * What every channel shows above a reply, in order: the warning about a personal number in
     * the message, and the notice that a very long message was only read in part.
     */
    public static List<String> notices(Reply reply) {
        List<String> notices = new ArrayList<>(2);
        if (reply.personalDataWarning()) {
            notices.add(PERSONAL_DATA_WARNING);
        }
        if (FaqIndex.readsOnlyPartOf(reply.question())) {
            notices.add(LONG_MESSAGE_NOTICE);
        }
        return notices;
    }

    public static final String FALLBACK_NO_MATCH =
            "对不起，这个问题我还答不上来。我只懂养老保险待遇资格认证（社保认证、年审）方面的事。";

    public static final String FALLBACK_UNSURE = "对不起，这个问题我没有把握答对，不敢乱说。";

    /**
     * For a first message that asks nothing but tells the person's situation ("我八十了眼睛不好使", "我腿脚不好 出不了门 八十多了")
     * and came near no answer: "这个问题我答不上来" answers a question that was not asked (blind testers found it curt).
     */
    public static final String FALLBACK_TOLD_A_SITUATION = "听您说了这些，我还不确定您想问认证的哪件事。您可以直接问，比如“我这种情况怎么认证”。";

    // Mid-chat the person is talking about certification already: ask for the kind of detail that
    // helps (who it is for, which step is stuck), not "I only know certification".
    public static final String FALLBACK_UNCLEAR_IN_CHAT = "对不起，我没太明白这句话。您可以说得再具体些，比如是给谁办、卡在哪一步。";

    public static final String FALLBACK_NO_TEXT =
            "我没看懂这条消息。请用文字告诉我您想问什么，比如：“支付宝怎么做社保认证？”";

    /** The first line of a fallback: why the bot does not answer, or where to ask instead. */
    private static String fallbackApology(Reply.Fallback fallback) {
        return switch (fallback.reason()) {
            case NO_TEXT -> FALLBACK_NO_TEXT;
            case OUT_OF_SCOPE -> fallback.redirect() == null ? FALLBACK_NO_MATCH : fallback.redirectShown().strip();
            case NO_MATCH -> toldASituation(fallback.question()) ? FALLBACK_TOLD_A_SITUATION : FALLBACK_NO_MATCH;
            case UNSURE -> toldASituation(fallback.question()) ? FALLBACK_TOLD_A_SITUATION : FALLBACK_UNSURE;
            case UNCLEAR_IN_CHAT -> FALLBACK_UNCLEAR_IN_CHAT;
        };
    }

    /** A particle that ends a yes-no question in speech ("社区能办不", "要钱没"), which no question word marks. */
    private static final Pattern ENDS_ASKING = Pattern.compile("[不没么][\\p{P}\\s]*$");
    /** Fewer letters than this ("社保", "认证") are a keyword typed, not a situation told. */
    private static final int MIN_SITUATION_LETTERS = 5;

    /**
     * Whether {@code question} tells something with letters and asks nothing ({@link AskingSentence}; read in Simplified
     * script, so "嗎" asks too).
     */
    private static boolean toldASituation(String question) {
        String read = TextNormalizer.basicForm(question == null ? "" : question).strip();
        return read.codePoints().filter(Character::isLetter).count() >= MIN_SITUATION_LETTERS && !AskingSentence.asks(read)
                && !ENDS_ASKING.matcher(read).find();
    }

    /**
     * The opening lines of a fallback on every channel: the apology, then the social-security hotline;
     * or a neighbouring topic's redirect alone. A redirect says where to ask about its matter — 12333,
     * or the office that handles it (the housing fund's 12329, the police station, the notary) — and
     * the social-security hotline under "请问当地公证处" would send the person to the wrong office.
     */
    public static List<String> fallbackOpening(Reply.Fallback fallback) {
        String apology = fallbackApology(fallback);
        boolean redirected = fallback.reason() == Reply.FallbackReason.OUT_OF_SCOPE && fallback.redirect() != null;
        return redirected ? List.of(apology) : List.of(apology, FALLBACK_HOTLINE);
    }

    /** Before where to ask, when a neighbouring matter's redirect comes again right after itself. */
    public static final String REDIRECT_AGAIN = "抱歉，这个我还是答不准。";

    /** A redirect's sentences that say where to ask: those that ask the reader to call or ask ("请拨打 12333…", not "请您节哀"). */
    private static final Pattern WHERE_TO_ASK = Pattern.compile("请[^。\\n]*(拨打|问|咨询|找)");
    /** A redirect's sentences, each with its full stop. */
    private static final Pattern SENTENCE = Pattern.compile("[^。\\n]+。?");

    /**
     * A neighbouring matter's redirect, said again right after itself: its sentences that say where to ask, and those that
     * {@code speaksToTheMessage}, under a line that says the bot still cannot answer it. Blind testers 44 and 46 got the whole
     * paragraph about a parent's death three and four times in a row for "要带啥去办" and "个人账户里剩的钱能给家里人吗"; "那还要帮
     * 他认证吗" still gets its sentence on certification ending. A redirect that says nowhere to ask is given whole.
     */
    public static String redirectAgain(String redirect, Predicate<String> speaksToTheMessage) {
        List<String> sentences = SENTENCE.matcher(redirect).results().map(MatchResult::group).map(String::strip)
                .filter(sentence -> !sentence.isEmpty()).toList();
        if (sentences.stream().noneMatch(sentence -> WHERE_TO_ASK.matcher(sentence).find())) {
            return redirect;
        }
        return REDIRECT_AGAIN + sentences.stream()
                .filter(sentence -> WHERE_TO_ASK.matcher(sentence).find() || speaksToTheMessage.test(sentence))
                .collect(Collectors.joining());
    }

    /** Above the closest entries (when any came near) and the popular topics. */
    public static final String FALLBACK_TRY_TOPICS = "下面这些问题，您看看有没有想问的：";

    public static final String FALLBACK_HOTLINE =
            "也可以拨打社保服务电话 " + HOTLINE + "，问当地社保部门。";

    public static final String STEPS_HEADING = "步骤：";

    public static final String TIPS_HEADING = "小提示：";

    public static final String RELATED_HEADING = "您可能还想问：";
    /** Before the fraud entry's urgent steps given again right after its answer ({@link Reply.Answer#again}). */
    public static final String STEPS_AGAIN = "别慌，还是这几步，一步一步来：";
    /**
     * Above the sentence of an answer that speaks to a detail asked, under that answer's title. "这条回答", not "上面的回答":
     * the answer may not have been shown (after a told month's due date the next message is read with how to certify).
     */
    public static final String DETAIL_INTRO = "您问的这一点，这条回答里是这样说的：";
    /** Under it: the way back to the whole answer. */
    public static final String DETAIL_WHOLE_ANSWER = "想看完整的回答，可以选下面这一条：";
    /** The same, when the entries a choice would have offered follow it. */
    public static final String DETAIL_WHOLE_ANSWER_OR_ANOTHER = "想看完整的回答，或者您问的是别的事，可以选下面的：";

    /** Labels of the choices every channel offers under answers and steps. */
    public static final String MORE_TIPS = "更多提示";
    public static final String STEP_BY_STEP = "一步一步来";
    public static final String NEXT_STEP = "下一步";
    public static final String STUCK = "这一步卡住了";
    public static final String HELPFUL = "👍 有帮助";
    public static final String NOT_HELPFUL = "👎 没帮助";

    /** Format: current step, number of steps. */
    public static final String STEP_HEADING = "第 %d 步（共 %d 步）";

    public static final String LAST_STEP = "这是最后一步。做完了就办好了！";

    public static final String STUCK_INTRO = "别着急，慢慢来。这些办法可能有用：";

    /** Between a step's own help and the entry's tips, when there are both. */
    public static final String STUCK_MORE = "还可以试试：";

    public static final String NO_MORE_TIPS = "这个回答没有更多提示了。您可以接着问我别的问题。";
    /** "更多" or 0 before anything was answered. */
    public static final String NOTHING_ANSWERED_YET = "我还没有回答您的问题呢。请直接打字问我，比如：“支付宝怎么认证？”";

    public static final String FEEDBACK_THANKS = "谢谢您告诉我！";

    public static final String FEEDBACK_SORRY =
            "谢谢您告诉我，我们会改进。您可以换个说法再问我，也可以拨打 " + HOTLINE + " 问当地社保部门。";

    public static final String EXPIRED_CHOICE = "这个按钮已经过期了。请直接打字问我，或者点下面的按钮。";

    /** Format: the step number. */
    public static String backToStep(int step) {
        return "回到第 " + step + " 步";
    }

    private Phrases() {
    }

    /** A detail of the last answer: the entry's title, then the sentence of it that answers. */
    public static String detail(Reply.Detail detail) {
        return "【" + detail.entry().title() + "】\n" + DETAIL_INTRO + "\n" + detail.sentence();
    }

    /** The line above the choices under a detail: the whole answer, and the other readings when there are any. */
    public static String detailChoices(Reply.Detail detail) {
        return detail.otherReadings().isEmpty() ? DETAIL_WHOLE_ANSWER : DETAIL_WHOLE_ANSWER_OR_ANOTHER;
    }

    /**
     * One step asked about by number ("第三步是什么意思"): the step on its own, what the corpus
     * writes under it (an explanation, or what to try when stuck), and where to turn next.
     */
    public static String stepDetail(Reply.StepDetail detail) {
        StringBuilder text = new StringBuilder();
        text.append("【").append(detail.entry().title()).append("】\n");
        text.append("第").append(detail.number()).append("步（共").append(detail.entry().steps().size()).append("步）：")
                .append(detail.step()).append('\n');
        List<String> help = detail.help();
        if (!help.isEmpty()) {
            text.append("这一步再说细一点：\n");
            help.forEach(line -> text.append("· ").append(line).append('\n'));
        }
        if (detail.number() < detail.entry().steps().size()) {
            text.append("想看下一步，请回复“下一步”。\n");
        }
        text.append("还是不明白，可以请家里人帮忙，或者拨打 ").append(HOTLINE).append(" 问当地社保部门。");
        return text.toString();
    }

    /** After the last step, asked for the next one ("然后呢"). */
    public static String afterTheLastStep(FaqEntry entry) {
        return "第" + entry.steps().size() + "步就是最后一步了，做完就办好了。\n"
                + "没办成的话，可以请家里人帮忙，或者拨打 " + HOTLINE + " 问当地社保部门。";
    }
}
