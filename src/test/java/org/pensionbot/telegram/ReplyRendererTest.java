package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.ScoredEntry;
import org.pensionbot.telegram.fake.TelegramHtml;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class ReplyRendererTest {

    private final Corpus corpus = TestEngine.corpus();
    private final ReplyRenderer renderer = new ReplyRenderer(() -> TestEngine.get().popularTopics());

    @Test
    void everyRealEntryRendersAsValidTelegramHtmlWithAllItsContent() {
        for (FaqEntry entry : corpus.entries()) {
            OutgoingMessage message = renderer.render(TestEngine.get().answerFor(entry.id()).orElseThrow());
            String visible = TelegramHtml.visibleText(message.html());

            assertThat(message.html()).as(entry.id()).startsWith("<b>" + Html.escape(entry.title()) + "</b>\n");
            for (int i = 0; i < entry.steps().size(); i++) {
                assertThat(visible).as(entry.id()).contains((i + 1) + ". " + entry.steps().get(i));
            }
            entry.tips().forEach(tip -> assertThat(visible).as(entry.id()).contains("• " + tip));
            for (String part : MessageSplitter.split(message.html())) {
                assertThat(TelegramHtml.problems(part)).as(entry.id()).isEmpty();
            }
        }
    }

    @Test
    void answerButtonsOfferStepsRelatedQuestionsAndFeedback() {
        FaqEntry alipay = corpus.entry("alipay-self").orElseThrow();

        OutgoingMessage message = renderer.render(TestEngine.get().answerFor("alipay-self").orElseThrow());

        List<List<String>> rows = rows(message);
        assertThat(rows.get(0)).containsExactly("s:alipay-self:1");
        assertThat(rows.subList(1, rows.size() - 1)).hasSizeBetween(1, 3)
                .allSatisfy(row -> assertThat(row).singleElement().asString().startsWith("a:"));
        assertThat(rows.subList(1, rows.size() - 1)).flatExtracting(row -> row)
                .containsExactlyElementsOf(alipay.related().stream().limit(3).map(id -> "a:" + id).toList());
        assertThat(rows.get(rows.size() - 1)).containsExactly("f:+:alipay-self", "f:-:alipay-self");
    }

    @Test
    void entryWithoutStepsOffersNoStepByStep() {
        FaqEntry plain = new FaqEntry("plain", "多久认证一次？", List.of("q"), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 1, 1), "一般每年一次。", List.of(), List.of("以当地规定为准。"), Path.of("plain.md"));

        OutgoingMessage message = renderer.render(new Reply.Answer("q", false, plain, 1.0, List.of(), List.of()));

        assertThat(rows(message)).flatExtracting(row -> row).noneMatch(data -> data.startsWith("s:"));
        assertThat(TelegramHtml.visibleText(message.html())).doesNotContain(Phrases.STEPS_HEADING);
    }

    @Test
    void everyPieceOfDynamicTextIsEscaped() {
        FaqEntry nasty = new FaqEntry("nasty", "<b>标题</b> & <script>", List.of("q"), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 1, 1), "摘要 <i>不是标签</i> & 1<2", List.of("点 <确定> & 继续"), List.of("a > b"), Path.of("nasty.md"));
        Reply answer = new Reply.Answer("q", false, nasty, 1.0, List.of(), List.of());

        String html = renderer.render(answer).html();

        assertThat(TelegramHtml.problems(html)).isEmpty();
        assertThat(html).contains("&lt;b&gt;标题&lt;/b&gt; &amp; &lt;script&gt;", "1&lt;2", "点 &lt;确定&gt; &amp; 继续", "a &gt; b");
        assertThat(TelegramHtml.visibleText(html)).contains("<b>标题</b> & <script>");
    }

    @Test
    void personalDataWarningComesFirst() {
        FaqEntry entry = corpus.entry("alipay-self").orElseThrow();
        Reply answer = new Reply.Answer("masked", true, entry, 0.9, List.of(), List.of());

        assertThat(renderer.render(answer).html()).startsWith(Html.escape(Phrases.PERSONAL_DATA_WARNING) + "\n\n<b>");
    }

    @Test
    void clarifyAsksWithOneButtonPerCandidate() {
        List<ScoredEntry> candidates = List.of(
                new ScoredEntry(corpus.entry("alipay-self").orElseThrow(), 0.5, List.of()),
                new ScoredEntry(corpus.entry("for-others").orElseThrow(), 0.45, List.of()));

        OutgoingMessage message = renderer.render(new Reply.Clarify("支付宝认证", false, candidates));

        assertThat(TelegramHtml.visibleText(message.html())).contains("您是想问：");
        assertThat(rows(message)).containsExactly(List.of("a:alipay-self"), List.of("a:for-others"));
        assertThat(labels(message)).containsExactly(
                Buttons.label(corpus.entry("alipay-self").orElseThrow().title()),
                Buttons.label(corpus.entry("for-others").orElseThrow().title()));
    }

    @Test
    void fallbackApologisesOffersThreeToFiveTopicsAndTheHotline() {
        FaqEntry one = corpus.entry("fraud-safety").orElseThrow();
        Reply fallback = new Reply.Fallback("天气怎么样", false, Reply.FallbackReason.NO_MATCH, null, List.of(one), List.of());

        OutgoingMessage message = renderer.render(fallback);

        String visible = TelegramHtml.visibleText(message.html());
        assertThat(visible).startsWith(Phrases.FALLBACK_NO_MATCH).contains(Phrases.HOTLINE, Phrases.FALLBACK_TRY_TOPICS);
        assertThat(rows(message)).hasSizeBetween(3, 5).first().isEqualTo(List.of("a:fraud-safety"));
    }

    @Test
    void outOfScopeFallbackShowsTheRedirectAndNamesTheHotlineOnce() {
        Reply fallback = new Reply.Fallback("养老金多少", false, Reply.FallbackReason.OUT_OF_SCOPE,
                "养老金金额请拨打 12333 问当地社保部门。", TestEngine.get().popularTopics(), List.of());

        String visible = TelegramHtml.visibleText(renderer.render(fallback).html());

        assertThat(visible).startsWith("养老金金额请拨打 12333");
        assertThat(visible.split(Phrases.HOTLINE, -1)).hasSize(2);
    }

    @Test
    void smallTalkIsJustTheEnginesWordsEscaped() {
        Reply hello = new Reply.SmallTalk("你好", false, Reply.SmallTalkKind.GREETING, "您好 <3");

        OutgoingMessage message = renderer.render(hello);

        assertThat(message.html()).isEqualTo("您好 &lt;3");
        assertThat(message.keyboard()).isNull();
    }

    @Test
    void longButtonLabelsAreShortenedWithoutBreakingEmoji() {
        String label = Buttons.label("😀".repeat(40));

        assertThat(label).isEqualTo("😀".repeat(29) + "…");
        assertThat(Buttons.label("支付宝认证\n怎么弄")).isEqualTo("支付宝认证 怎么弄");
    }

    static List<List<String>> rows(OutgoingMessage message) {
        InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) message.keyboard();
        return keyboard.getKeyboard().stream()
                .map(row -> row.stream().map(InlineKeyboardButton::getCallbackData).toList())
                .toList();
    }

    static List<String> labels(OutgoingMessage message) {
        InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) message.keyboard();
        return keyboard.getKeyboard().stream().flatMap(List::stream).map(InlineKeyboardButton::getText).toList();
    }
}
