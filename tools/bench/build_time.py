"""Build (--only build): synthetic corpora of N pages per language (sentence templates, valid front
matter, the project's sources, the decision tree scaled up) built with and without the project's
hooks; wall time, peak memory, and the search index size per language.
"""
from __future__ import annotations

import random
import re
import shutil
import sys
from pathlib import Path

import yaml

from guide.tree.render import MARKER
from tools.bench.common import ROOT, gz, kb, plain_docs, print_table, project_config, run_build, write_config


ZH_SUBJECTS = ["借款人", "平台客服", "催收公司", "家里人", "朋友", "银行", "调解员", "律师"]
ZH_ACTIONS = ["核对了欠款金额", "打来电话询问还款计划", "发来一条提醒短信", "建议先在官方 App 里查账",
              "要求在 3 天内还清", "同意把还款日推后 15 天", "寄来一封催收函", "说明了罚息的算法"]
ZH_TAILS = ["，这时先别慌。", "，记下时间和号码。", "，可以要求对方出示书面材料。", "，不要往个人账户转钱。",
            "，保留截图作为证据。", "，再决定下一步怎么做。"]
ZH_HEADINGS = ["先做什么", "你的权利", "怎么协商", "常见误会", "需要帮助时", "记录和证据"]
EN_SUBJECTS = ["The borrower", "Customer service", "A collection agency", "A family member", "A friend",
               "The bank", "A mediator", "A lawyer"]
EN_ACTIONS = ["checked the amount owed", "called to ask about a repayment plan", "sent a reminder text (短信)",
              "suggested checking the account in the official app", "demanded full repayment within 3 days",
              "agreed to move the due date back by 15 days", "mailed a collection letter",
              "explained how the penalty interest (罚息) is calculated"]
EN_TAILS = [": stay calm.", "; note the time and the number.", "; ask for it in writing.",
            "; never transfer money to a personal account.", "; keep screenshots as evidence.",
            "; then decide the next step."]
EN_HEADINGS = ["What to do first", "Your rights", "How to negotiate", "Common misunderstandings",
               "When you need help", "Records and evidence"]


def _paragraph(rng: random.Random, lang: str, sentences: int) -> str:
    if lang == "zh":
        return "".join(rng.choice(ZH_SUBJECTS) + rng.choice(ZH_ACTIONS) + rng.choice(ZH_TAILS) for _ in range(sentences))
    return " ".join(f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_ACTIONS)}{rng.choice(EN_TAILS)}" for _ in range(sentences))


def synthetic_page(index: int, lang: str, count: int, source_ids: list[str]) -> str:
    rng = random.Random(index * 7919 + (1 if lang == "en" else 0))
    title = f"情况 {index}：{ZH_HEADINGS[index % 6]}" if lang == "zh" else f"Situation {index}: {EN_HEADINGS[index % 6]}"
    cited = source_ids[index % max(len(source_ids), 1):][:2]
    lines = ["---", f"title: \"{title}\"", f"description: \"{_paragraph(rng, lang, 1)}\"", "reviewed: 2026-01-15",
             f"sources: [{', '.join(cited)}]", "---", "", f"# {title} {{#page-{index}}}", "",
             '!!! summary "' + ("简短回答" if lang == "zh" else "Short answer") + '"',
             "    " + _paragraph(rng, lang, 2), ""]
    for section in range(4):
        heading = (ZH_HEADINGS if lang == "zh" else EN_HEADINGS)[(index + section) % 6]
        lines += [f"## {heading} {{#s{section}}}", "", _paragraph(rng, lang, 4), ""]
        lines += [f"{n}. {_paragraph(rng, lang, 1)}" for n in range(1, 4)] + [""]
    neighbour = (index + 1) % count
    lines += [f"[{'下一页' if lang == 'zh' else 'Next page'}](page-{neighbour}.md#s1)", ""]
    return "\n".join(lines)


def scale_tree(tree_text: str, factor: int) -> str | None:
    """Scale data/tree.yml by copying every node `factor` times under new ids (ids renamed by
    suffix wherever they appear as whole words). Returns None if the shape is not understood."""
    data = yaml.safe_load(tree_text)
    if not isinstance(data, dict):
        return None
    key = next((k for k in ("nodes", "steps", "questions") if isinstance(data.get(k), (dict, list))), None)
    if key is None:
        return None
    nodes = data[key]
    ids = list(nodes) if isinstance(nodes, dict) else [n.get("id") for n in nodes if isinstance(n, dict)]
    ids = [i for i in ids if isinstance(i, str)]
    if not ids:
        return None
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(ids, key=len, reverse=True))) + r")\b")
    copies = []
    for n in range(1, factor):
        dumped = yaml.safe_dump(nodes, allow_unicode=True, sort_keys=False)
        copies.append(yaml.safe_load(pattern.sub(lambda m: f"{m.group(1)}-x{n}", dumped)))
    for copy in copies:
        if isinstance(nodes, dict):
            nodes.update(copy)
        else:
            nodes.extend(copy)
    # Keep every copy reachable: the original start question gets one more answer per copy.
    start = data.get("start")
    if isinstance(nodes, dict) and start in nodes and isinstance(nodes[start].get("answers"), list):
        for n in range(1, factor):
            nodes[start]["answers"].append({"label": {"zh": f"其他情况 {n}", "en": f"Another case {n}"},
                                            "next": f"{start}-x{n}"})
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def make_corpus(base: Path, count: int, tree_page: bool = True) -> dict:
    """A throwaway project with `count` pages per language; returns notes about what it holds.
    Without `tree_page`, the decision-tree page is left out (its data file, unscaled, is still checked)."""
    docs, data = base / "docs", base / "data"
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
    shutil.copytree(ROOT / "data", data)
    source_ids = [str(key) for key in yaml.safe_load((data / "sources.yml").read_text(encoding="utf-8")) or {}]
    notes = {"tree": "no data/tree.yml yet"}
    # The project's own pages come along (the tree and the pages link to them), then N synthetic ones.
    for page in ROOT.joinpath("docs").glob("*.md"):
        if tree_page or MARKER not in page.read_text(encoding="utf-8"):
            shutil.copy(page, docs / page.name)
    for lang in ("zh", "en"):
        for index in range(count):
            (docs / f"page-{index}.{lang}.md").write_text(synthetic_page(index, lang, count, source_ids), encoding="utf-8")
    tree = ROOT / "data" / "tree.yml"
    if tree.exists() and not tree_page:
        notes["tree"] = "data/tree.yml x1, no page"
    elif tree.exists():
        scaled = scale_tree(tree.read_text(encoding="utf-8"), max(1, count // 10))
        if scaled is not None:
            (data / "tree.yml").write_text(scaled, encoding="utf-8")
            notes["tree"] = f"data/tree.yml x{max(1, count // 10)}"
        else:
            notes["tree"] = "data/tree.yml copied unscaled (shape not understood)"
    plain_docs(docs, data / "tree.yml", base / "docs-plain")  # for the build without hooks
    return notes


def corpus_config(base: Path, count: int, hooks: bool) -> dict:
    pages = {p.name for p in (base / "docs").glob("*.md")}
    config = project_config(ROOT, base / ("docs" if hooks else "docs-plain"), hooks=hooks)
    # The nav lists the home page and the first 10 pages, as the real site lists its ~12: with
    # every page in the nav, each page would carry all N links and output would grow as N^2.
    nav = [item for item in config.get("nav") or ["index.md"]
           if not isinstance(item, str) or any(name.startswith(item[:-3] + ".") for name in pages)]
    config["nav"] = nav + [{"Pages": [f"page-{i}.md" for i in range(min(count, 10))]}]
    config["not_in_nav"] = "page-*.md"  # the rest are left out on purpose (the build checks the nav)
    return config


def index_sizes(site: Path) -> dict[str, tuple[int, int]]:
    """Search index bytes (raw, gzip) per language."""
    sizes = {}
    for path in sorted(site.rglob("search_index*.json")):
        rel = path.relative_to(site).as_posix()
        lang = "en" if rel.startswith("en/") or ".en." in path.name else ("zh" if rel.startswith("search/") else rel)
        body = path.read_bytes()
        if rel == "search/search_index.json" and any(p.as_posix().startswith(str(site / "en")) for p in site.rglob("search_index*.json")):
            lang = "zh"
        sizes.setdefault(lang, (len(body), gz(body)))
    return sizes


def build_benchmark(work: Path, counts: list[int], repeat: int, tree_page: bool = True) -> None:
    rows = []
    index_rows = []
    previous: dict | None = None
    notes = []
    runs: dict[int, int] = {}
    for count in counts:
        base = work / f"corpus-{count}"
        info = make_corpus(base, count, tree_page)
        result = {}
        configs = {hooks: write_config(corpus_config(base, count, hooks), base / f"mkdocs-{'hooks' if hooks else 'plain'}.yml")
                   for hooks in (False, True)}
        # Alternate the two builds and keep each one's fastest: on a shared or virtual machine the
        # same build varies by 10-20 %, and drift then hits both alike. Small builds, where that
        # noise dwarfs the difference, get more runs (10 at 10 pages per language).
        runs[count] = max(repeat, min(10, 100 // count))
        for _ in range(runs[count]):
            for hooks in (False, True):
                site = base / f"site-{'hooks' if hooks else 'plain'}"
                shutil.rmtree(site, ignore_errors=True)
                code, wall, rss, output = run_build(configs[hooks], site, base)
                if code != 0:
                    sys.exit(f"the {count}-page build ({'with' if hooks else 'without'} hooks) failed:\n{output[-3000:]}")
                if hooks not in result or wall < result[hooks][0]:
                    result[hooks] = (wall, rss, site)
        (plain_t, plain_m, _), (hook_t, hook_m, hook_site) = result[False], result[True]
        per_page = hook_t / (2 * count) * 1000
        growth = f"{hook_t / previous['time']:.2f}x" if previous else "-"
        rows.append([count, 2 * count, f"{plain_t:.2f}", f"{hook_t:.2f}", f"{(hook_t / plain_t - 1) * 100:+.1f}%",
                     f"{plain_m:.0f}", f"{hook_m:.0f}", f"{per_page:.1f}", growth, info["tree"]])
        sizes = index_sizes(hook_site)
        for lang, (raw, zipped) in sorted(sizes.items()):
            prev = previous["index"].get(lang) if previous else None
            index_rows.append([count, lang, kb(raw), kb(zipped), f"{raw / prev[0]:.2f}x" if prev else "-"])
        previous = {"time": hook_t, "index": sizes}
    counted = ", ".join(f"{n} ({c} pages/lang)" for c, n in runs.items())
    notes.append(f"Fastest of {counted} alternating runs per cell. Time is wall clock of the whole "
                 "`mkdocs build` process (Python start-up, jieba, both languages); memory is the build "
                 "process's peak RSS.")
    if not tree_page:
        notes.append("The decision-tree page is left out of both builds: this shows what the hooks cost on "
                     "ordinary pages (the real tree data file, not scaled, is still checked).")
    print_table("Build benchmark (synthetic corpus" + ("" if tree_page else ", no tree page") + ")",
                ["pages/lang", "pages", "plain s", "hooks s", "hooks add", "plain MB", "hooks MB", "ms/page",
                 "time growth", "tree"], rows, notes)
    print_table("Search index per language (with hooks)", ["pages/lang", "lang", "raw KB", "gzip KB", "growth"], index_rows)
