package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed names: only short runs of letters are kept. */
class RecipientTest {

    private static Optional<String> label(String typed) {
        return Recipient.named(typed).map(Recipient::label);
    }

    @Test
    void anOrdinaryNameIsKeptAsTyped() {
        assertThat(Recipient.named("王阿姨")).contains(new Recipient("王阿姨", false));
    }

    @Test
    void spacesAreTrimmedAndCollapsed() {
        assertThat(label("  王　 阿姨 ")).contains("王 阿姨");
    }

    @Test
    void digitsPunctuationEmojiAndMarkupAreDropped() {
        assertThat(label("奶奶😊！")).contains("奶奶");
        assertThat(label("<i>外婆</i>")).contains("i外婆i");
        assertThat(label("二姨 138")).contains("二姨");
    }

    @Test
    void invisibleDirectionAndControlCharactersAreDropped() {
        assertThat(label("\u202E妈妈\u200B\u0007")).contains("妈妈");
    }

    @Test
    void fullWidthLettersBecomeOrdinaryOnes() {
        assertThat(label("Ｌｉｓａ")).contains("Lisa");
    }

    @Test
    void aPhoneNumberIsNotAName() {
        assertThat(Recipient.named("13812345678")).isEmpty();
    }

    @Test
    void tenCharactersAreAcceptedElevenAreNot() {
        assertThat(label("一二三四五六七八九十")).contains("一二三四五六七八九十");
        assertThat(Recipient.named("一二三四五六七八九十一")).isEmpty();
    }

    @Test
    void typingMyselfMeansTheUser() {
        assertThat(Recipient.named("我自己")).contains(Recipient.SELF);
    }

    @Test
    void aLabelThatWasNotCleanedIsRefused() {
        assertThatThrownBy(() -> new Recipient("妈妈<b>", false)).isInstanceOf(IllegalArgumentException.class);
    }
}
