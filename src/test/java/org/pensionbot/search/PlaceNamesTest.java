package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"我是广东的, 广东", "我在上海, 上海", "黑龙江省, 黑龙江", "俺是成都的，咋算, 成都"})
    void findsThePlaceNamed(String text, String place) {
        assertThat(PlaceNames.namedIn(text)).contains(place);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我在外地", "我在国外", "香港", "支付宝怎么认证", ""})
    void namesNoPlaceInTheList(String text) {
        assertThat(PlaceNames.namedIn(text)).isEmpty();
    }
}
