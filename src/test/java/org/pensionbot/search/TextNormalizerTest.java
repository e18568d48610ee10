package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.SynonymRules;

/** The canonical form questions and variants meet in, before any Lucene analysis. */
class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer(new SynonymRules(List.of(
            new SynonymRules.Rule(List.of("支付包", "zfb"), "支付宝", 1),
            new SynonymRules.Rule(List.of("认正"), "认证", 2),
            new SynonymRules.Rule(List.of("养老认证", "年审"), "社保认证", 3))));

    @Test
    void foldsFullWidthLettersAndDigitsToLowerCaseAscii() {
        assertThat(TextNormalizer.basicForm("ＡＢＣ１２３")).isEqualTo("abc123");
    }

    @Test
    void convertsTraditionalToSimplified() {
        assertThat(TextNormalizer.basicForm("認證失敗怎麼辦")).isEqualTo("认证失败怎么办");
    }

    @Test
    void turnsControlCharactersIntoSpaces() {
        assertThat(TextNormalizer.basicForm("支付宝\u0000怎么\u200B认证")).isEqualTo("支付宝 怎么 认证");
    }

    @Test
    void rewritesTyposToTheCanonicalWord() {
        assertThat(normalizer.normalize("支付包怎么认正")).isEqualTo("支付宝怎么认证");
    }

    @Test
    void typoRuleFeedsASynonymGroup() {
        assertThat(normalizer.normalize("养老认正")).isEqualTo("社保认证");
    }

    @Test
    void leavesTheCanonicalWordAlone() {
        assertThat(normalizer.normalize("支付宝")).isEqualTo("支付宝");
    }

    @Test
    void longestVariantWinsWhereVariantsShareTheirStart() {
        TextNormalizer sharing = new TextNormalizer(new SynonymRules(List.of(
                new SynonymRules.Rule(List.of("社保"), "社会保险", 1),
                new SynonymRules.Rule(List.of("社保认证", "社保年审"), "资格认证", 2))));

        assertThat(sharing.normalize("社保认证怎么办")).isEqualTo("资格认证怎么办");
        assertThat(sharing.normalize("社保年审")).isEqualTo("资格认证");
        assertThat(sharing.normalize("社保卡")).isEqualTo("社会保险卡");
        assertThat(sharing.normalize("社保认")).as("a variant's start alone is not a match").isEqualTo("社会保险认");
    }

    /**
     * Two words of one group side by side become one word, not the canonical form twice: the
     * embedding model reads this text, and "社保社保认证" is not Chinese. (Any word of two or more
     * characters said twice in a row counts once; word overlap counts each word once anyway.)
     */
    @Test
    void wordsRewrittenIntoTheSameCanonicalFormSideBySideBecomeOne() {
        TextNormalizer grouping = new TextNormalizer(new SynonymRules(List.of(
                new SynonymRules.Rule(List.of("城乡居民", "养老保险"), "社保", 1),
                new SynonymRules.Rule(List.of("成功了吗"), "认证结果", 2))));

        assertThat(grouping.normalize("城乡居民养老保险资格认证")).isEqualTo("社保资格认证");
        assertThat(grouping.normalize("认证成功了吗")).isEqualTo("认证结果");
        assertThat(grouping.normalize("我常常看看")).as("a doubled character is a word of its own").isEqualTo("我常常看看");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(normalizer.normalize(null)).isEmpty();
    }
}
