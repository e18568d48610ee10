package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainWordsTest {

    private final DomainWords words = new DomainWords(List.of("认证", "12333", "电子社保卡", " "));

    @Test
    void findsAWordAnywhereInTheText() {
        assertThat(words.foundIn("认证")).isTrue();
        assertThat(words.foundIn("我妈怎么认证")).isTrue();
        assertThat(words.foundIn("打12333问问")).isTrue();
        assertThat(words.foundIn("先开通电子社保卡")).isTrue();
    }

    @Test
    void aSharedFirstCharacterIsNotAMatch() {
        assertThat(words.foundIn("认识一下")).isFalse();
        assertThat(words.foundIn("电子邮件")).isFalse();
        assertThat(words.foundIn("1233")).isFalse();
        assertThat(words.foundIn("")).isFalse();
    }

    @Test
    void blankWordsAreIgnored() {
        assertThat(words.foundIn("今天 天气")).as("the blank word must not match a space").isFalse();
    }

    @Test
    void withoutWordsEveryTextCounts() {
        assertThat(new DomainWords(List.of()).foundIn("今天天气怎么样")).isTrue();
    }
}
