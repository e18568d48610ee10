package org.pensionbot.search;

import java.util.Set;

/**
 * Function words that say nothing about which FAQ entry is meant ("请问", "我想", "the", "do").
 * They are dropped from both questions and variants before confidence is computed, so a polite
 * or worried long question is not judged less certain than a terse one.
 *
 * <p>Deliberately short: words that look like filler but carry intent stay in — 自己 (for
 * oneself, not for a relative), 不/没 (failure, not notified), 什么/意思 (asking what something is),
 * 时候 (asking when).
 */
final class StopWords {

    static final Set<String> CHINESE = Set.of(
            "的", "了", "吗", "呢", "啊", "吧", "呀", "哦", "嘛", "么", "哈", "啦", "嗯", "喔",
            "我", "我们", "你", "您", "你们", "他", "她", "它", "咱", "咱们",
            "是", "在", "有", "和", "与", "及", "或", "也", "都", "就", "还", "又", "很", "太", "挺",
            "这", "那", "这个", "那个", "个", "一下", "下", "一些", "些",
            "请问", "请", "问", "问下", "问一下", "想", "想问", "想知道", "知道", "不知道", "听说",
            "担心", "希望", "了解", "具体", "详细", "麻烦", "谢谢", "急", "大家", "告诉", "说",
            "进行", "应该", "可以", "能", "会", "要", "得", "着", "过", "把", "被", "对", "从", "让",
            "情况", "问题", "一", "上", "里", "中",
            // Who is asking: nearly every user is a retiree, so it never tells entries apart.
            "退休人员");

    static final Set<String> ENGLISH = Set.of(
            "a", "an", "the", "is", "are", "am", "was", "were", "be", "been", "do", "does", "did",
            "i", "me", "my", "mine", "you", "your", "we", "our", "it", "its", "this", "that", "these", "those",
            "to", "for", "of", "on", "in", "at", "by", "with", "from", "and", "or", "but", "if", "so",
            "can", "could", "will", "would", "should", "shall", "may", "might", "must", "need", "needs",
            "what", "which", "who", "whom", "there", "have", "has", "had", "just", "about", "get", "got",
            "please", "pls", "plz", "hi", "hello", "thanks", "any", "some", "up", "out", "into", "as", "not");

    private StopWords() {
    }
}
