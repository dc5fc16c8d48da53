"""The only phone numbers the site may publish (the C entries of data/sources.yml), each with the
fact id that says what it is for, and that purpose in a few words (the "numbers to call" box of
each decision-tree result). Content checks and tap-to-call links both read this one table."""
from __future__ import annotations

HOTLINE_SOURCES = {"12378": "C1", "12363": "C2", "12315": "C3", "12348": "C4", "110": "C5",
                   "96110": "C6", "12356": "C7", "12368": "C8"}
# Longest first, so a pattern built from them matches 96110 before 110.
HOTLINES = tuple(sorted(HOTLINE_SOURCES, key=len, reverse=True))
# What each number is for, in the words of the help page's table (docs/help.*.md#numbers).
HOTLINE_PURPOSE = {
    "110": {"zh": "报警：暴力、威胁人身安全、强行进门（见 C5）",
            "en": "police: violence, threats to your safety, forced entry (see C5)"},
    "96110": {"zh": "公安反诈专线；真正的反诈来电显示为“区号 + 96110”（见 C6）",
              "en": "police anti-fraud line; genuine calls show an area code followed by 96110 (see C6)"},
    "12356": {"zh": "全国心理援助热线：压力大、情绪低落、想找人说说（见 C7）",
              "en": "national psychological assistance hotline: stress, low mood, someone to talk to (see C7)"},
    "12368": {"zh": "法院诉讼服务热线：查询案件，核实法院通知是不是真的（见 C8）",
              "en": "court service line: ask about a case, check whether a court notice is real (see C8)"},
    "12348": {"zh": "公共法律服务：免费法律咨询，申请法律援助；借贷诉讼不一定能获得免费代理（见 C4）",
              "en": "public legal service: free legal advice and legal-aid applications; free representation in a loan lawsuit is not guaranteed (see C4)"},
    "12378": {"zh": "国家金融监督管理总局：银行业、保险业消费者投诉，包括不当催收（见 C1）",
              "en": "financial regulator (NFRA): complaints by banking and insurance customers, "
                    "including improper collection (see C1)"},
    "12363": {"zh": "中国人民银行：支付和征信问题；据报道，一般先向机构投诉，工作时间接听（见 C2）",
              "en": "central bank (PBoC): payment and credit-report problems; according to reports, "
                    "complain to the institution first, and it answers in working hours (see C2)"},
    "12315": {"zh": "市场监管：投诉商家的经营行为，不管金融监管（见 C3）",
              "en": "market regulator: complaints about how a business operates, not financial supervision (see C3)"},
}
