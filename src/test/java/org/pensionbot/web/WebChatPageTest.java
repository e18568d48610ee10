package org.pensionbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;

/**
 * The chat page in a real headless Chromium on a 360 × 640 phone screen, on the real corpus: what
 * a relative sees when they open the link.
 */
class WebChatPageTest {

    private static WebChatServer server;
    private static ChromeDriver browser;
    private static ChatPage page;

    private final FaqEntry alipay = RealCorpus.index().corpus().entry("alipay-self").orElseThrow();

    @BeforeAll
    static void start(@TempDir Path profile) {
        HeadlessChromium.assumeInstalled();
        server = WebChatServer.start();
        browser = HeadlessChromium.start(profile, 360, 640);
        page = new ChatPage(browser);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openThePage() {
        page.open(server.url("/"));
    }

    @Test
    void aQuestionIsAnsweredWithItsNumberedSteps() {
        WebElement answer = page.ask("支付宝怎么认证");

        assertThat(answer.findElement(By.tagName("h2")).getText()).isEqualTo(alipay.title());
        List<String> steps = answer.findElements(By.cssSelector("ol.steps li")).stream().map(WebElement::getText).toList();
        assertThat(steps).hasSize(alipay.steps().size());
        assertThat(steps.get(0)).isEqualTo(alipay.steps().get(0));
        assertThat(ChatPage.choiceLabels(answer)).contains(Phrases.MORE_TIPS, Phrases.STEP_BY_STEP, Phrases.HELPFUL);
    }

    @Test
    void theReminderDialogEndsWithACalendarFileToDownload() throws Exception {
        WebElement months = page.ask("提醒我");
        assertThat(months.getText()).contains("上一次认证是哪个月");
        assertThat(ChatPage.choiceLabels(months)).contains("不记得了").hasSize(13);

        page.tap("不记得了");
        WebElement done = page.tap("妈妈");

        assertThat(done.getText()).contains("给「妈妈」的日历提醒做好了", "建议这个月就去认证一次");
        WebElement link = done.findElement(By.cssSelector("a.download"));
        assertThat(link.getText()).isEqualTo("📅 下载日历提醒");
        assertThat(link.getAttribute("download")).endsWith(".ics");
        HttpResponse<String> file = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(link.getAttribute("href"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(file.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("RRULE:FREQ=YEARLY", "SUMMARY:提醒：「妈妈」的养老金资格认证");
    }

    @Test
    void tappingAClarifyOptionAnswersThatEntry() {
        String unsure = firstQuestionThatIsClarified();
        WebElement clarify = page.ask(unsure);
        List<String> options = ChatPage.choiceLabels(clarify);
        assertThat(options).hasSizeGreaterThanOrEqualTo(2);
        String text = clarify.getText();
        assertThat(text.indexOf(Phrases.CLARIFY_NONE_OF_THESE)).as("the way out comes after the choices")
                .isGreaterThan(text.indexOf(options.get(options.size() - 1)));

        WebElement answer = page.tap(options.get(1));

        assertThat(answer.findElement(By.tagName("h2")).getText()).startsWith(options.get(1).replace("…", ""));
    }

    @Test
    void aFollowUpIsReadWithTheTopicBeforeIt() {
        String missed = RealCorpus.index().corpus().entry("missed-deadline").orElseThrow().title();
        // A sentence, not "那晚了呢": a first message of a keyword or two is read as about certification. ("过期了" names the
        // missed-deadline entry on its own.)
        WebElement alone = page.ask("那要是晚了该怎么办呢");
        assertThat(alone.getText()).as("without a topic the bot cannot tell what the follow-up asks").contains(Phrases.FALLBACK_TRY_TOPICS);

        page.ask("养老认证多久做一次");
        WebElement followUp = page.ask("那要是晚了该怎么办呢");

        assertThat(followUp.getText()).doesNotContain(Phrases.FALLBACK_TRY_TOPICS);
        assertThat(ChatPage.choiceLabels(followUp).get(0)).isEqualTo(missed);
    }

    @Test
    void stepByStepGoesThroughEveryStepToTheLast() {
        page.ask("支付宝怎么认证");

        WebElement step = page.tap(Phrases.STEP_BY_STEP);
        int total = alipay.steps().size();
        for (int number = 1; number < total; number++) {
            assertThat(step.getText()).contains(Phrases.STEP_HEADING.formatted(number, total))
                    .contains(alipay.steps().get(number - 1));
            step = page.tap(Phrases.NEXT_STEP);
        }
        assertThat(step.getText()).contains(Phrases.STEP_HEADING.formatted(total, total)).contains(Phrases.LAST_STEP);
        assertThat(ChatPage.choiceLabels(step)).doesNotContain(Phrases.NEXT_STEP).contains(Phrases.STUCK);
    }

    @Test
    void moreTipsShowsTheTipsAndAFollowUpStillKnowsTheTopic() {
        page.ask("支付宝怎么认证");

        WebElement tips = page.tap(Phrases.MORE_TIPS);

        List<String> shown = tips.findElements(By.cssSelector("ul.list li")).stream().map(WebElement::getText).toList();
        assertThat(shown).hasSize(alipay.tips().size());
        assertThat(page.ask("第2步是什么意思").getText()).contains(alipay.steps().get(1));
    }

    @Test
    void markupInAQuestionIsShownAsTextAndNeverRuns() {
        String hostile = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">支付宝怎么认证";

        page.ask(hostile);

        assertThat(page.userBubbles().get(0).getText()).isEqualTo(hostile);
        assertThat(browser.findElements(By.cssSelector("#log img, #log script"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");
    }

    @Test
    void theHotlineIsATelephoneLink() {
        WebElement fallback = page.ask("今天天气怎么样");

        assertThat(fallback.findElements(By.cssSelector("a[href='tel:12333']"))).isNotEmpty();
    }

    @Test
    void aPhoneScreenNeverScrollsSideways() {
        page.ask("支付宝怎么认证");
        page.ask("认".repeat(400) + "x".repeat(300));

        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).intValue()).isEqualTo(360);
    }

    @Test
    void personalNumbersAreMaskedInTheChatAndWarnedAbout() {
        WebElement reply = page.ask("我的手机号13812345678，支付宝怎么认证");

        assertThat(reply.findElement(By.cssSelector(".warning")).getText()).isEqualTo(Phrases.PERSONAL_DATA_WARNING);
        assertThat(page.userBubbles().get(0).getText()).doesNotContain("13812345678").contains("13*******78");
    }

    /** A real test question the engine asks back about, so the test does not depend on one wording. */
    private static String firstQuestionThatIsClarified() {
        return RealCorpus.testQuestions().stream()
                .filter(q -> server.engine().reply(q) instanceof Reply.Clarify)
                .findFirst()
                .orElseThrow(() -> new AssertionError("tests.tsv has no question the engine clarifies"));
    }
}
