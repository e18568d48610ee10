package org.pensionbot.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat page as a person uses it: type and send, tap a button, read the replies. */
final class ChatPage {

    /** How long a reply may take to appear before the test gives up (a bound, not a timing assertion). */
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final WebDriver driver;

    ChatPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page afresh (a new session) and waits for the greeting. */
    ChatPage open(String url) {
        driver.manage().deleteAllCookies();
        driver.get(url);
        awaitReplies(1);
        return this;
    }

    /** Types {@code text}, presses Enter and returns the reply. */
    WebElement ask(String text) {
        int before = replies().size();
        WebElement box = driver.findElement(By.id("question"));
        box.clear();
        box.sendKeys(text);
        box.sendKeys("\n");
        return awaitReplies(before + 1).get(before);
    }

    /** Taps the button labelled {@code label} in the last reply that has one, and returns the first reply it brought. */
    WebElement tap(String label) {
        int before = replies().size();
        List<WebElement> buttons = driver.findElements(By.cssSelector(".reply button.choice"));
        WebElement button = null;
        for (int i = buttons.size() - 1; i >= 0 && button == null; i--) {
            if (buttons.get(i).getText().strip().equals(label)) {
                button = buttons.get(i);
            }
        }
        if (button == null) {
            throw new AssertionError("no button labelled " + label + " on the page; buttons: "
                    + buttons.stream().map(WebElement::getText).toList());
        }
        // As a person would: scroll the button clear of the question box fixed at the bottom, then tap.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        return awaitReplies(before + 1).get(before);
    }

    List<WebElement> replies() {
        return driver.findElements(By.cssSelector("#log .reply"));
    }

    List<WebElement> userBubbles() {
        return driver.findElements(By.cssSelector("#log .user"));
    }

    static List<String> choiceLabels(WebElement reply) {
        return reply.findElements(By.cssSelector("button.choice")).stream().map(b -> b.getText().strip()).toList();
    }

    private List<WebElement> awaitReplies(int count) {
        new WebDriverWait(driver, PATIENCE).until(d -> replies().size() >= count);
        return replies();
    }
}
