package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadingPlaceTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "山东省养老认证怎么认证, 养老认证怎么认证",
            "内蒙古鄂尔多斯养老金刷脸认证怎么操作?, 养老金刷脸认证怎么操作?",
            "2021兰州市企业离退休人员怎么认证, 2021企业离退休人员怎么认证",
            "2022年山东养老认证, 2022年养老认证",
            "黑龙江省社保认证, 社保认证",
            "新疆维吾尔自治区养老认证, 养老认证",
    })
    void dropsTheProvincesAndCitiesSaidFirst(String question, String dropped) {
        assertThat(LeadingPlace.dropFrom(question)).isEqualTo(dropped);
    }

    @ParameterizedTest
    @ValueSource(strings = {"民生山西养老认证步骤", "我在深圳 养老金在湖南 怎么认证", "香港怎么认证", "北京", "支付宝怎么认证", ""})
    void keepsEverythingElse(String question) {
        assertThat(LeadingPlace.dropFrom(question)).isEqualTo(question);
    }
}
