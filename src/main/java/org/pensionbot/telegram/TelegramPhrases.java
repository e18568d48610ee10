package org.pensionbot.telegram;

import org.pensionbot.dialog.Phrases;

/**
 * Sentences only the Telegram channel says (greeting, help, buttons, step by step). Sentences
 * every channel shares live in {@link Phrases}; this class reuses them rather than rewording.
 *
 * <p>Plain text, written for elderly readers: short sentences, everyday words. Renderers escape
 * them like any other text.
 */
public final class TelegramPhrases {

    public static final String START = """
            您好！我是养老保险资格认证小助手。
            我可以告诉您：怎样用手机做社保认证、怎样帮家里老人认证、认证没通过怎么办、养老金停发了怎么办。

            直接打字问我就行，比如：“支付宝怎么认证？”
            也可以点下面的大按钮。""";

    public static final String HELP = """
            怎么问我：
            用文字写下您的问题，一句话就行，不用客气。

            比如：
            • 支付宝怎么做社保认证？
            • 怎么帮我妈妈认证？
            • 刷脸总是不通过怎么办？
            • 忘了认证，养老金停发了怎么办？

            回答下面有按钮：点“更多提示”，看小提示；点“一步一步来”，我一次只说一步；点别的问题，直接看答案。
            """ + Phrases.FALLBACK_HOTLINE;

    public static final String NOT_TEXT =
            "我只能看懂文字消息，听不了语音，也看不了图片和文件。请用文字告诉我您想问什么，或者点下面的按钮。";

    public static final String CONTACT_WARNING = Phrases.PERSONAL_DATA_WARNING + "\n请直接打字告诉我您想问什么。";

    public static final String SLOW_DOWN = "请慢一点，我一条一条回答您。请等一分钟再发。";

    public static final String KEYBOARD_PLACEHOLDER = "请在这里打字提问";

    public static final String CLARIFY_HINT = "请点下面的按钮，或者换个说法再问我。";

    public static final String OTHER_WAYS_HINT = "想看哪个办法的详细步骤，请点下面的按钮。";

    public static final String STEP_BY_STEP = Phrases.STEP_BY_STEP;

    public static final String MORE_TIPS = Phrases.MORE_TIPS;

    public static final String NEXT_STEP = Phrases.NEXT_STEP;

    public static final String STUCK = Phrases.STUCK;

    /** Format: current step, number of steps. */
    public static final String STEP_HEADING = Phrases.STEP_HEADING;

    public static final String LAST_STEP = Phrases.LAST_STEP;

    public static final String STUCK_INTRO = Phrases.STUCK_INTRO;

    /** Between a step's own help and the entry's tips, when there are both. */
    public static final String STUCK_MORE = Phrases.STUCK_MORE;

    public static final String HELPFUL = Phrases.HELPFUL;

    public static final String NOT_HELPFUL = Phrases.NOT_HELPFUL;

    public static final String FEEDBACK_THANKS = Phrases.FEEDBACK_THANKS;

    public static final String FEEDBACK_SORRY = Phrases.FEEDBACK_SORRY;

    public static final String EXPIRED_BUTTON = Phrases.EXPIRED_CHOICE;

    private TelegramPhrases() {
    }
}
