package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How normalised text is cut into words and character grams. */
class TextTermsTest {

    private final TextTerms terms = TextTerms.standard();

    @Test
    void dictionaryWordsComeOutWhole() {
        assertThat(words("支付宝怎么给老人认证")).containsExactlyInAnyOrder("支付", "宝", "怎么", "给", "老人", "认证");
        assertThat(words("社保认证提交了怎么一直没有结果")).contains("社保", "认证", "提交", "一直", "结果");
        assertThat(words("养老金停发了")).contains("养老金");
    }

    @Test
    void everyCharacterIsCoveredEvenWhenNoWordIsKnown() {
        // Rare characters the dictionary lacks still become one-character words.
        assertThat(words("龘靐齉")).containsExactlyInAnyOrder("龘", "靐", "齉");
    }

    @Test
    void hanTextGivesCharactersAndNeighbouringPairs() {
        TermSet set = terms.of("刷脸失败", true);

        assertThat(labels(set, TermCode.UNIGRAM)).containsExactlyInAnyOrder("刷", "脸", "失", "败");
        assertThat(labels(set, TermCode.GRAM)).containsExactlyInAnyOrder("刷脸", "脸失", "失败");
    }

    @Test
    void pairsNeverSpanPunctuationOrSpace() {
        assertThat(labels(terms.of("认证，失败 刷脸", true), TermCode.GRAM)).doesNotContain("证失", "败刷");
    }

    @Test
    void latinAndDigitRunsAreOneTermAndStopWordsAreDropped() {
        TermSet set = terms.of("12333 the app 的 认证", true);

        assertThat(labels(set, TermCode.WORD)).contains("12333", "app", "认证").doesNotContain("the", "的");
        assertThat(labels(set, TermCode.GRAM)).contains("12333", "app");
    }

    @Test
    void punctuationSymbolsAndEmojiCarryNoTerms() {
        assertThat(terms.of("？！。😀👍 ~*[]", true).isEmpty()).isTrue();
        assertThat(terms.of("", true).isEmpty()).isTrue();
    }

    @Test
    void theSameTextAlwaysGivesTheSameCodesWithOrWithoutLabels() {
        TermSet labelled = terms.of("帮我妈在支付宝上认证", true);
        TermSet bare = terms.of("帮我妈在支付宝上认证", false);

        assertThat(bare.size()).isEqualTo(labelled.size());
        for (int i = 0; i < bare.size(); i++) {
            assertThat(bare.code(i)).isEqualTo(labelled.code(i));
        }
        assertThat(bare.label(0)).isNull();
    }

    @Test
    void aUnionHoldsEachTermOnce() {
        TermSet a = terms.of("支付宝认证", false);
        TermSet b = terms.of("认证失败", false);

        TermSet union = TermSet.union(List.of(a, b));

        for (String word : List.of("支付", "宝", "认证", "失败")) {
            assertThat(union.contains(TermCode.of(TermCode.WORD, word))).as(word).isTrue();
        }
        long[] codes = new long[union.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = union.code(i);
        }
        assertThat(codes).as("sorted, each once").isSorted().doesNotHaveDuplicates();
        assertThat(union.size()).isLessThan(a.size() + b.size());
    }

    private List<String> words(String text) {
        return labels(terms.of(text, true), TermCode.WORD);
    }

    private static List<String> labels(TermSet set, int kind) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            if (TermCode.kind(set.code(i)) == kind) {
                labels.add(set.label(i));
            }
        }
        return labels;
    }
}
