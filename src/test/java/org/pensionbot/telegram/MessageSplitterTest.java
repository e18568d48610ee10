package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.telegram.fake.TelegramHtml;

class MessageSplitterTest {

    @Test
    void shortMessageStaysWhole() {
        assertThat(MessageSplitter.split("<b>标题</b>\n正文")).containsExactly("<b>标题</b>\n正文");
    }

    @Test
    void longMessageIsSplitOnLineBoundariesWithNothingLost() {
        StringBuilder html = new StringBuilder("<b>很长的回答</b>");
        for (int i = 1; i <= 400; i++) {
            html.append('\n').append(i).append(". 打开支付宝，在首页搜索“市民中心” &amp; 按提示操作。");
        }

        List<String> parts = MessageSplitter.split(html.toString());

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
            assertThat(TelegramHtml.problems(part)).isEmpty();
        });
        assertThat(String.join("\n", parts)).isEqualTo(html.toString());
    }

    @Test
    void singleOverlongLineIsCutOutsideTagsEntitiesAndSurrogatePairs() {
        String line = "<b>" + "认证&amp;刷脸😀".repeat(100) + "</b>";

        List<String> parts = MessageSplitter.split(line, 100);

        assertThat(parts).hasSizeGreaterThan(5);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(100);
            assertThat(TelegramHtml.problems(part)).as(part).isEmpty();
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1 - "</b>".length()))).isFalse();
        });
        String visible = parts.stream().map(TelegramHtml::visibleText).reduce("", String::concat);
        assertThat(visible).isEqualTo("认证&刷脸😀".repeat(100));
    }

    @Test
    void noPartIsBlank() {
        String html = "a".repeat(90) + "\n\n\n\n" + "b".repeat(90);

        assertThat(MessageSplitter.split(html, 100)).containsExactly("a".repeat(90), "b".repeat(90));
    }
}
