"""The "remove this site from this phone" block (`<!-- forget-site -->` in a page): what the site
keeps on the phone, a button that deletes it and then leaves like the quick exit
(docs/assets/javascripts/forget-site.js), and what only the browser can delete, with the steps."""
from __future__ import annotations

import re

MARKER = re.compile(r"<!--\s*forget-site\s*-->")

TEXT = {
    "zh": {
        "keeps": "本站在这部手机上保存三样东西：为了没有网络也能打开而存下的页面（离线副本）、你选的深色或浅色模式、"
                 "快速离开用到的临时记录。",
        "button": "从这部手机上删除本站，然后离开",
        "does": "按下后，这三样会全部删掉，然后像“离开”按钮一样打开天气网站。",
        "nojs": "现在浏览器没有运行 JavaScript，本站就不会在手机上保存这些东西；浏览器自己的记录见下面。",
        "browser": "浏览器自己的记录（浏览记录、地址栏里的提示、浏览器缓存）本站删不掉，只能在浏览器里删。"
                   "各版本的菜单名称可能略有不同：",
        "steps": [
            "<b>安卓手机上的 Chrome</b>：点右上角的 ⋮ →“历史记录”，点本站每一条右边的 ✕；"
            "或者在“历史记录”里选“清除浏览数据”。",
            "<b>在微信里打开的</b>：微信的浏览器一般不单独列出浏览记录；可以到微信的“我 → 设置 → 通用 → 存储空间”清理缓存。"
            "如果是从聊天里点开的链接，那条聊天记录也还在。",
            "<b>iPhone 上的 Safari</b>：点书签图标 →“历史记录”，在本站的条目上向左滑动删除；"
            "或者到手机的“设置 → Safari 浏览器 → 清除历史记录与网站数据”。",
            "<b>以后想不留记录</b>：用浏览器的无痕（隐私）模式打开本站。",
        ],
    },
    "en": {
        "keeps": "This site keeps three things on this phone: the pages saved so that they open without a "
                 "connection (the offline copy), your choice of dark or light mode, and a short-lived note "
                 "the quick exit uses.",
        "button": "Remove this site from this phone and leave",
        "does": "The button deletes all three, then opens a weather site, like the Exit button.",
        "nojs": "Your browser is not running JavaScript now, so this site keeps none of these on the phone; "
                "for the browser's own records, see below.",
        "browser": "The browser's own records (history, suggestions in the address bar, the browser's cache) "
                   "are beyond this site's reach: only the browser can delete them. Menu names differ a little "
                   "between versions:",
        "steps": [
            "<b>Chrome on Android</b>: tap ⋮ at the top right → History, and tap ✕ beside each entry of "
            "this site; or choose “Clear browsing data” there.",
            "<b>Opened inside WeChat</b>: WeChat's browser usually shows no history list of its own; you can clear its cache "
            "under Me → Settings → General → Storage. If you opened the link from a chat, that chat message "
            "is still there.",
            "<b>Safari on iPhone</b>: tap the bookmarks icon → History, and swipe left on this site's "
            "entries to delete them; or go to Settings → Safari → Clear History and Website Data.",
            "<b>To leave no history next time</b>: open this site in a private (incognito) window.",
        ],
    },
}


def forget_site_html(lang: str) -> str:
    t = TEXT[lang]
    steps = "".join(f"<li>{step}</li>" for step in t["steps"])
    return (f'<div class="forget-site">'
            f'<p>{t["keeps"]}</p>'
            f'<div data-forget-site hidden><p><button type="button" class="md-button md-button--primary">'
            f'{t["button"]}</button></p><p>{t["does"]}</p></div>'
            f'<noscript><p>{t["nojs"]}</p></noscript>'
            f'<p>{t["browser"]}</p><ul>{steps}</ul></div>')


def fill_marker(html: str, lang: str) -> str:
    return MARKER.sub(lambda _: forget_site_html(lang), html)
