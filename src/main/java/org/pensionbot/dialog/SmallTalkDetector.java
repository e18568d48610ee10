package org.pensionbot.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pensionbot.search.TextNormalizer;

/**
 * Recognises messages that are only a greeting, thanks, goodbye, "who are you" or "I don't get it". A greeting
 * followed by a real question ("你好，支付宝怎么认证？") is not small talk: the question is answered.
 */
final class SmallTalkDetector {

    private static final Map<Reply.SmallTalkKind, List<String>> PHRASES = new LinkedHashMap<>();

    static {
        // Lost, whatever the last reply was: "我不会" alone, not "我不会用手机" (a question the corpus answers); said with or
        // without who is lost ({@link #SPEAKER}: "我听不懂", "俺弄不来").
        // First, so that "好难" is not read as "好" (thanks) followed by something else.
        PHRASES.put(Reply.SmallTalkKind.CONFUSED, List.of("还是不明白", "还是不懂", "还是没懂", "看不明白", "看不懂", "听不懂", "没看懂",
                "没听懂", "没明白", "不明白", "搞不懂", "弄不懂", "不懂", "太复杂了", "太复杂", "好复杂", "太难了", "好难", "弄不来",
                "学不会", "不会弄", "不会", "搞不来", "弄不了",
                // Blind testers 33 and 34: "你说的啥 我听不懂", "太复杂了 搞不来", "你说简单点" got "没太明白".
                "你说的啥", "你说的什么", "你说啥", "说的啥", "你说简单点", "说简单点", "能不能说简单点", "简单点", "confused"));
        // Blind tester33's "字太小了看不清" got "没太明白"; "你说的啥" after "看不懂" too.
        PHRASES.put(Reply.SmallTalkKind.CANNOT_READ_IT, List.of("字太小了看不清", "字太小看不清", "字小看不清", "字太小了", "字太小", "字太小啦",
                "看不清字", "字看不清", "字看不清楚", "看不清楚", "看不清"));
        PHRASES.put(Reply.SmallTalkKind.WHO_ARE_YOU, List.of("你是谁", "你是什么", "你叫什么名字", "你叫什么", "你是机器人吗", "你是机器人",
                "你是真人吗", "你是人工吗", "你能做什么", "你会做什么", "你会什么", "你能干什么", "你有什么用", "who are you", "what can you do",
                // Asked plainly, as blind tester26 did after a redirect ("哦那你能干啥" got the same redirect again).
                "那你能干啥", "那你能做什么", "那你会啥", "你都能干啥", "你都会啥", "你都能做什么", "你都会什么", "你能干啥", "你会干啥",
                "你能做啥", "你会啥", "你能帮我干啥", "你能帮我做什么", "你都能回答什么问题", "你能回答什么问题", "你能回答什么", "你能回答啥"));
        // The first phrase that starts what is left is taken, so "谢谢了" comes before "谢谢" (blind tester30 got "没太明白").
        PHRASES.put(Reply.SmallTalkKind.THANKS, List.of("谢谢了", "多谢了", "感谢了",
                "非常感谢", "太感谢了", "谢谢你", "谢谢您",
                // Thanks in Shanghainese and Cantonese ("好额 谢谢侬" got a line of the last answer, blind tester45).
                "谢谢侬", "多谢侬", "唔该晒", "唔该", "多谢晒",
                "谢谢", "多谢", "感谢", "谢了", "辛苦了",
                "thank you", "thanks", "好的", "好嘞", "好额", "知道了", "明白了", "懂了", "收到", "ok", "嗯",
                // Warm words and "I'll try it" after an answer: thanks in all but name.
                "谢", "麻烦你了", "麻烦您了", "麻烦了", "你真好", "您真好", "真好", "太好了", "好", "行", "可以",
                "我去试试看", "我试试看", "我去试试", "我试试", "试试看", "试试",
                // Praise for the helper, as blind tester32 wrote after thanks ("好的谢谢你啊 你真有耐心" got a line of the answer).
                "你真有耐心", "您真有耐心", "真有耐心", "你真耐心", "真耐心", "你真棒", "真棒", "你真厉害", "真厉害",
                "说得真清楚", "说得很清楚", "讲得真清楚", "讲得很清楚",
                // Assent in dialect ("中 谢谢" in Henan, "要得" in Sichuan), as blind tester30 wrote.
                "好了", "行了", "晓得了", "晓得", "中嘞", "中", "要得", "得嘞", "妥了"));
        // What people send to a customer-service bot to reach a person; "人工审核" (a manual review) is a real question.
        PHRASES.put(Reply.SmallTalkKind.ASKS_FOR_A_PERSON, List.of("有没有人工客服", "有没有人工", "有人工吗", "转接人工", "转人工",
                "我要人工", "找人工", "要人工", "接人工", "人工客服", "人工服务", "真人客服", "找真人", "找客服", "联系客服", "在线客服",
                "客服", "人工", "real person", "human"));
        PHRASES.put(Reply.SmallTalkKind.GOODBYE, List.of("再见", "拜拜", "回头见", "下次见", "bye", "goodbye"));
        // Last: how elderly people address whoever helps them ("谢谢你啊 闺女"); around thanks they change nothing.
        PHRASES.put(Reply.SmallTalkKind.GREETING, List.of("你好", "您好", "在吗", "在不在", "有人吗", "哈喽", "嗨", "早上好", "上午好", "中午好",
                "下午好", "晚上好", "早安", "晚安", "hello", "hi", "hey", "老师好", "小助手",
                "小姑娘", "姑娘", "闺女", "丫头", "孩子", "小伙子", "同志", "师傅", "老师"));
    }

    private static final Map<Reply.SmallTalkKind, String> REPLIES = Map.of(
            Reply.SmallTalkKind.GREETING, "您好！我是养老保险认证小助手。您可以问我：怎么在支付宝上认证、怎么帮老人认证、认证失败怎么办。",
            Reply.SmallTalkKind.THANKS, "不客气！还有不明白的，随时问我。",
            Reply.SmallTalkKind.GOODBYE, "再见！祝您身体健康，生活愉快。",
            Reply.SmallTalkKind.CONFUSED, "别着急，慢慢来。\n"
                    + "· 哪一步不明白，就回复“第几步”，比如“第2步”，我一步一步说。\n"
                    + "· 也可以请家里人照着步骤帮您弄，但刷脸必须是本人。\n"
                    + "· 实在弄不了，打 12333 问，或者带上身份证去社区、社保窗口，工作人员会帮您办。",
            Reply.SmallTalkKind.CANNOT_READ_IT, "字太小看不清，别着急：\n"
                    + "· 可以请家里人帮您念一念，照着步骤帮您弄，但刷脸要您本人来。\n"
                    + "· 电子社保卡有专门方便老人用的“长辈版”服务；不知道在哪，请家里人帮忙找，或者打 12333 问。\n"
                    + "· 也可以带上身份证去社区或社保窗口，工作人员会帮您办。",
            Reply.SmallTalkKind.ASKS_FOR_A_PERSON, "我是自动回答问题的小助手，没有人工客服，也转不了人工。\n"
                    + "想找工作人员问，可以拨打社保服务电话 12333，或者到当地社保经办窗口。\n"
                    + "认证的事，也可以直接问我，比如：支付宝怎么认证、认证失败怎么办。",
            Reply.SmallTalkKind.ASKS_THE_BOT_TO_DO_IT, "我是回答问题的小助手，没法替您认证，也办不了业务。\n"
                    + "· 认证要领养老金的本人刷脸：在支付宝、微信里的电子社保卡或掌上12333上就能做，家里人可以帮忙拿着手机操作。\n"
                    + "· 手机弄不了，就带上身份证去社区或社保窗口办；出不了门的，可以请社区上门认证。\n"
                    + "· 想知道一步一步怎么做，回复“怎么认证”。",
            Reply.SmallTalkKind.WHO_ARE_YOU, "我是养老保险待遇资格认证（社保认证、年审）的问答小助手。"
                    + "我能告诉您怎么认证、怎么帮家里老人认证、认证失败或忘了认证怎么办。我不是社保局工作人员，办不了业务。");

    /** Small talk is short: more characters than this, fillers aside, is a real message. */
    private static final int MAX_SMALL_TALK = 16;
    private static final String FILLER_PARTICLES = "啊呀呢哈嘛吧哦噢喔呐啦";
    /** Fillers and punctuation that may surround small talk without changing it. */
    private static final Pattern FILLER = Pattern.compile("[\\p{P}\\p{S}\\s" + FILLER_PARTICLES + "～~]+");

    /** Who is lost, said before it: "我", "俺" ("俺弄不来"). */
    private static final Pattern SPEAKER = Pattern.compile("^(?:我们|俺们|我|俺)");

    private SmallTalkDetector() {
    }

    /**
     * Letters and digits other than filler particles, counted on the raw text: a lower bound of
     * what survives normalising and stripping fillers, so a worried 300-character question skips
     * both (normalising it costs more than all of this check).
     */
    private static int wordCharacters(String text) {
        int count = 0;
        for (int i = 0; i < text.length() && count <= MAX_SMALL_TALK; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && FILLER_PARTICLES.indexOf(c) < 0) {
                count++;
            }
        }
        return count;
    }

    static Optional<Reply.SmallTalkKind> detect(String text) {
        if (wordCharacters(text) > MAX_SMALL_TALK) {
            return Optional.empty();
        }
        String rest = FILLER.matcher(TextNormalizer.basicForm(text)).replaceAll("");
        if (rest.isEmpty() || rest.length() > MAX_SMALL_TALK) {
            return Optional.empty();
        }
        Reply.SmallTalkKind found = null;
        boolean progress = true;
        while (!rest.isEmpty() && progress) {
            progress = false;
            for (Map.Entry<Reply.SmallTalkKind, List<String>> kind : PHRASES.entrySet()) {
                String said = kind.getKey() == Reply.SmallTalkKind.CONFUSED ? SPEAKER.matcher(rest).replaceFirst("") : rest;
                for (String phrase : kind.getValue()) {
                    if (said.startsWith(phrase)) {
                        rest = said.substring(phrase.length());
                        // "你好，你是谁" is a question about the bot: the more specific kind wins.
                        if (found == null || found == Reply.SmallTalkKind.GREETING) {
                            found = kind.getKey();
                        }
                        progress = true;
                        break;
                    }
                }
                if (progress) {
                    break;
                }
            }
        }
        return rest.isEmpty() ? Optional.ofNullable(found) : Optional.empty();
    }

    static String replyFor(Reply.SmallTalkKind kind) {
        return REPLIES.get(kind);
    }
}
