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

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"深圳, 广东", "广州, 广东", "绵阳, 四川", "石家庄, 河北", "呼和浩特, 内蒙古", "乌鲁木齐, 新疆"})
    void knowsTheProvinceOfACity(String city, String province) {
        assertThat(PlaceNames.namedIn("我住" + city)).contains(city);
        assertThat(PlaceNames.provinceOf(city)).contains(province);
    }

    @ParameterizedTest
    @ValueSource(strings = {"广东", "上海", "北京", "外地"})
    void aProvinceOrAMunicipalityHasNoProvinceAboveIt(String place) {
        assertThat(PlaceNames.provinceOf(place)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"我在外地", "我在国外", "香港", "支付宝怎么认证", ""})
    void namesNoPlaceInTheList(String text) {
        assertThat(PlaceNames.namedIn(text)).isEmpty();
    }
}
