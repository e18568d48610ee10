package org.pensionbot.dialog;

import java.util.List;

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

    public static final String CLARIFY_PROMPT = "我不太确定您想问哪一个。您是想问：";

    public static final String CLARIFY_HINT = "请回复序号，或者换个说法再问我。";

    public static final String FALLBACK_NO_MATCH =
            "对不起，这个问题我还答不上来。我只懂养老保险待遇资格认证（社保认证、年审）方面的事。";

    public static final String FALLBACK_NO_TEXT =
            "我没看懂这条消息。请用文字告诉我您想问什么，比如：“支付宝怎么做社保认证？”";

    public static final String FALLBACK_TRY_TOPICS = "您可以看看这些常见问题：";

    public static final String FALLBACK_HOTLINE =
            "也可以拨打社保服务电话 " + HOTLINE + "，问当地社保部门。";

    public static final String STEPS_HEADING = "步骤：";

    public static final String TIPS_HEADING = "小提示：";

    public static final String RELATED_HEADING = "您可能还想问：";

    private Phrases() {
    }

    /**
     * One step asked about by number ("第三步是什么意思"): the step on its own, its own help when
     * the corpus has some, and where to turn next.
     */
    public static String stepDetail(Reply.StepDetail detail) {
        StringBuilder text = new StringBuilder();
        text.append("【").append(detail.entry().title()).append("】\n");
        text.append("第").append(detail.number()).append("步（共").append(detail.entry().steps().size()).append("步）：")
                .append(detail.step()).append('\n');
        List<String> help = detail.help();
        if (!help.isEmpty()) {
            text.append("这一步卡住了，可以这样试：\n");
            help.forEach(line -> text.append("· ").append(line).append('\n'));
        }
        text.append("还是不明白，可以请家里人帮忙，或者拨打 ").append(HOTLINE).append(" 问当地社保部门。");
        return text.toString();
    }
}
