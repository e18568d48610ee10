package org.pensionbot.corpus;

import java.util.List;

/**
 * The rules of {@code synonyms.txt}, in Solr synonym format, read with Solr's
 * {@code expand=false} meaning: every rule rewrites each of its variants to one canonical form.
 *
 * <ul>
 *   <li>{@code 社保认证, 养老认证, 资格认证} — all three become the first, {@code 社保认证};</li>
 *   <li>{@code 支付包, 支付堡 => 支付宝} — the left-hand forms become the right-hand one.</li>
 * </ul>
 *
 * <p>Rewriting to one canonical form (rather than expanding) keeps Chinese multi-character
 * phrases intact before word segmentation, and makes questions and FAQ variants meet on the same
 * words.
 */
public record SynonymRules(List<Rule> rules) {

    public SynonymRules {
        rules = List.copyOf(rules);
    }

    public static SynonymRules none() {
        return new SynonymRules(List.of());
    }

    /** One line of the file: the variants that are rewritten, and what they become. */
    public record Rule(List<String> variants, String canonical, int line) {
        public Rule {
            variants = List.copyOf(variants);
        }
    }
}
