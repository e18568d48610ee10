package org.pensionbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.pensionbot.privacy.PersonalData;

/**
 * The JSON of an update as it may be stored until it is answered: every text in it (a message, a
 * caption, a button's data) with ID-card, phone and other long numbers masked, as the bot masks
 * them everywhere else. A stored update is read again only when its instance died before
 * answering it; the answer is the same (the bot searches the masked question anyway), only the
 * "please do not send your ID number" notice is missing from that rare reply.
 */
final class StoredUpdateBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredUpdateBody() {
    }

    /**
     * {@code body} with every personal number in its texts masked; unchanged when it has none.
     * Numbers that are JSON numbers (update, chat and user ids) are not texts and stay as they are.
     *
     * @param body the JSON of an update that has already been read as one
     */
    static String of(String body) {
        if (!PersonalData.contains(body)) {
            return body;
        }
        try {
            return JSON.writeValueAsString(masked(JSON.readTree(body)));
        } catch (IOException e) {
            throw new UncheckedIOException("an update that was read once could not be read again", e);
        }
    }

    /** {@code node} with its texts masked: a text node is replaced, containers are changed in place. */
    private static JsonNode masked(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(PersonalData.mask(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> field.setValue(masked(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, masked(array.get(i)));
            }
        }
        return node;
    }
}
