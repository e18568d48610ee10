package org.pensionbot.search;

import java.util.regex.Pattern;

/**
 * A province or city named at the start of a question, before what is asked: "山东省养老认证怎么认证",
 * "吉林省退休人员如何认证", "2021兰州市企业离退休人员养老金领取资格怎么认证". Real people often put their
 * place first; the question is the one asked everywhere, and every answer says that names differ by
 * region. No phrasing shares the name, so it only pulls the question's vector away from every entry:
 * on the real development questions such questions got a choice where the same question without the
 * name is answered. The name is dropped from the start only — two places in one question ("我在深圳,
 * 养老金是湖南发的") tell of living elsewhere, and a name inside an app's name ("民生山西") is the app.
 *
 * <p>Works on normalised text, after the synonyms: a provincial app named by its province ("河南社保")
 * has already become the corpus's word for a local app. The names are {@link PlaceNames}.
 */
final class LeadingPlace {

    /** Administrative suffixes, longest first: "内蒙古自治区", "湘西州", "兴安盟", "山东省". */
    private static final String SUFFIX = "(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|州|盟)?";
    /** A year said first ("2021兰州市…", "2022年山东…") stays; the place after it goes. */
    private static final Pattern LEADING = Pattern.compile("^((?:20[0-9]{2}年?)?)(?:(?:" + PlaceNames.ALTERNATION + ")" + SUFFIX + ")+");

    private LeadingPlace() {
    }

    /**
     * {@code normalizedQuestion} without the place names at its start; the question itself when it is
     * nothing but a place, or does not start with one.
     */
    static String dropFrom(String normalizedQuestion) {
        String dropped = LEADING.matcher(normalizedQuestion).replaceFirst("$1").strip();
        return dropped.isEmpty() ? normalizedQuestion : dropped;
    }
}
