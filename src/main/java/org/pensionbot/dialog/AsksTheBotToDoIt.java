package org.pensionbot.dialog;

import java.util.regex.Pattern;
import org.pensionbot.search.TextNormalizer;

/**
 * Recognises a message asking the bot itself to certify: "你直接帮我认证一下吧 我叫张桂兰", "你们不能远程帮我弄吗",
 * "你帮我把年审弄了吧". The bot answers questions and can do nothing in anyone's name; someone who thinks it can waits for a certification that never
 * happens. Blind tester35's three such messages got "没把握" and choices, and tester37's "你直接帮我奶奶认证一下吧" too.
 * "帮我妈认证" (how to help a parent) does not address the bot and is a question the corpus answers.
 *
 * <p>Thread-safe.
 */
final class AsksTheBotToDoIt {

    /** The bot, addressed: "你", "你们", "小助手". */
    private static final String THE_BOT = "(你们|你|您|小助手|机器人)";
    /** How the request is put: "直接", "能不能", "不能…吗", "远程". */
    private static final String HOW = "(就|直接|能不能|能|可以|可不可以|不能|没法|会不会|帮忙|远程|在线|线上)*";
    /**
     * For the person writing or a relative ("帮我奶奶", "你帮她弄一下"): addressed to the bot, both ask it to do the
     * certifying. "你能帮我妈认证吗" asks how to help a mother as well, and the corpus answers it outright, which goes first.
     */
    private static final String FOR_ME = "(帮|替|给)((我|俺|咱)(们|家)?(妈|爸|娘|爹|老妈|老爸|奶奶|爷爷|姥姥|姥爷|外婆|外公|婆婆|公公|老伴|父母|爸妈)?"
            + "|她|他)";
    /** What to do: certify, or do it. */
    private static final String DO_IT = "(直接)?(认证|认|弄|办|做|刷|搞|年审)";
    /** What is to be done, put first: "帮我把年审弄了". */
    private static final String WHAT = "(把[^，,。？?！!]{0,6})?";
    private static final Pattern REQUEST = Pattern.compile(THE_BOT + HOW + FOR_ME + WHAT + DO_IT);

    private AsksTheBotToDoIt() {
    }

    /** Whether {@code text} asks the bot to certify for the person. */
    static boolean in(String text) {
        return REQUEST.matcher(TextNormalizer.basicForm(text == null ? "" : text).replaceAll("\\s+", "")).find();
    }
}
