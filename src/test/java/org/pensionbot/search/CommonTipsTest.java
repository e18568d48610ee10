package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.RealCorpus;

class CommonTipsTest {

    private final List<FaqEntry> entries = RealCorpus.load().entries();
    private final CommonTips common = CommonTips.of(entries);

    @Test
    void theHedgeNearlyEveryAnswerEndsWithIsCommonHoweverItGoesOn() {
        assertThat(common.isCommon("各地叫法可能不一样，拿不准可以打12333问。")).isTrue();
        assertThat(common.isCommon("各地叫法可能不一样，拿不准可以打12333问能不能上门、要带什么。")).isTrue();
    }

    @Test
    void anAnswersOwnTipsAreNot() {
        FaqEntry homeVisit = entries.stream().filter(entry -> entry.id().equals("home-visit")).findFirst().orElseThrow();

        assertThat(homeVisit.tips()).filteredOn(tip -> !common.isCommon(tip)).hasSize(homeVisit.tips().size() - 1);
    }
}
