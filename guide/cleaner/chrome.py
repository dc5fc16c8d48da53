"""Lines that are never content, recognised by what they are made of (issue 26, issue 30).

Bylines and time stamps (a name, a numeric date), forum and Q&A labels (楼主, 最佳答案, 如题所述),
editorial labels (标题：, 摘要：, 小编导语), image captions, page tabs of document sites
("X_第2页"), ad and call-to-action lines, disclaimers. Each test is on one short line and looks at
its shape and the role of its words, never at a site's name. A long line is text whatever it
contains: the cleaner keeps it.
"""
from __future__ import annotations

import re

from guide.cleaner.chinese import CLAUSE_COMMA, HAN, is_sentence

# A numeric date with separators (2022-08-14, 2016/3/25, 2025.07.28): metadata, not prose.
# Prose writes dates with 年月日; headings like "2023年3月1日起施行的新规" are kept.
NUMERIC_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d)")
TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_SENTENCE_END = re.compile(r"[。！？；!?;]")
BYLINE_MAX = 40

# Where a post or an answer sits on a forum or Q&A page (楼主, 沙发, 3楼, #5), and the labels
# such pages put above a post or an answer.
_POST_PLACE = r"楼主|主楼|沙发|板凳|地板|\d+\s*楼|#\s*\d+|只看该作者|发表于|倒序浏览|阅读模式"
_QA_LABEL = (r"最佳答案|满意答案|推荐答案|标准答案|优质答案|精选回答|其他回答|其它回答|全部回答|网友回答|热心网友|匿名用户|"
             r"提问者采纳|已采纳|采纳率|追问|追答|如题所述|如题|问题描述|问题补充")
_FORUM = re.compile(rf"(?:{_POST_PLACE}|{_QA_LABEL})")
# Editorial labels: the word for a part of the page standing alone on its line ("摘要：").
_EDITORIAL = re.compile(
    r"^(?:(?:小编|小編|编者|編者)(?:导语|導語|导读|導讀|按|的话|的話)?|导语|導語|导读|導讀|编者按|編者按|"
    r"(?:内容|文章|文档|文檔|內容)?(?:摘要|简介|簡介|提要)|(?:多级)?标题|(?:多級)?標題|正文|关键词|關鍵詞|"
    r"原创|原創|转载|轉載|(?:标准|標準)?答案|回答|解答)\s*[:：]?$")  # a label alone on its line: "**答案", "原创"
# "标题：X" in the header: the label goes, X is a line of its own (the title).
LABEL_PREFIX = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:标题|標題|题目|題目)\s*[:：]\s*(?=\S)")  # also 案例标题：, 文章标题：
# "摘要：X": X repeats the text that follows (the page printed its description); checked by the caller.
SUMMARY_PREFIX = re.compile(r"^(?:内容|文章)?(?:摘要|简介|簡介|提要|导语|導語|导读|導讀)\s*[:：]\s*(?=\S)")
# "图片由网友原创分享", "图源：网络", "▲资料图", "陷阱貸款.jpg"
_CAPTION = re.compile(r"^(?:▲|△|图片?(?:来源|來源|来自|由|：|:)|图源|圖源|配图|配圖|资料图|資料圖)|\.(?:jpe?g|png|gif|webp)$", re.I)
CAPTION_MAX = 30
# "贷款逾期催收合法边界_第2页": the tabs of a document site, one per page of the document.
PAGE_TAB = re.compile(r"^(?P<title>.+?)[\s_\-—]*第\s*\d+\s*[页頁]$")
# "「正文共计约7400字,阅读全文约需29分钟」", "阅读本文约需 3 分钟": reading-time notes.
_READING_TIME = re.compile(r"(?:[共全]文?计?约?\s*\d+\s*字|约需\s*\d+\s*分钟|阅读(?:全文|本文|时间|时长)[^，。]{0,4}\d+\s*分钟)")
# "版權說明：本文檔由用戶提供并上傳…", "作者：邓鹏 李静 | 2025.07.28": a short key, a colon, a value.
META_KEY = re.compile(rf"^[{HAN}]{{1,4}}\s*[:：]")

# Ads and calls to action: the site asks the reader to contact it, scan, sign up, or read on for a
# fee. Sure signs: the line goes to the removed list.
# "免费咨询", "在线申请": an offer's words, but prose uses them too ("很多法院支持在线申请财产保全"):
# alone they remove a short line, not a sentence inside the article (junk.py keeps it, for review).
_SOFT_CTA = (r"(?:免费|免費|在线|在線|一对一|立即|马上|即刻|现在就)"
             r"(?:咨询|諮詢|评估|解答|领取|申请|申請|下载|办理|获取|测额|借款|提现|拿钱|注册|註冊)")
_HARD_CTA = re.compile(
    r"扫码|扫一扫|扫描.{0,6}二维码|长按.{0,6}(?:识别|二维码)|二维码"
    r"|点击(?:下方|上方|文末|链接|这里|此处)|点击[^，。！？\s]{0,4}?(?:咨询|领取|申请|下载|立即|获取|报名)"
    r"|(?:(?<![增附参追更叠施])加|添加|联系|私信|咨询|关注)(?:我|我们|小编|本站)(?!国|们的债)"
    r"|关注(?:我们的)?(?:公众号|微信号|本站)"
    r"|(?:微信号|微信|vx|VX|v信|威信|QQ群?|qq群?)\s*[:：]?\s*[A-Za-z0-9_-]{5,}"
    r"|(?:电话|手机|微信)\s*[:：]?\s*1[3-9]\d{9}(?!\d)"  # a mobile number: a person, not an office
    r"|(?:继续|繼續)?(?:免费|免費)(?:阅读|閱讀|下载|下載)|(?:下载|下載)(?:本文|全文|文档|文檔|完整版)"
    # "如需帮助可关注,私信必复": the writer asks to be followed or sent a private message (not "联系",
    # which is also how advice names an office: "需要帮助可以联系法律援助中心")
    r"|私信(?:必复|必回|秒回|我|咨询|获取|领取|留言)|(?:如需|需要|如有)(?:帮助|咨询)[^。！？]{0,4}(?:关注|私信)"
    # "打开网易新闻 查看更多图片": the site's app or gallery asks to be opened to see the rest
    r"|(?:打开|下载|下載|打開)\S{1,8}\s*(?:查看|阅读|閱讀|观看|觀看)(?:更多|全文|原文|高清)|^查看更多图片$"
    # "订阅某某电子报，接收最新消息": the site's newsletter asks to be signed up for
    r"|(?:订阅|訂閱)[^，。！？,\s]{0,8}(?:电子报|電子報|电子邮件|電子郵件|周报|週報|通讯|通訊|newsletter)"
)
_CTA = re.compile(f"{_HARD_CTA.pattern}|{_SOFT_CTA}")
# Maybe an ad, maybe advice ("下载国家反诈中心 APP"): kept, and listed for review.
# "下载某某APP", "請下載某網iPhone/Android Apps": get the app (the platforms' names count as the app).
APP_DOWNLOAD = re.compile(r"(?:下载|下載|安装|安裝)[^，。！？,]{0,40}?(?:APP|Apps?|app|客户端|客戶端|小程序|iPhone|iPad|Android|iOS)")
_MAYBE_CTA = re.compile(rf"{APP_DOWNLOAD.pattern}|注册[^，。,.]{{0,12}}(?:APP|App|app|客户端|小程序)"
                        # the site's sign-off: comments, shares, come back ("欢迎在评论区留言交流，再次访问我们的网站")
                        r"|欢迎.{0,8}(?:留言|评论|交流|转发|分享|收藏|关注)|评论区|(?:再次)?访问(?:我们的|本)网站"
                        r"|点赞|(?:转发|分享)给(?:更多|身边)|收藏本(?:站|文|页)")
# ... unless the line warns against exactly that: advice about ads is content.
_WARNING = re.compile(r"不要|千万别|别(?:再|去|轻易|随便|相信|信|点|扫|下载|加|理会|转账)|切勿|谨防|警惕|小心|以免|防止|骗|陌生|"
                      r"不明|不正规|非法|违规|拒绝")
CTA_MAX = 80  # a longer line that matches is kept, and listed for review
# Disclaimers: what the page says about itself, not about debts.
_DISCLAIMER = re.compile(
    r"免责声明|免責聲明|版[权權](?:说明|說明|声明|聲明)|不构成.{0,8}(?:建议|意见|依据)|不代表本站|本站不对"
    r"|不代表.{0,6}(?:观点|觀點|立场|立場)|源于人工智能|由人工智能生成|AI\s*生成"
    r"|如有侵[权權]|若有侵[权權]|存在侵[权權]|侵权请联系|侵權請聯繫|联系删除|请联系.{0,6}删除|来源于网络|來源於網絡|来自网络|版权归原作者")
# "以上金额仅供参考，以合同为准" may be the article's own hedge: kept, and listed for review.
_MAYBE_DISCLAIMER = re.compile(r"仅供参考|僅供參考|不作为.{0,6}依据|不作為.{0,6}依據")
DISCLAIMER_MAX = 120


_BYLINE_SIGN = re.compile(rf"{_POST_PLACE}|{_QA_LABEL}|网友|用户|作者|编辑|来源|发布|发表|更新|回复|律师|顾问|老师|浏览|阅读|评论"
                          r"|[A-Za-z\u4e00-\u9fff]\d{4}-|\d-\d{1,2}[A-Za-z\u4e00-\u9fff]")


# "警破高利贷集团拘29人 (17:50)", "X（2025-08-25）": a headline with the time or the date it was posted,
# in brackets at its end.
POSTED_AT = re.compile(rf"\s*[(（]\s*(?:{NUMERIC_DATE.pattern}(?:\s*{TIME.pattern})?|{TIME.pattern})\s*[)）]\s*$")
HEADLINE_HAN = 8  # Chinese characters before the time: a headline's words, more than a name and a label have


def without_posted_at(text: str) -> str:
    """The headline without its time stamp ("X (17:50)" -> "X"); other lines as they are."""
    m = POSTED_AT.search(text)
    if not m or META_KEY.match(text) or len(re.findall(f"[{HAN}]", text[:m.start()])) < HEADLINE_HAN:
        return text
    return text[:m.start()].rstrip()


def is_byline(text: str, header: bool = True) -> bool:
    """"最佳答案 匿名用户 2022-08-14", "小花2024-10-05债务优化219", "作者：邓鹏 | 2025.07.28": a short
    line with a numeric date (or a time), a name or a label, and no sentence in it. Below the first
    sentence the line must also say what it is (a role, a label, a date glued to a name): "2024-10-05
    借款 5000 元" in a case's account is a fact."""
    if len(text) > BYLINE_MAX or _SENTENCE_END.search(text) or without_posted_at(text) != text:
        return False
    dated = NUMERIC_DATE.search(text) or TIME.search(text)
    # Beside the date, a name or a label (a date alone is a date line: junk.py's header rule).
    rest = TIME.sub("", NUMERIC_DATE.sub("", text))
    named = bool(dated) and len(re.sub(r"[\s\d:/.|｜\-•·]", "", rest)) >= 2 and len(rest.strip()) <= 30
    return named and (header or bool(_BYLINE_SIGN.search(text)))


# A full date written with 年月日 ("2021年03月04日"); alone in prose it is a fact, beside names in
# segments under the title it is the article's byline (is_dated_byline).
CN_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_SEGMENT_SPLIT = re.compile(r"\s*[|｜@]\s*|\s+")
DATED_BYLINE_MAX = 60
SEGMENT_MAX = 20  # characters of one segment of a byline: a name, a role, a category


def is_dated_byline(text: str) -> bool:
    """"2024年02月01日郑林涛 | 张凌杰 | 邢博文(实习生…)", "kenan @ 2021年03月04日 乐活": a full date (numeric
    or 年月日) and at least two more segments split by |, @ or spaces, each short, and no sentence. Only
    meaningful right under the title, above the first sentence (the caller checks where the line is):
    "2023年3月1日起施行的新规" is one segment, a headline, and stays."""
    if len(text) > DATED_BYLINE_MAX or _SENTENCE_END.search(text):
        return False
    date = NUMERIC_DATE.search(text) or CN_DATE.search(text)
    if not date:
        return False
    segments = [s for s in _SEGMENT_SPLIT.split(text[:date.start()] + " " + text[date.end():]) if s]
    return len(segments) >= 2 and all(len(s) <= SEGMENT_MAX for s in segments)


# Common surnames (simplified and traditional forms), for a name alone on its line above the text:
# the author's byline ("杨越"). Surnames that often begin other short words (高利贷, 金融, 方法, 向法院,
# 万元, 任何, 程序, 严重) are left out: such a line stays.
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪"
                "范贾夏韦付邹孟熊秦邱尹薛闫段雷侯陶黎贺顾郝龚邵覃戴莫孔汤殷傅柳易乔赖"
                "張劉陳楊黃趙吳鄭謝許韓馮鄧蕭葉蘇魏呂盧鍾譚陸範賈韋鄒閆賀顧龔湯賴喬")
NAME_LEN = (2, 3)  # a Chinese personal name: a surname and one or two characters


def is_lone_name(text: str) -> bool:
    """"杨越": two or three Chinese characters, the first a common surname, nothing else on the line.
    Only meaningful above the article's first sentence (the caller checks where the line is)."""
    return NAME_LEN[0] <= len(text) <= NAME_LEN[1] and bool(re.fullmatch(f"[{HAN}]+", text)) and text[0] in _SURNAMES


# "本题链接:", "本文地址：https://…", "原文链接:": the page's own address, a label whose link was not text.
_LINK_LABEL = re.compile(r"^(?:本文|本题|本題|本页|本頁|本帖|文章|原文|原帖|页面|頁面)(?:链接|鏈接|地址|网址|網址|出处|出處)\s*[:：]\s*(?:\S*://\S*)?$"
                         r"|^(?:链接|鏈接|网址|網址)\s*[:：]\s*(?:\S*://\S*)?$")


def is_link_label(text: str) -> bool:
    return bool(_LINK_LABEL.match(text.strip()))


def is_post_label(text: str) -> bool:
    """"lvcheng楼主 主楼", "最佳答案", "如题所述", "3楼": forum and Q&A labels on a short line."""
    if len(text) > 24 or _SENTENCE_END.search(text) or re.search("[，,]", text):
        return False
    rest = _FORUM.sub("", text)
    # What is left is at most a user name and a count: the label is the line.
    return rest != text and len(re.sub(r"[\s:：\d]", "", rest)) <= 12


def is_editorial_label(text: str) -> bool:
    return bool(_EDITORIAL.match(text.strip()))


# "图为市民在银行网点咨询", "图为一名借款人展示…，记者 王芳 摄": a news picture's caption says what the
# picture shows ("图为…"), or ends with who took it ("记者 王芳 摄", "（张三/摄）") or where it came from
# ("（资料图）", "供图"); prose says 图 otherwise. Longer than CAPTION_MAX, but never a sentence.
_NEWS_CAPTION = re.compile(rf"^[图圖][为為](?=[{HAN}])|(?:^|[\s，,（(])(?:(?:记者|記者|通讯员|通訊員)\s*)?[{HAN}]{{2,4}}\s*[/／]?\s*[摄攝][)）]?$"
                           r"|[（(](?:资料图|資料圖|资料图片|資料圖片|供图|供圖|网络图|網絡圖)[)）]$")
NEWS_CAPTION_MAX = 60


def is_caption(text: str) -> bool:
    if _SENTENCE_END.search(text):
        return False
    return (len(text) <= CAPTION_MAX and bool(_CAPTION.search(text))) or (
        len(text) <= NEWS_CAPTION_MAX and bool(_NEWS_CAPTION.search(text)))


def is_reading_time(text: str) -> bool:
    return len(text) <= 40 and bool(_READING_TIME.search(text))


def call_to_action(text: str) -> bool:
    return bool(_CTA.search(text)) and not _WARNING.search(text)


def offer_in_prose(text: str) -> bool:
    """A sentence of clauses whose only sign of an ad is an offer's words, no contact, code or button
    ("很多法院支持在线申请财产保全，不用跑法院。以下是具体步骤："): inside the article (the caller
    checks), the article's own as likely as not; it stays, listed for review, never removed unseen."""
    return call_to_action(text) and not _HARD_CTA.search(text) and is_sentence(text) and bool(CLAUSE_COMMA.search(text))


# "文|徐晴", "图 / 网络", "文/某某(某联盟召集人)", "记者 / 甲 实习记者 / 乙 丙": the credits, roles each
# with short names (a role in brackets after one).
_CREDIT_ROLE = (r"(?:文|图|圖|文字|撰文|编辑|編輯|责编|責編|作者|摄影|攝影|校对|校對|排版|美编|美編|插画|插畫"
                r"|(?:实习|實習)?(?:记者|記者)|通讯员|通訊員)")
_CREDIT_NAME = r"[^\s。！？；，,|｜丨/／()（）]{1,8}(?:\s*[(（][^()（）。！？，,]{1,16}[)）])?"
_CREDIT = rf"{_CREDIT_ROLE}\s*[|｜丨/／]\s*{_CREDIT_NAME}(?:\s+{_CREDIT_NAME})*?"
CREDITS = re.compile(rf"^{_CREDIT}(?:\s+{_CREDIT})*$")
# "廣告 廣告", "AD", "广告加载中...": the label or the placeholder of an ad's slot, nothing else on the
# line (after a bullet: what an icon before it became).
AD_SLOT = re.compile(r"^(?:[•·●*+-]\s*)?(?:(?:(?:广告|廣告|AD|Ad|Advertisement|赞助|贊助)\s*)+"
                     r"|(?:广告|廣告|AD)?\s*(?:加载中|加載中|载入中|載入中|Loading)\s*[.。…]*)$")
# "回列表", "返回首页", "分类导览": the site's navigation, a button's words alone on their line.
NAVIGATION = re.compile(r"^(?:[•·●*+-]\s*)?(?:(?:返回|回到?)(?:列表|首页|顶部|目录|上页|上一页)|(?:分类|栏目|网站|站内)?(?:导览|导航))$")
# " date 2025-11-26 「…」…": the page's time stamp, perhaps with a label in Latin letters, before a sentence.
GLUED_DATE = re.compile(rf"^(?:[A-Za-z]{{2,12}}\s*[:：]?\s*)?{NUMERIC_DATE.pattern}(?:\s+{TIME.pattern})?\s+(?=\S)")


def app_download(text: str) -> bool:
    """The page asks the reader to get its app (not a warning against one): an ad when it is not
    a sentence of the text (line_signals weighs it as an offer)."""
    return bool(APP_DOWNLOAD.search(text)) and not _WARNING.search(text)


def maybe_call_to_action(text: str) -> bool:
    return bool(_MAYBE_CTA.search(text)) and not _WARNING.search(text) and not call_to_action(text)


def is_disclaimer(text: str) -> bool:
    return len(text) <= DISCLAIMER_MAX and bool(_DISCLAIMER.search(text))


def maybe_disclaimer(text: str) -> bool:
    return bool(_MAYBE_DISCLAIMER.search(text)) and not is_disclaimer(text)


def title_candidate(text: str) -> bool:
    """Could this header line be the article's title? Not a byline, label, caption, note in
    brackets, "key: value" line, reading time, or a line without a Chinese character."""
    stripped = text.strip()
    if not re.search(f"[{HAN}]", stripped):
        return False
    if stripped[:1] in "「【[〔(（《" and stripped[-1:] in "」】]〕)）》" and not re.search(r"[」】\]〕)）》].", stripped[:-1]):
        return False  # a note in brackets (「正文共计约7400字」, 【导读】) or the title again as a name (《X》)
    if META_KEY.match(stripped):
        return False
    return not (is_byline(stripped) or is_post_label(stripped) or is_editorial_label(stripped)
                or is_caption(stripped) or is_reading_time(stripped) or is_disclaimer(stripped)
                or call_to_action(stripped) or stripped[-1] in ":：")
