package org.pensionbot.console;

import org.pensionbot.remind.ReminderIntent;

/** Sentences only the terminal says; shared ones live in {@link org.pensionbot.dialog.Phrases}. */
final class ConsolePhrases {

    static final String WELCOME = """
            您好！我是养老保险认证小助手。
            您可以直接打字问我，比如：“支付宝怎么做社保认证？”“怎么帮我妈认证？”“认证失败怎么办？”
            输入数字可以打开列出的问题，输入“退出”结束。
            """ + ReminderIntent.INTRODUCTION;

    static final String GOODBYE = "再见！祝您身体健康。";

    /** What the user may type to see an answer's tips (besides {@link TextRenderer#MORE_NUMBER}). */
    static final String MORE = "更多";

    private ConsolePhrases() {
    }

    /** The line under an answer that says how to see its {@code count} tips. */
    static String moreTips(int count) {
        return "还有 " + count + " 条小提示：输入 " + TextRenderer.MORE_NUMBER + " 或“" + MORE + "”查看。";
    }
}
