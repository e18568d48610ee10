package org.pensionbot.telegram.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram updates as the Bot API sends them (JSON field names and shapes from the Bot API
 * reference), for queueing in {@link FakeBotApi}. User ids are positive, private chat id = user
 * id; group ids are negative, as in Telegram.
 */
public final class Updates {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(5000);
    private static final AtomicInteger CALLBACK_IDS = new AtomicInteger(1);
    private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?");

    private Updates() {
    }

    /** A text message in the private chat with {@code userId}; commands get their entity. */
    public static ObjectNode text(long userId, String text) {
        return update("message", textMessage(privateChat(userId), userId, text));
    }

    /** A text message in group {@code groupId} from {@code userId}; {@code @bot} mentions get entities. */
    public static ObjectNode groupText(long groupId, long userId, String text) {
        return update("message", textMessage(groupChat(groupId), userId, text));
    }

    /** A group message replying to one of the bot's messages. */
    public static ObjectNode groupReplyToBot(long groupId, long userId, String text) {
        ObjectNode message = textMessage(groupChat(groupId), userId, text);
        ObjectNode replied = baseMessage(groupChat(groupId));
        replied.set("from", NODES.objectNode().put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "bot")
                .put("username", FakeBotApi.BOT_USERNAME));
        replied.put("text", "（机器人之前的回答）");
        message.set("reply_to_message", replied);
        return update("message", message);
    }

    /** The user pressed an inline button with {@code data} under one of the bot's messages. */
    public static ObjectNode button(long userId, String data) {
        return buttonIn(privateChat(userId), userId, data);
    }

    public static ObjectNode groupButton(long groupId, long userId, String data) {
        return buttonIn(groupChat(groupId), userId, data);
    }

    private static ObjectNode buttonIn(ObjectNode chat, long userId, String data) {
        ObjectNode message = baseMessage(chat);
        message.set("from", NODES.objectNode().put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "bot"));
        message.put("text", "（带按钮的消息）");
        ObjectNode query = NODES.objectNode()
                .put("id", "cb" + CALLBACK_IDS.getAndIncrement())
                .put("chat_instance", "ci" + userId)
                .put("data", data);
        query.set("from", user(userId));
        query.set("message", message);
        return update("callback_query", query);
    }

    public static ObjectNode voice(long userId) {
        ObjectNode message = personMessage(privateChat(userId), userId);
        message.set("voice", NODES.objectNode().put("file_id", "voice1").put("file_unique_id", "v1").put("duration", 4));
        return update("message", message);
    }

    public static ObjectNode photo(long userId, String caption) {
        ObjectNode message = personMessage(privateChat(userId), userId);
        message.set("photo", NODES.arrayNode().add(NODES.objectNode().put("file_id", "photo1").put("file_unique_id", "p1")
                .put("width", 90).put("height", 90)));
        if (caption != null) {
            message.put("caption", caption);
        }
        return update("message", message);
    }

    public static ObjectNode sticker(long userId) {
        ObjectNode message = personMessage(privateChat(userId), userId);
        message.set("sticker", NODES.objectNode().put("file_id", "st1").put("file_unique_id", "s1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false));
        return update("message", message);
    }

    public static ObjectNode video(long userId) {
        ObjectNode message = personMessage(privateChat(userId), userId);
        message.set("video", NODES.objectNode().put("file_id", "vid1").put("file_unique_id", "vd1")
                .put("width", 640).put("height", 480).put("duration", 10));
        return update("message", message);
    }

    public static ObjectNode document(long userId) {
        ObjectNode message = personMessage(privateChat(userId), userId);
        message.set("document", NODES.objectNode().put("file_id", "doc1").put("file_unique_id", "d1").put("file_name", "身份证.jpg"));
        return update("message", message);
    }

    public static ObjectNode location(long userId) {
        ObjectNode message = personMessage(privateChat(userId), userId);
        message.set("location", NODES.objectNode().put("latitude", 31.23).put("longitude", 121.47));
        return update("message", message);
    }

    public static ObjectNode contact(long userId) {
        ObjectNode message = personMessage(privateChat(userId), userId);
        message.set("contact", NODES.objectNode().put("phone_number", "+8613812345678").put("first_name", "王阿姨"));
        return update("message", message);
    }

    /** Someone joined a group: a service message with no user content. */
    public static ObjectNode memberJoined(long groupId, long userId) {
        ObjectNode message = personMessage(groupChat(groupId), userId);
        message.set("new_chat_members", NODES.arrayNode().add(user(userId)));
        return update("message", message);
    }

    /** The user edited an earlier message. */
    public static ObjectNode edited(long userId, String text) {
        ObjectNode message = textMessage(privateChat(userId), userId, text);
        message.put("edit_date", System.currentTimeMillis() / 1000);
        return update("edited_message", message);
    }

    public static ObjectNode channelPost(long channelId, String text) {
        ObjectNode chat = NODES.objectNode().put("id", channelId).put("type", "channel").put("title", "社保资讯");
        ObjectNode message = baseMessage(chat);
        message.put("text", text);
        return update("channel_post", message);
    }

    /** A message from another bot in a group. */
    public static ObjectNode fromBot(long groupId, String text) {
        ObjectNode message = baseMessage(groupChat(groupId));
        message.set("from", NODES.objectNode().put("id", 4242).put("is_bot", true).put("first_name", "otherbot"));
        message.put("text", text);
        return update("message", message);
    }

    private static ObjectNode update(String kind, ObjectNode payload) {
        ObjectNode update = NODES.objectNode();
        update.set(kind, payload);
        return update;
    }

    private static ObjectNode textMessage(ObjectNode chat, long userId, String text) {
        ObjectNode message = personMessage(chat, userId);
        message.put("text", text);
        var entities = NODES.arrayNode();
        Matcher command = COMMAND.matcher(text);
        if (command.find()) {
            entities.add(NODES.objectNode().put("type", "bot_command").put("offset", 0).put("length", command.end()));
        }
        String mention = "@" + FakeBotApi.BOT_USERNAME;
        int at = text.indexOf(mention);
        if (at >= 0) {
            entities.add(NODES.objectNode().put("type", "mention").put("offset", at).put("length", mention.length()));
        }
        if (!entities.isEmpty()) {
            message.set("entities", entities);
        }
        return message;
    }

    private static ObjectNode personMessage(ObjectNode chat, long userId) {
        ObjectNode message = baseMessage(chat);
        message.set("from", user(userId));
        return message;
    }

    private static ObjectNode baseMessage(ObjectNode chat) {
        ObjectNode message = NODES.objectNode()
                .put("message_id", MESSAGE_IDS.getAndIncrement())
                .put("date", System.currentTimeMillis() / 1000);
        message.set("chat", chat);
        return message;
    }

    private static ObjectNode user(long userId) {
        return NODES.objectNode().put("id", userId).put("is_bot", false).put("first_name", "用户" + userId).put("language_code", "zh-hans");
    }

    private static ObjectNode privateChat(long userId) {
        return NODES.objectNode().put("id", userId).put("type", "private").put("first_name", "用户" + userId);
    }

    private static ObjectNode groupChat(long groupId) {
        return NODES.objectNode().put("id", groupId).put("type", "supergroup").put("title", "我们一家人");
    }
}
