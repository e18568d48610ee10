package org.pensionbot.dialog;

import java.util.regex.Pattern;

/**
 * Recognises a message from someone who may be in the middle of a scam: they say they were
 * cheated, that they already gave away a card number, password or code, that a caller asked them
 * for what scammers ask for, or they ask whether a message, call or link is real. Such a person
 * needs the fraud entry's urgent steps at once — never a "which did you mean?" list or a redirect.
 *
 * <p>A rule, not retrieval, on purpose: these messages talk about bank cards, links and money, so
 * by meaning they sit between the fraud entry and the bank-card or payment redirects, and
 * retrieval alone clarified or redirected them (我已经把银行卡号和密码填进去了怎么办 → a 社保卡
 * redirect; a pasted scam SMS → a clarify list). A missed alarm can cost a pensioner their
 * savings; a false one shows safety advice to someone who did not need it.
 *
 * <p>Works on normalised text (Simplified, lower case). Thread-safe.
 */
final class ScamAlarm {

    /** Not a sentence end: the parts of one message a pattern may reach across. */
    private static final String NEAR = "[^。！？?!]";
    /** What only the person should know, or what a caller wants read out ("收到的那串数字"). */
    private static final String SECRET = "(银行卡|卡号|密码|验证码|身份证(号|照片|正反面)|付款码|cvv|安全码|背面(的|那)?(三位|三个)"
            + "|六位数|认证码|(收到的|短信里的|那串|六位)" + NEAR + "{0,2}(数字|号码|码))";
    /** What must never be typed into a page someone sent: the card, its password, the ID number (not an app's SMS code). */
    private static final String TYPED_IN = "(银行卡|卡号|密码|身份证号)";
    /** Family a secret may be shared with: "把银行卡号告诉我儿子了" is no scam. */
    private static final String FAMILY = "(我)?(儿子|女儿|孩子|闺女|孙子|孙女|老伴|家人|妈|爸|老公|老婆)";
    /** Someone who is not the person. */
    private static final String SOMEONE = "(他|她|他们|对方|人家|别人|骗子|那个人|那人|那边|陌生人|(那个|这个)?工作人员|打电话来的人|电话里(的|那个)人|打电话(的|那个)人|(那个|这个)" + NEAR + "{0,5}的人)";
    /** Whom it was given to, when said between the verb and its 了: "告诉他了", "发给对方了". */
    private static final String TO_WHOM = SOMEONE + "?";
    /** Who got in touch: a call, a text, a stranger, someone who says who he is. */
    private static final String CALLER = "(打电话|打来电话|打来|来电|电话|短信|发信息|发消息|陌生人|自称|冒充|说(他|她|自己)是"
            + "|对方|那边|那人|那个人|有人|有个人|搭讪|广告|弹窗|跳出来|快递|加我)";
    /**
     * What a scammer charges for a service that is free — certification costs nothing — when a caller
     * asks for it or it was paid ("补办社保卡的工本费要交多少" asks a real price).
     */
    private static final String FEE = "(保证金|押金|手续费|激活费|认证费|工本费|管理费|服务费|解冻费)";
    /** Whose own a call, a number or an account may claim to be. */
    private static final String OFFICE = "(社保局|人社局|社保中心|社保|支付宝|银行|官方|政府)";
    /**
     * How scam texts threaten a pension; and a link, web address or code to follow, told in words but not denied ("没有链接"). Read in
     * Simplified characters, so Taiwan's words stay their own: 簡訊 (a text) is 简讯, 連結 (a link) 连结.
     */
    private static final String THREAT = "(停发|暂停发放|冻结|注销)";
    private static final String LINK_IN_WORDS = "(?<!没有|没)(链接|连结|二维码|网址)";
    /** A free gift of the kind stalls hand out: "送十个鸡蛋", "领了两盒鸡蛋", "送米送油", "送了一桶油". */
    private static final String GIFT = "((送|领|给)(了)?" + NEAR + "{0,4}(鸡蛋|大米|一桶油|食用油|米面油|礼品|礼物|红包)|送米|送油|送面)";
    /** A character of the same sentence that denies nothing: "认证不会问银行卡密码" says what is known, not what was asked. */
    private static final String UNDENIED = "(?:(?![不没别无])" + NEAR + ")";
    /** A bank card's or passbook's password (not an app's, nor the social security card's). */
    private static final String BANK_PASSWORD = "(银行卡|存折)的?(取款|支付)?密码";
    /** A face scan or one's papers: what a stall's free gift is for. */
    private static final String FACE_OR_PAPERS = "(刷脸|刷了|拍了|扫码|人脸|脸|认证|年审|身份证)";
    /** What a caller does to ask. */
    private static final String ASKS = "(让|叫|要|要求|喊|催)(我|他|她|老人|我妈|我爸|俺娘|俺爹|俺)?";

    /**
     * Said they were cheated or lost money (a sum gone from a bank card, "余额只剩…"), or that money went
     * where it should not have (a fee paid, a sum transferred away), or what only a scam leaves behind or
     * says: a "safe account", a "fund check" by the fake police, a caller who blocked them, a phone
     * someone else controls.
     */
    private static final Pattern CHEATED = Pattern.compile(
            "被骗|上当|受骗|骗走|骗了|遇到骗子|碰到骗子|被诈骗|诈骗了|被坑|坑了|坑惨|钱没了|钱少了|追回|损失了|被(人)?忽悠|圈套|呃咗"
                    + "|卡(里|上)(的)?(钱)?" + NEAR + "{0,5}(少了|没了|被扣|被划|就剩|只剩)|被扣了|(那人|对方|他|那边)的?电话(也)?打不通"
                    + "|卡(里|上)?" + NEAR + "{0,2}扣了[0-9一二两三四五六七八九十几]|(转|汇)了[0-9一二两三四五六七八九十百千万]+(块|元|千|万|蚊)"
                    + "|陌生(的)?(户口|账户|账号)|群" + NEAR + "{0,4}解散"
                    + "|被(人)?(转走|划走|盗刷|取走)|转出去|(原来|才知道|才晓得|才发现|后来知道)" + NEAR + "{0,4}是骗"
                    + "|安全账户|资金核查|资金清查|洗钱|拉黑了|被(人)?(远程)?控制|(钱|款)" + NEAR + "{0,4}(打不通|联系不上)"
                    + "|银行卡(里|上)?(的)?(钱)?" + NEAR + "{0,2}(少了|被扣了?|被划了?)[0-9一二两三四五六七八九十几]+[百千万块元]"
                    + "|(钱|卡)" + NEAR + "{0,8}少了[0-9一二两三四五六七八九十几]+(百|千|万|块|元)"
                    + "|余额(只剩|就剩|少了)|扫了?" + SOMEONE + "?(发的|给的)?(码|二维码)" + NEAR + "{0,4}(付|转|交)了"
                    + "|(交|汇|转|付)(了|过)" + NEAR + "{0,6}" + FEE + "|(转|汇)(了|过)[0-9]+(块|元)?(过去|出去)"
                    + "|(转|汇|打)(了|过)?" + NEAR + "{0,6}[0-9一二两三四五六七八九十百千万]+(块|元|千|万)" + NEAR + "{0,2}给" + SOMEONE);

    /**
     * A fear of being cheated, not a report of it: "我怕被骗钱，支付宝怎么认证" asks how to certify, and
     * "怎么防止被骗" how to stay safe, which retrieval answers. Taken out before {@link #CHEATED} is read;
     * "怕被骗了" (I fear I have been) still raises the alarm.
     */
    private static final Pattern FEARS_BEING_CHEATED = Pattern.compile(
            "(怕|担心|害怕|生怕|防止|防范|预防|提防|谨防|以免|免得|避免|小心|防|不会|不再)(被|会被|再被)?(上当受骗|上当|受骗|诈骗|骗)(?!了)");

    /**
     * Gave away what only they should know, or did what a caller said: a disclosing verb in the past
     * next to the secret, in either order ("填进去了", "告诉他了", "念给那个工作人员了", "告诉他银行卡号了");
     * handing a secret to someone but family ("把验证码告诉他", done or asked for); typing the card or its
     * password into a link; sent money; installed the caller's app, shared the screen, did as told.
     * Plain mentions ("认证要输密码吗",
     * "要告诉他们密码吗", "把密码输进去就行吗", "验证码输进去了还是不行") do not count.
     */
    private static final Pattern GAVE_AWAY = Pattern.compile(
            "(告诉|发给|报给|提供|说出|透露)" + TO_WHOM + "(了|过)" + NEAR + "{0,12}" + SECRET
                    + "|(填|输)(了|过|进去)" + NEAR + "{0,12}" + TYPED_IN
                    + "|" + SECRET + NEAR + "{0,8}(告诉|给|发|报|提供|念|说|读)(给)?" + TO_WHOM + "(了|过|出去了)"
                    // Typed in where it should not go; a code typed into an app is routine ("验证码输进去了还是不行").
                    + "|" + TYPED_IN + NEAR + "{0,8}(填|输)" + TO_WHOM + "(了|过|进去了|进去过)"
                    + "|(链接|连结|网址)" + NEAR + "{0,12}(输入|输|填写|填)了?" + NEAR + "{0,4}" + TYPED_IN
                    + "|" + SECRET + NEAR + "{0,8}(给|跟|向)" + SOMEONE + "(念|说|报|读|讲|发)(了|过)"
                    + "|(告诉|给|发给|报给)" + SOMEONE + NEAR + "{0,8}" + SECRET + NEAR + "{0,4}了"
                    + "|把" + NEAR + "{0,10}" + SECRET + NEAR + "{0,6}(告诉|念给|念|报给|报|说给|读给|发给)(?!" + FAMILY + ")"
                    + "|身份证" + NEAR + "{0,8}(发给|给)" + SOMEONE + "了|拍(了)?(照|照片)" + NEAR + "{0,4}发给"
                    + "|(照着|按|按照)短信(回|回复|填)了|(回了|回复了)" + NEAR + "{0,4}" + SECRET
                    + "|(读|念|讲)(咗|了)(俾|给)|" + SECRET + NEAR + "{0,6}(写|记)(在)?纸上给"
                    + "|(念|报|读)给(他|对方|那人|那个人|人家)(听)?(了|过)"
                    + "|(拍|录)" + NEAR + "{0,10}(照|照片|视频)" + NEAR + "{0,4}发给(他|她|对方|那人|那个人|人家)"
                    + "|(看见|看到|看得见|看得到)(我的?)?(手机)?屏幕"
                    + "|atm(机)?(上|那)" + NEAR + "{0,16}(输了|按了|换成|操作了|转了)|(输|按|摁)(了)?" + NEAR + "{0,4}(他|她|对方|那人)(报|说|给)的"
                    + "|" + SOMEONE + "(让|叫|要|发的|给的)" + NEAR + "{0,4}(装|下载|下)的?" + NEAR + "{0,4}(软件|app|应用)"
                    + "|(按|照)" + SOMEONE + "的?(要求|说的|说|意思)" + NEAR + "{0,8}(操作|做|填|弄|下载|下|装|转)"
                    + "|(开了|开着|打开了|点了)" + NEAR + "{0,2}(共享屏幕|屏幕共享)"
                    + "|(手机|社保卡|银行卡|存折|身份证)" + NEAR + "{0,6}交给(?!" + FAMILY + ")|按了" + NEAR + "{0,6}(星号|井号)|(插在|插进)" + NEAR + "{0,8}机器"
                    + "|(转了|转过|汇了)" + NEAR + "{0,6}(钱|款|账)|(钱|款)" + NEAR + "{0,4}(转|汇|打)(过去|出去|走)?了|已经转账|转账了");

    /**
     * "正规的办法", "靠谱的渠道": the proper way to do it, which the person asks for — not whether a call or a text is real. A
     * worried daughter wrote "也怕网上有骗子冒充社保的人打电话骗她的钱，她一个老人家分不清真假，想先问清楚正规的办法到底是什么"
     * in a long message asking how to help her mother certify, and got the fraud entry's urgent steps.
     */
    private static final String NOT_A_WAY = "(?!的?(办法|渠道|途径|方法|方式|流程|入口|地方))";

    /**
     * Asks whether a message, call, link, QR code or visitor is genuine. "有人说…是真的吗" with nothing else is hearsay about a
     * rule ("有人说最多补三个月", "有人说年底前不认证就停发"), which blind tester48 got the phone-scam text for: its entry
     * answers it; a call, a text or a visit in the same message still counts.
     */
    private static final Pattern ASKS_IF_REAL = Pattern.compile(
            "(短信|简讯|电话|来电|号码|打给我|打来|链接|连结|网址|二维码|通知|消息|app|软件|工作人员|客服|有人(?!说)|挨家挨户|上门|有个号|这个号|那个号|账号|直播|来了" + NEAR + "{0,2}个人|销售|推销)" + NEAR + "{0,40}"
                    + "(是真的|真的假的|真的吗|是假的|是不是骗|是不是诈骗|是骗子|骗人|骗局|诈骗吗|会不会是诈骗|可信|可靠|靠谱|能信|能不能信"
                    + "|靠不靠得住|靠得住|安全吗|官方的吗|正规吗|正规的|正经|是正常的|正常吗|忽悠|真哩假哩|真哩不是|是真哩|真额伐|真的伐|真唔真|系唔系真|系咪真"
                    + "|是不是" + OFFICE + "的|是" + OFFICE + "的吗|官方" + NEAR + "{0,2}的吗|是不是真有|真有这" + NEAR + "{0,2}(政策|事)"
                    + "|(能|可以)让(他|她|他们)进(来|门))" + NOT_A_WAY
                    // Cantonese puts the question first: "呢个短信系唔系真嘅".
                    + "|(系唔系|系咪)真"
                    // Asked outright about what the message told: "…给我转到一个什么王警官 这是不是诈骗".
                    + "|(这|这个|这是|那|那是)(是不是|是)(诈骗|骗局|骗人的|忽悠人的)"
                    + "|(公众号|小程序)" + NEAR + "{0,40}(是官方的吗|官方的吗|是不是官方)"
                    // A pasted text, with the question in a sentence of its own: "【社保中心】…否则将暂停发放。这个靠谱吗".
                    + "|^【[^】]{1,12}】.*(靠谱|是真的|真的假的|能信|可信|骗|是" + OFFICE + "的吗)");

    /**
     * Which of several is the official one, not whether one message is real: "搜出来好多小程序，不知道哪个是正规的，怕被骗"
     * asks where to certify (a tester got the fraud entry's urgent steps instead of WeChat's way), and so does
     * "哪个app才是真的官方的" (blind tester36, right after the warning). Taken out before {@link #ASKS_IF_REAL} is read;
     * "这个小程序是正规的吗" still raises the alarm.
     */
    private static final Pattern WHICH_IS_OFFICIAL = Pattern.compile("哪(个|些|一个|家)(app|软件|应用|小程序|网站)?(才)?(是)?(正规|官方|真的|靠谱|可靠)");

    /**
     * Someone called or wrote and asked for what scammers ask for — to add them on WeChat, share
     * the screen, install an app, pay a fee, scan a code, or read out a code, a card number or a password —
     * even before anything was given away: "有人打电话说我社保要停了让我加微信", "接着个电话…让我报银行卡号和验证码",
     * "电话里的人问我要银行卡密码", "有个人加我微信说能帮我妈认证，要我妈的身份证号和密码". Official services ask for none of these.
     */
    private static final Pattern ASKED_BY_A_CALLER = Pattern.compile(
            CALLER + NEAR + "{0,30}" + ASKS + NEAR + "{0,10}"
                    + "(加(他|她|对方)?的?(微信|qq|好友)|加群|进群|屏幕共享|共享屏幕|开屏幕|转账|转钱|汇款|汇钱|交钱|交费|付钱|打钱|扫码|扫二维码"
                    + "|开视频|atm|(下载|下|装|安装)" + NEAR + "{0,10}(软件|app|应用|会议)|(开|打开)" + NEAR + "{0,6}(权限|共享)"
                    + "|(按|摁)" + NEAR + "{0,4}(号|键|数字)|扫" + NEAR + "{0,6}码|视频(认证|通话)|转到(他|她)?的?微信"
                    + "|远程|(交|汇|打)" + NEAR + "{0,6}" + FEE
                    + "|(报|说|念|发|告诉他|提供|输入|输|填写|填|带上|带着)" + NEAR + "{0,4}" + SECRET
                    + "|把" + NEAR + "{0,4}" + SECRET + NEAR + "{0,2}(给|告诉|发|报))"
                    + "|" + CALLER + NEAR + "{0,30}" + ASKS + "(的)?" + SECRET   // "有个人…要我妈的身份证号和社保卡密码"
                    + "|" + CALLER + NEAR + "{0,30}((问|找|向|跟)(我|他|她|老人|我妈|我爸|俺)要|问)" + NEAR + "{0,4}" + SECRET
                    // A "grandson" on the phone who needs money at once.
                    + "|" + CALLER + NEAR + "{0,30}(急用钱|借钱|出车祸|按[0-9一]" + NEAR + "{0,3}转)"
                    // A fee asked for before a subsidy is paid: "补贴3000 要先交200工本费".
                    + "|(补贴|补助|津贴|奖励|奖金)" + NEAR + "{0,20}先(交|付|转|汇)" + NEAR + "{0,6}" + FEE
                    // A pasted text that asks for a reply with the card number or password.
                    + "|回复" + NEAR + "{0,6}(银行卡|卡号|密码|验证码|身份证号)"
                    // A fee demanded up front: the certification itself is free.
                    + "|(保证金|押金|手续费|激活费|认证费)" + NEAR + "{0,10}(交|汇|转|给)"
                    + "|(要|需要|得|先)(交|付|转|俾)" + NEAR + "{0,6}(保证金|押金|激活费|认证费|解冻费)");

    /**
     * A sum of money: a number with 块 or 元, or a bare number where the clause ends ("帮认证一个人收二十 中不中", a
     * tester) — not "收到12333的短信".
     */
    private static final String SUM = "[0-9一二两三四五六七八九十百千]+(块|元|(?=[\\s，,。？?！!]|$))";

    /**
     * What only a scam looks like, whoever tells it: eggs or oil given for a face scan at a stall, a
     * seller of health products who offers to certify, the fake police's words (涉案, a call passed on to
     * an "officer", 验资, a sum moved to the account they name), a loan taken to pay someone, "repairing" a
     * credit record, a visitor nobody asked for or who takes a card or the phone away, a stall offering to
     * certify, a "专员", a sum asked for certifying or for a face scan done for someone ("养老院护工说…帮她刷 要收50块手续费", blind
     * tester48, got "没太明白"), cards collected door to door. Official certification gives nothing away and asks for nothing.
     */
    private static final Pattern LOOKS_LIKE_A_SCAM = Pattern.compile(
            GIFT + NEAR + "{0,30}" + FACE_OR_PAPERS + "|" + FACE_OR_PAPERS + NEAR + "{0,30}" + GIFT
                    + "|(保健品|卖药的|推销的)" + NEAR + "{0,40}(认证|年审|刷脸)"
                    + "|(摆摊|摊子|摊位)" + NEAR + "{0,20}(认证|年审|刷脸)"
                    + "|(拿走|带走)(了)?" + NEAR + "{0,6}(社保卡|银行卡|身份证|手机)"
                    + "|涉案|涉嫌(洗钱|犯罪|诈骗)|验资|(转到|转给|转接)" + NEAR + "{0,6}(警官|警察|公安)"
                    + "|(转到|转进|打到|存到)" + NEAR + "{0,4}(他|她|对方|那人)?(说|给|指定)的(账号|账户|卡)"
                    + "|自称" + NEAR + "{0,12}专员"
                    + "|贷(了)?款" + NEAR + "{0,8}转给|征信" + NEAR + "{0,20}修复"
                    + "|(上门|门口)" + NEAR + "{0,20}没(约|预约|叫|喊|申请)过|(上门|门口)" + NEAR + "{0,30}(问|要|看)" + NEAR + "{0,6}" + SECRET
                    // Cards collected door to door ("村里有人挨家挨户收身份证说统一帮老人认证"): certifying takes the person's face, not their cards.
                    + "|(挨家挨户|上门|入户|到家里)" + NEAR + "{0,10}收(走)?" + NEAR + "{0,4}(身份证|社保卡|银行卡|存折)"
                    + "|(详询|联系|咨询)专员|中奖|抽中|刮刮卡|专项基金|返利|年息|高息"
                    // A bank card's password wanted to certify, by whomever ("养老院护工说要我妈的身份证和银行卡密码才能帮她认证", blind
                    // tester46, got the social security card's redirect): certifying takes the person's face, never that password.
                    // "认证不会问银行卡密码" is known already, not asked.
                    + "|" + BANK_PASSWORD + UNDENIED + "{0,12}(认证|年审|刷脸)|(认证|年审|刷脸)" + UNDENIED + "{0,12}" + BANK_PASSWORD
                    // A text told in words, threatening the pension and carrying a link ("收到短信说2月底前必须刷脸认证 不然4月停发
                    // 退休金 有个链接", F38's declared scam): real notices carry none (F36). Blind tester31 got a choice.
                    + "|(短信|简讯|信息|消息)" + NEAR + "{0,60}" + THREAT + NEAR + "{0,30}" + LINK_IN_WORDS
                    + "|" + LINK_IN_WORDS + NEAR + "{0,30}" + THREAT
                    + "|(养老公寓|讲座)" + NEAR + "{0,40}(认证|交钱|存钱|会员)|(认证|年审|刷脸|帮" + NEAR + "{0,2}刷)" + NEAR + "{0,12}(收|交|付|充)" + NEAR + "{0,4}" + SUM
                    + "|" + ASKS + NEAR + "{0,6}把" + NEAR + "{0,6}(钱|存款)" + NEAR + "{0,4}(都|全部|全)?取出来"
                    // Someone who says a sum paid brings a stopped pension back at once: certification is free.
                    + "|(有人|他|她|对方|那人|那个人|(社区|村里|社保)的人|工作人员)说" + NEAR + "{0,10}(交|给|付|转)" + NEAR + "{0,4}"
                    + "[0-9一二两三四五六七八九十百千]+" + NEAR + "{0,10}(恢复|补发|解冻|马上|就能|就可以)");

    /** A link in the message: pasted scam texts carry one. */
    private static final Pattern LINK = Pattern.compile("https?://|www\\.|\\.(cn|com|net|top|xyz|vip|cc)(/|\\b)");
    /** Links to government sites (they end in .gov.cn) are what the fraud entry recommends, not a warning sign. */
    private static final Pattern GOVERNMENT_LINK = Pattern.compile("[\\w./:-]*\\.gov\\.cn[\\w./?=&%-]*");
    /** What scam texts about pensions say to create urgency. */
    private static final Pattern PENSION_THREAT = Pattern.compile("停发|暂停发放|冻结|注销|过期|失效|逾期|补贴|补助|认证|激活");

    /**
     * "Done it" with nothing named: "我已经说了", "给他了", "刚才点进去了", "钱转过去了". Only short messages,
     * and not "没说", "不给" or thanks ("谢谢你说了这么多"): the words matter only right after the fraud
     * entry's steps, where they mean the secret or the money is gone ({@link #continuesTheScam}). "下了" is how people say
     * they downloaded the app ("我已经下了 要删吗", blind tester20 after the warning about an unofficial app); 下 alone is too
     * common (下一步, 下个月) to stand for it.
     */
    private static final Pattern DONE_IT = Pattern.compile("(说|给|告诉|填|输|发|报|念|点|扫|转|汇|加|下载|装)[^。！？?!]{0,4}(了|过)|下了");
    private static final Pattern NOT_DONE = Pattern.compile("没|不|别|谢");
    /** Longer messages say more than "done it": retrieval reads them. */
    private static final int MAX_DONE_IT_CHARS = 12;

    private ScamAlarm() {
    }

    /**
     * After the fraud entry's steps, "they asked me for it" with no caller named: "还问俺要银行卡密码",
     * "让我报验证码" — the chat already said who.
     */
    private static final Pattern ASKED_FOR_IT = Pattern.compile("(问|找|向|跟|让|叫|要)" + NEAR + "{0,4}" + SECRET);

    /**
     * After the fraud entry's steps, a question about doing to the card what their second step says: "银行卡要挂失吗",
     * "卡要冻结不", "要去银行挂失吗". Alone it came nearest the social security card's redirect ("我答不准"), testers found
     * (the last, blind tester37).
     */
    private static final Pattern ABOUT_THE_CARD = Pattern.compile("(卡|账户|存折|银行)" + NEAR + "{0,6}(冻结|止付|停用|改密码|换密码)"
            + "|(冻结|止付|停用)" + NEAR + "{0,4}(卡|账户|存折)"
            // 挂失 even bare: the card is the one the chat named ("那我现在要做啥 挂失吗": blind tester48 got the social security
            // card's redirect).
            + "|挂失");

    /**
     * After the fraud entry's steps, that the other side photographed a card or the ID: "他还把我爸身份证和银行卡拿去拍照了"
     * (blind tester48 got the whole warning again, where the urgent steps were the answer).
     */
    private static final Pattern PHOTOGRAPHED = Pattern.compile(
            "(身份证|银行卡|社保卡|存折|卡)" + NEAR + "{0,8}(拍(了|过|走了?)(照|照片)?|拍(照|照片)(了|过))");

    /**
     * After the fraud entry's steps, what the other side said to press or to be believed: "他说不报就停发我的退休金",
     * "他们说是社区派来的". Blind tester16 (2026-12-06) got the missed-deadline answer ("尽快补做认证") for the first, as if the
     * threat were a real suspension, and a choice for the second.
     */
    private static final Pattern THEY_CLAIMED = Pattern.compile("(他|她|对方|那人|那个人|他们|她们|骗子|那边|电话里)(还|又|就|也|都|一直)?(说|讲|称)"
            + NEAR + "{0,12}(停发|停掉|冻结|注销|过期|失效|取消|社区|社保|人社|政府|派来|官方|工作人员|公安|警察)");

    /**
     * After the fraud entry's steps, asking about the police or how to make it right: "能报警吗 打什么电话" (blind tester36 got
     * whom to ask about certification, 12333) and "现在要怎么补救" ("没太明白"); the steps say to call 110 and the bank.
     */
    private static final Pattern WHAT_NOW = Pattern.compile("报警|报案|派出所|补救|挽回|止损|96110|(?<![0-9])110(?![0-9])");

    /**
     * Whether a short message says it was done — given, told, clicked, paid — with no negation, or
     * (any length) that something was given away as {@link #GAVE_AWAY} reads it, that someone asked for a secret, asks
     * about freezing the card, tells what the other side claimed or photographed, or asks about the police or a remedy: what
     * such words mean right after the fraud entry's steps, where the chat has named the scam already. Blind tester33's "我已经装了 还开了那个屏幕共享" is longer than a
     * short "done it", and "现在咋办 要不要卸载" after it got "没太明白" where the urgent steps were its answer.
     */
    static boolean continuesTheScam(String normalizedText) {
        String text = normalizedText.strip();
        boolean done = text.codePointCount(0, text.length()) <= MAX_DONE_IT_CHARS
                && DONE_IT.matcher(text).find() && !NOT_DONE.matcher(text).find();
        return done || GAVE_AWAY.matcher(text).find() || ASKED_FOR_IT.matcher(text).find() || ABOUT_THE_CARD.matcher(text).find()
                || THEY_CLAIMED.matcher(text).find() || WHAT_NOW.matcher(text).find() || PHOTOGRAPHED.matcher(text).find();
    }

    /** From now on: "以后我自己帮我爸弄", "下次怎么认证". */
    private static final Pattern FROM_NOW_ON = Pattern.compile("以后|今后|往后|下次|下回|将来");
    /** Telling real from fake, or keeping safe: what the fraud answer itself says ("那我以后咋知道哪个是真的"). */
    private static final Pattern REAL_OR_FAKE = Pattern.compile("真|假|骗|分辨|辨别|区分|识别|防");

    /**
     * Whether a message mid-scam asks about doing it from now on ("以后我自己帮我爸弄 用哪个app", blind tester48): a question of
     * its own, which the urgent steps do not answer even after the scam went on — unless it asks how to tell a real notice,
     * which the fraud answer's warning says.
     */
    static boolean looksAhead(String normalizedText) {
        return FROM_NOW_ON.matcher(normalizedText).find() && !REAL_OR_FAKE.matcher(normalizedText).find();
    }

    /** Whether {@code normalizedText} raises the alarm. */
    static boolean raisedBy(String normalizedText) {
        return CHEATED.matcher(FEARS_BEING_CHEATED.matcher(normalizedText).replaceAll(" ")).find()
                || GAVE_AWAY.matcher(normalizedText).find()
                || ASKS_IF_REAL.matcher(WHICH_IS_OFFICIAL.matcher(normalizedText).replaceAll(" ")).find()
                || ASKED_BY_A_CALLER.matcher(normalizedText).find()
                || LOOKS_LIKE_A_SCAM.matcher(normalizedText).find()
                || (LINK.matcher(GOVERNMENT_LINK.matcher(normalizedText).replaceAll(" ")).find()
                        && PENSION_THREAT.matcher(normalizedText).find());
    }
}
