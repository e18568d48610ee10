package org.pensionbot.corpus;

import java.util.List;

/**
 * A topic next to pension certification that the bot deliberately does not answer from the FAQ
 * (pension amounts, paying contributions, lost cards, ...). A question that matches one gets the
 * topic's short redirect instead of a confident wrong answer.
 */
public record OutOfScopeTopic(String topic, String reply, List<String> questions) {

    public OutOfScopeTopic {
        questions = List.copyOf(questions);
    }
}
