package org.pensionbot.search;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * ICU's "Traditional-Simplified" transform as a {@link NormalizeCharMap} for Lucene's
 * {@code MappingCharFilter}. Lucene 9.12 ships ICU transforms only as a token filter, but the word
 * tokenizer (smartcn) must see Simplified text to segment it, so the conversion has to happen
 * before tokenizing. The transform maps single characters, so a table of the CJK blocks holds it
 * exactly; it is built once per process (~0.1 s).
 */
final class TraditionalToSimplified {

    /** Unified Ideographs, Extension A, and the compatibility ideographs. */
    private static final int[][] CJK_BLOCKS = {{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0xF900, 0xFAFF}};

    static final NormalizeCharMap MAP = build();

    private TraditionalToSimplified() {
    }

    private static NormalizeCharMap build() {
        Transliterator transform = Transliterator.getInstance("Traditional-Simplified");
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (int[] block : CJK_BLOCKS) {
            for (int c = block[0]; c <= block[1]; c++) {
                String traditional = String.valueOf((char) c);
                String simplified = transform.transliterate(traditional);
                if (!simplified.equals(traditional)) {
                    builder.add(traditional, simplified);
                }
            }
        }
        return builder.build();
    }
}
