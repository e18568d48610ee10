package org.pensionbot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Personal numbers that users paste into a chat are found and masked before anything is logged;
 * ordinary text and short numbers (the 12333 hotline, years) are left alone.
 */
class PersonalDataTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519491231002X",          // 18-digit ID ending in X
            "110105194912310021",          // 18-digit ID ending in a digit
            "11010519491231002x",          // lower-case x
            "110105491231002",             // old 15-digit ID
            "110105 19491231 002X",        // grouped with spaces
            "13812345678",                 // mobile
            "138 1234 5678",               // mobile with spaces
            "138-1234-5678",               // mobile with dashes
            "+86 138 1234 5678",           // with country code
            "+8613812345678",
            "８６１３８１２３４５６７８",         // full-width digits
            "１３８１２３４５６７８",
            "１１０１０５１９４９１２３１００２Ｘ",  // full-width ID
            "6222021234567890123",         // 19-digit bank card
            "6222 0212 3456 7890",         // bank card in groups of four
    })
    void personalNumberIsFound(String number) {
        assertThat(PersonalData.contains("我的号码是" + number + "，怎么认证")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "身份证11010519491231002X怎么认证 | 0519491231",
            "身份证110105491231002怎么认证 | 05491231",
            "电话138 1234 5678 | 1234",
            "电话138-1234-5678 | 1234",
            "电话+86 138 1234 5678 | 1234",
            "电话１３８１２３４５６７８ | 1234",
            "电话１３８１２３４５６７８ | １２３４",
            "卡号6222 0212 3456 7890 | 3456",
            "卡号6222021234567890123 | 3456",
    })
    void personalNumberIsMasked(String text, String mustDisappear) {
        assertThat(PersonalData.mask(text)).doesNotContain(mustDisappear);
    }

    @Test
    void maskKeepsOnlyTheFirstTwoAndLastTwoCharacters() {
        assertThat(PersonalData.mask("身份证11010519491231002X")).isEqualTo("身份证11**************2X");
    }

    @Test
    void maskKeepsTheTextAroundTheNumber() {
        assertThat(PersonalData.mask("我的电话是13812345678，支付宝怎么认证")).isEqualTo("我的电话是13*******78，支付宝怎么认证");
    }

    @Test
    void aMobileSpelledInChineseNumeralsIsFoundAndMasked() {
        String text = "我爸电话幺三八 一二三四 五六七八，帮他认证";

        assertThat(PersonalData.contains(text)).isTrue();
        assertThat(PersonalData.mask(text)).isEqualTo("我爸电话13*******78，帮他认证");
    }

    @Test
    void tenDigitsAreNotANumberButAreStillFolded() {
        // Fewer than a mobile number's eleven digits: the patterns are skipped, the folding is not.
        String text = "电话１３８１２３４５６７";

        assertThat(PersonalData.contains(text)).isFalse();
        assertThat(PersonalData.mask(text)).isEqualTo("电话1381234567");
        assertThat(PersonalData.contains("电话一三八一二三四五六七")).isFalse();
    }

    @Test
    void fullWidthSpacesBetweenDigitGroupsDoNotHideAMobile() {
        // A Chinese keyboard in full-width mode types both the digits and the spaces full-width.
        assertThat(PersonalData.contains("电话１３８　１２３４　５６７８")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "支付宝怎么认证",
            "请拨打12333咨询",
            "2024年的认证怎么做",
            "每年1月1日到12月31日之间认证一次",
            "我今年85岁了，退休20年",
            "认证时要念4位数字，比如3721",
            "2024-01-15认证的",
            "掌上12333怎么认证",
            "",
    })
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(PersonalData.mask(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"请拨打12333咨询", "2024年的认证怎么做", "我今年85岁了，退休20年", "认证时要念4位数字，比如3721"})
    void ordinaryTextIsNotPersonal(String text) {
        assertThat(PersonalData.contains(text)).isFalse();
    }

    @Test
    void nullIsNotPersonal() {
        assertThat(PersonalData.contains(null)).isFalse();
    }

    @Test
    void nullMasksToEmpty() {
        assertThat(PersonalData.mask(null)).isEmpty();
    }
}
