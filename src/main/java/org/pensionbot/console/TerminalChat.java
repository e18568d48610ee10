package org.pensionbot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;

/**
 * An interactive chat in the terminal on the same engine as Telegram: the default a newcomer
 * sees when no bot token is set. Typing the number of an offered question opens it.
 */
public final class TerminalChat {

    private static final Set<String> QUIT = Set.of("退出", "再见", "exit", "quit", "q", ":q", "/quit", "/exit");
    static final String WELCOME = """
            您好！我是养老保险认证小助手。
            您可以直接打字问我，比如：“支付宝怎么做社保认证？”“怎么帮我妈认证？”“认证失败怎么办？”
            输入数字可以打开列出的问题，输入“退出”结束。""";
    private static final String PROMPT = "\n您：";
    private static final String BOT = "小助手：";

    private final DialogEngine engine;
    private final TextRenderer renderer = new TextRenderer();

    public TerminalChat(DialogEngine engine) {
        this.engine = engine;
    }

    /** Runs until the user quits or input ends. */
    public void run(BufferedReader in, PrintStream out) throws IOException {
        out.println(WELCOME);
        List<String> choices = List.of();
        while (true) {
            out.print(PROMPT);
            out.flush();
            String line = in.readLine();
            if (line == null || QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
                out.println();
                out.println(BOT + "再见！祝您身体健康。");
                return;
            }
            Reply reply = chosen(line.strip(), choices);
            TextRenderer.Rendered rendered = renderer.render(reply);
            out.println(BOT + rendered.text());
            if (!rendered.choices().isEmpty()) {
                choices = rendered.choices();
            }
        }
    }

    /** A bare number picks one of the last offered entries; anything else is a question. */
    private Reply chosen(String line, List<String> choices) {
        String folded = Normalizer.normalize(line, Normalizer.Form.NFKC); // full-width digits from Chinese keyboards
        if (folded.matches("[0-9]{1,2}")) {
            int index = Integer.parseInt(folded) - 1;
            if (index >= 0 && index < choices.size()) {
                return engine.answerFor(choices.get(index)).map(Reply.class::cast).orElseGet(() -> engine.reply(line));
            }
        }
        return engine.reply(line);
    }
}
