package org.pensionbot.corpus;

import java.util.List;
import java.util.Optional;

/**
 * A topic next to pension certification that the bot deliberately does not answer from the FAQ
 * (pension amounts, paying contributions, lost cards, ...). A question that matches one gets the
 * topic's short redirect instead of a confident wrong answer.
 *
 * @param offer the ids of the entries offered under the redirect, when the topic names them ({@code offer:} in the
 *     file): after the death of a pensioner only the survivors' entry, not how to certify oneself on Alipay; empty
 *     when it does not, and the entries the question came near are offered, then the popular ones
 */
public record OutOfScopeTopic(String topic, String reply, List<String> questions, Optional<List<String>> offer) {

    public OutOfScopeTopic {
        questions = List.copyOf(questions);
        offer = offer.map(List::copyOf);
    }

    public OutOfScopeTopic(String topic, String reply, List<String> questions) {
        this(topic, reply, questions, Optional.empty());
    }
}
