package org.pensionbot.bench;

import java.util.List;

/**
 * The questions the latency benchmarks ask, by kind. Each benchmark cycles through its kind's
 * list so that no single question's path gets unrealistically hot.
 */
final class BenchQuestions {

    static final String SHORT = "short";
    static final String LONG = "long";
    static final String OUT_OF_DOMAIN = "outOfDomain";

    /** A few words, the way most people type on a phone. */
    static final List<String> SHORT_QUESTIONS = List.of(
            "支付宝怎么认证",
            "帮我妈做社保认证",
            "刷脸老是不通过咋办",
            "忘了年审养老金停了",
            "在国外怎么认证",
            "认证结果在哪查");

    /** About 300 characters of a worried relative or pensioner, one in Traditional characters with a typo. */
    static final List<String> LONG_QUESTIONS = List.of(
            "我妈妈今年七十八岁了，一个人住在老家，我在外地打工，平时只能打电话。前几天她跟我说社保那边好像要做什么认证，"
                    + "不做的话养老金就会停发，她听了特别着急，晚上都睡不好觉。她不会用智能手机，眼睛也不太好，村里也没有人能帮她弄。"
                    + "我想问一下，像我这种情况，能不能用我自己的手机帮她在支付宝或者微信上做认证？需要她本人在旁边刷脸吗？"
                    + "要准备什么东西？如果这次来不及做，已经停发的钱以后还能补回来吗？真的很担心，麻烦告诉我具体应该怎么一步一步操作，谢谢了。"
                    + "她的身体还算硬朗，就是不太认字，打电话的时候也经常听不清楚。我下个月才能请假回去一趟，不知道还来不来得及，"
                    + "也怕网上有骗子冒充社保的人打电话骗她的钱，她一个老人家分不清真假，想先问清楚正规的办法到底是什么。麻烦您了。",
            "我是去年刚退休的，以前在厂里上班，退休手续都是单位帮忙办的。最近听老同事说每年都要做一次养老金资格认证，"
                    + "可是我一直没收到任何通知，也不知道是不是已经过了时间。我在支付宝上试了几次刷脸，每次都提示认证失败，"
                    + "说什么光线不好还是动作不对，我也搞不清楚。家里的网有时候也不稳定。我现在很担心这个月的养老金会不会因为这个停掉，"
                    + "要是停了该怎么办？是不是一定要去社保局现场办理？我腿脚不太方便，去一趟要坐两个小时的车，"
                    + "有没有别的办法可以在家里做完认证？孩子们都在外地上班，平时也没人能陪我去，真是愁死了。"
                    + "还有就是认证做完以后，去哪里能查到到底有没有成功？我怕白忙一场，到时候钱还是停了，又不知道找谁问才好。"
                    + "我老伴前两年走了，家里就剩我一个人，这些事以前都是他管的，现在只能自己摸索。",
            "我爸爸八十多歲了，現在跟我們住在深圳，可是他的社保關係在湖南老家。老家的社保所打電話說今年的年審還沒做，"
                    + "讓我們盡快處理，不然下個月開始暫停發放養老金。我們不太清楚在外地怎麼認證，是要回老家辦，還是在深圳這邊就能辦？"
                    + "我用支付包找了半天也沒找到入口，是不是要先開通電子社保卡？另外我爸聽力不好，刷臉的時候總是聽不清提示，一直失敗。"
                    + "聽說還有人上門認證的服務，不知道我們這種情況能不能申請？請告訴我具體怎麼做，需要帶哪些材料，謝謝。"
                    + "我們平時工作都很忙，實在抽不出時間帶他回老家一趟。另外想問一下，如果這個月已經停發了，"
                    + "認證完成以後會不會把停發的錢補發回來？大概要等多久？老人家一直念叨這件事，心裡很不踏實。");

    /** Questions the bot must not answer from the FAQ: next-door topics, other apps, small matters, English. */
    static final List<String> OUT_OF_DOMAIN_QUESTIONS = List.of(
            "养老金能领多少钱",
            "医保报销需要什么材料",
            "公积金怎么提取出来",
            "今天天气怎么样",
            "支付宝怎么转账给别人",
            "how do I renew my passport");

    private BenchQuestions() {
    }

    static List<String> of(String kind) {
        return switch (kind) {
            case SHORT -> SHORT_QUESTIONS;
            case LONG -> LONG_QUESTIONS;
            case OUT_OF_DOMAIN -> OUT_OF_DOMAIN_QUESTIONS;
            default -> throw new IllegalArgumentException("unknown question kind '" + kind + "' (short, long, outOfDomain)");
        };
    }
}
