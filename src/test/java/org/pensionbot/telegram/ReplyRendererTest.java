package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.FirstMessage;
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
    void everyRealEntryRendersAsValidTelegramHtmlWithAllItsContentOverTwoMessages() {
        for (FaqEntry entry : corpus.entries()) {
            OutgoingMessage first = renderer.render(TestEngine.get().answerFor(entry.id()).orElseThrow());
            OutgoingMessage tips = ReplyRenderer.tips(entry);
            String visible = TelegramHtml.visibleText(first.html());
            String visibleTips = TelegramHtml.visibleText(tips.html());

            assertThat(first.html()).as(entry.id()).startsWith("<b>" + Html.escape(entry.title()) + "</b>\n");
            assertThat(visible).as(entry.id()).contains(Dialable.numbers(entry.summary().strip()));
            for (int i = 0; i < entry.steps().size(); i++) {
                assertThat(visible).as(entry.id()).contains((i + 1) + ". " + Dialable.numbers(entry.steps().get(i)));
            }
            entry.tips().forEach(tip -> {
                assertThat(visibleTips).as(entry.id()).contains("• " + Dialable.numbers(tip));
                assertThat(visible).as("%s: tips wait for 更多提示", entry.id()).doesNotContain(Dialable.numbers(tip));
            });
            for (String part : MessageSplitter.split(first.html() + "\n" + tips.html())) {
                assertThat(TelegramHtml.problems(part)).as(entry.id()).isEmpty();
            }
        }
    }

    @Test
    void theTipThatSpeaksToTheQuestionStandsUnderTheShortAnswerBeforeTheSteps() {
        Reply.Answer answer = (Reply.Answer) TestEngine.get().reply("认证时提示不属于本次认证范围是怎么回事");
        String point = answer.pointAsked().orElseThrow();

        String visible = TelegramHtml.visibleText(renderer.render(answer).html());

        assertThat(visible).contains(FirstMessage.POINT_ASKED + Dialable.numbers(point));
        assertThat(visible.indexOf(FirstMessage.POINT_ASKED)).isLessThan(visible.indexOf("1. "));
    }

    /** The fraud entry's answer again right after itself: the point asked and the steps, no warning above them, no entries offered next. */
    @Test
    void anAnswerGivenAgainShowsThePointAskedAndTheStepsOnly() {
        Reply.Answer answer = (Reply.Answer) TestEngine.get().reply("我已经把银行卡号和密码填进去了怎么办");
        FaqEntry entry = answer.entry();

        OutgoingMessage message = renderer.render(answer.again());
        String visible = TelegramHtml.visibleText(message.html());

        assertThat(answer.pointAsked()).isPresent();
        assertThat(answer.related()).isNotEmpty();
        assertThat(visible).startsWith(entry.title() + "\n" + FirstMessage.POINT_ASKED + Dialable.numbers(answer.pointAsked().get()) + "\n"
                + Phrases.STEPS_AGAIN);
        assertThat(visible).contains("1. " + Dialable.numbers(entry.steps().get(0))).doesNotContain(Dialable.numbers(entry.summary().strip()));
        assertThat(rows(message)).flatExtracting(row -> row).doesNotContainAnyElementsOf(
                answer.related().stream().map(related -> "a:" + related.id()).toList());
    }

    @Test
    void theFirstMessageOfAnEntryWithinTheBudgetFitsOnAPhoneScreen() {
        FaqEntry entry = corpus.entries().stream().filter(e -> FirstMessage.length(e) <= FirstMessage.LENGTH_BUDGET
                && !e.tips().isEmpty() && !e.steps().isEmpty()).findFirst().orElseThrow();

        String visible = TelegramHtml.visibleText(renderer.render(TestEngine.get().answerFor(entry.id()).orElseThrow()).html());

        // The title line, then at most the budget (the hotline may gain a space on each side).
        assertThat(visible.substring(visible.indexOf('\n') + 1).length()).isLessThanOrEqualTo(FirstMessage.LENGTH_BUDGET + 4);
    }

    @Test
    void procedureOffersMoreTipsAndStepByStepThenRelatedQuestionsAndFeedback() {
        FaqEntry procedure = corpus.entries().stream().filter(e -> e.isProcedure() && !e.tips().isEmpty() && !e.related().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("the real corpus has procedures with tips and related entries"));
        String id = procedure.id();

        OutgoingMessage message = renderer.render(TestEngine.get().answerFor(id).orElseThrow());

        List<List<String>> rows = rows(message);
        assertThat(rows.get(0)).containsExactly("t:" + id, "s:" + id + ":1");
        assertThat(labels(message).subList(0, 2)).containsExactly(TelegramPhrases.MORE_TIPS, TelegramPhrases.STEP_BY_STEP);
        assertThat(rows.subList(1, rows.size() - 1)).hasSizeBetween(1, 3)
                .allSatisfy(row -> assertThat(row).singleElement().asString().startsWith("a:"));
        assertThat(rows.subList(1, rows.size() - 1)).flatExtracting(row -> row)
                .containsExactlyElementsOf(procedure.related().stream().limit(3).map(related -> "a:" + related).toList());
        assertThat(rows.get(rows.size() - 1)).containsExactly("f:+:" + id, "f:-:" + id);
    }

    @Test
    void stepsThatAreNoProcedureAreShownButNotOfferedOneByOne() {
        FaqEntry options = new FaqEntry("options", "还有哪些认证办法？", List.of("q"), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 1, 1), "办法有好几种，选一种就行。", List.of("用支付宝。", "去社区。"), List.of("以当地规定为准。"),
                Path.of("options.md"), false, List.of());

        OutgoingMessage message = renderer.render(new Reply.Answer("q", false, options, 1.0, List.of(), List.of()));

        assertThat(TelegramHtml.visibleText(message.html())).contains("1. 用支付宝。\n2. 去社区。");
        assertThat(rows(message).get(0)).containsExactly("t:options");
        assertThat(rows(message)).flatExtracting(row -> row).noneMatch(data -> data.startsWith("s:"));
    }

    @Test
    void entryWithoutStepsOffersNoStepByStep() {
        FaqEntry plain = new FaqEntry("plain", "多久认证一次？", List.of("q"), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 1, 1), "一般每年一次。", List.of(), List.of("以当地规定为准。"), Path.of("plain.md"), true, List.of());

        OutgoingMessage message = renderer.render(new Reply.Answer("q", false, plain, 1.0, List.of(), List.of()));

        assertThat(rows(message)).flatExtracting(row -> row).noneMatch(data -> data.startsWith("s:"));
        assertThat(TelegramHtml.visibleText(message.html())).isEqualTo("多久认证一次？\n一般每年一次。");
    }

    @Test
    void aDetailShowsTheSentenceUnderItsEntryWithTheWholeAnswerAsAButton() {
        FaqEntry plain = new FaqEntry("plain", "多久认证一次？", List.of("q"), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 1, 1), "一般每年一次。", List.of(), List.of("可以提前认证 <早一点> 也行。"), Path.of("plain.md"));

        OutgoingMessage message = renderer.render(new Reply.Detail("能提前吗", false, plain, "可以提前认证 <早一点> 也行。"));

        assertThat(TelegramHtml.problems(message.html())).isEmpty();
        assertThat(TelegramHtml.visibleText(message.html())).contains("【多久认证一次？】", Phrases.DETAIL_INTRO,
                "可以提前认证 <早一点> 也行。", Phrases.DETAIL_WHOLE_ANSWER);
        assertThat(rows(message)).containsExactly(List.of("a:plain"));
    }

    @Test
    void aDetailStandingInForAChoiceOffersItsOtherOptionsAfterTheWholeAnswer() {
        FaqEntry plain = new FaqEntry("plain", "多久认证一次？", List.of("q"), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 1, 1), "一般每年一次。", List.of(), List.of(), Path.of("plain.md"));
        FaqEntry missed = new FaqEntry("missed", "过了日子怎么办？", List.of("q"), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 1, 1), "补做认证。", List.of(), List.of(), Path.of("missed.md"));

        OutgoingMessage message = renderer.render(new Reply.Detail("几月", false, plain, "一般每年一次。", List.of(missed)));

        assertThat(TelegramHtml.visibleText(message.html())).contains(Phrases.DETAIL_WHOLE_ANSWER_OR_ANOTHER)
                .doesNotContain(Phrases.DETAIL_WHOLE_ANSWER);
        assertThat(rows(message)).containsExactly(List.of("a:plain"), List.of("a:missed"));
    }

    @Test
    void entryWithoutTipsOffersNoMoreTips() {
        FaqEntry bare = new FaqEntry("bare", "多久认证一次？", List.of("q"), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 1, 1), "一般每年一次。", List.of(), List.of(), Path.of("bare.md"));

        OutgoingMessage message = renderer.render(new Reply.Answer("q", false, bare, 1.0, List.of(), List.of()));

        assertThat(rows(message)).flatExtracting(row -> row).noneMatch(data -> data.startsWith("t:"));
    }

    @Test
    void theHotlineGluedToWordsStandsAloneSoAPhoneCanDialIt() {
        FaqEntry entry = new FaqEntry("call", "打电话问谁？", List.of("q"), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 1, 1), "拿不准可打12333问，被骗了打110报警。", List.of(), List.of("电话12333。"), Path.of("call.md"));

        String first = TelegramHtml.visibleText(renderer.render(new Reply.Answer("q", false, entry, 1.0, List.of(), List.of())).html());
        String tips = TelegramHtml.visibleText(ReplyRenderer.tips(entry).html());

        assertThat(first).contains("拿不准可打 12333 问，被骗了打 110 报警。");
        assertThat(tips).contains("电话 12333。");
        assertThat(first).doesNotContain("<a", "tel:");
    }

    @Test
    void everyPieceOfDynamicTextIsEscaped() {
        FaqEntry nasty = new FaqEntry("nasty", "<b>标题</b> & <script>", List.of("q"), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 1, 1), "摘要 <i>不是标签</i> & 1<2", List.of("点 <确定> & 继续"), List.of("a > b"), Path.of("nasty.md"));
        Reply answer = new Reply.Answer("q", false, nasty, 1.0, List.of(), List.of());

        String html = renderer.render(answer).html();
        String tips = ReplyRenderer.tips(nasty).html();

        assertThat(TelegramHtml.problems(html)).isEmpty();
        assertThat(TelegramHtml.problems(tips)).isEmpty();
        assertThat(html).contains("&lt;b&gt;标题&lt;/b&gt; &amp; &lt;script&gt;", "1&lt;2", "点 &lt;确定&gt; &amp; 继续");
        assertThat(tips).contains("a &gt; b");
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

        assertThat(TelegramHtml.visibleText(message.html())).contains("您是想问：", Phrases.CLARIFY_NONE_OF_THESE);
        assertThat(rows(message)).containsExactly(List.of("a:alipay-self"), List.of("a:for-others"));
        assertThat(labels(message)).containsExactly(
                Buttons.label(corpus.entry("alipay-self").orElseThrow().title()),
                Buttons.label(corpus.entry("for-others").orElseThrow().title()));
    }

    @Test
    void aChoiceThatLeansToItsFirstOptionSaysItInBriefAndKeepsEveryOption() {
        FaqEntry result = corpus.entry("check-result").orElseThrow();
        List<ScoredEntry> candidates = List.of(new ScoredEntry(result, 0.40, List.of()),
                new ScoredEntry(corpus.entry("how-to-certify").orElseThrow(), 0.51, List.of()));

        OutgoingMessage message = renderer.render(new Reply.Clarify("刷了脸 不知道成没成功", false, candidates,
                Reply.ClarifyReason.LEANS_TO_THE_FIRST));

        assertThat(TelegramHtml.visibleText(message.html())).contains("您多半是想问下面第 1 条", result.brief().orElseThrow());
        assertThat(rows(message)).containsExactly(List.of("a:check-result"), List.of("a:how-to-certify"));
    }

    @Test
    void aChoiceOfOneAsksWhetherThatIsWhatWasMeantAndSaysItInBrief() {
        FaqEntry materials = corpus.entry("materials-needed").orElseThrow();
        List<ScoredEntry> candidates = List.of(new ScoredEntry(materials, 0.23, List.of()));

        OutgoingMessage message = renderer.render(new Reply.Clarify("那上门要带什么材料", false, candidates));

        assertThat(TelegramHtml.visibleText(message.html())).contains("我不太确定是不是这个意思", materials.brief().orElseThrow())
                .doesNotContain("哪一个");
        assertThat(rows(message)).containsExactly(List.of("a:materials-needed"));
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
