package org.pensionbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pensionbot.corpus.CorpusLoader.comparable;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** When two phrasings count as the same one (the same phrasing in two entries is an error). */
class ComparablePhrasingTest {

    @Test
    void widthCaseSpacesAndPunctuationDoNotMakeAnotherPhrasing() {
        assertThat(comparable("支付宝怎么做 社保认证？")).isEqualTo(comparable("支付宝怎么做社保认证"));
        assertThat(comparable("ＡＰＰ怎么认证")).isEqualTo(comparable("app怎么认证!"));
        assertThat(comparable("“静默认证”=不用认证?")).isEqualTo("静默认证不用认证");
        assertThat(comparable("打12333问问")).isEqualTo("打12333问问");
        assertThat(comparable("社保认证")).isNotEqualTo(comparable("社保年审"));
    }

    /** The definition, as a regular expression: the code does the same without one, as it runs for every phrasing. */
    @Property
    void isTheFoldedTextWithoutUnicodePunctuationSymbolsOrSpaces(@ForAll String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);

        assertThat(comparable(text)).isEqualTo(folded.replaceAll("[\\p{P}\\p{S}\\s]+", ""));
    }
}
