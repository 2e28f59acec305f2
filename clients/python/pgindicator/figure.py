"""Figure: an indicator value read from the canonical text the server prints.

The server's output is canonical (doc/indicator.md, "Output"): ASCII digits without
separators or exponent, simplified script, each word spelled one way.  That text follows
this small grammar, which Figure reads without asking the server:

    figure  := head number tail  |  basis? ("持平" | "基本持平")  |  basis? "翻" count? "番"
    head    := lead? basis? change? prefix?     read from its end: the prefix qualifier and
                                                the change word are known words; what stays
                                                after a lead word (达到 达 占比) is the basis
    number  := "-"? digits ("." digits)?        the first one not inside a basis (比去年1月 too); a sign
                                                written for the direction (+3.2%, 同比-1.4%)
                                                is the change word "+" or the number's "-"
                                                (比2020年, 比1-8月 name periods)
    tail    := open? magnitude? open? unit? open? suffix?
    magnitude := 十 百 千 万 十万 百万 千万 亿 十亿 百亿 千亿 万亿
                 (not where a unit starts: 千米 千克 千瓦 千瓦时 百分点 千分点)
    open    := 多 | 余                          (3万多亩, 1800多亿元, 3亩多)
    suffix  := 以上 以下 以内 左右 上下 及以上 及以下 或以上 或以下
    unit    := whatever stays (元, 亩, %, 个百分点, 元/人, /10万 ...)

value is the number with its magnitude applied, negative for a change word that goes down
(同比下降15.3% is -15.3), as the server's x::numeric; unit is unit(x) (None when
dimensionless).  The word lists below are the server's (src/core/words.c); the client test
checks them against that file and every figure of the corpus against the server.
"""
import re
from decimal import Decimal

PREFIX_QUALIFIERS = frozenset("""
    超过 超 逾 多于 高于 大于 突破 不低于 至少 不少于 不到 不足 不满 低于 少于 小于
    不超过 不高于 最多 至多 约 大约 大概 约合 近 将近 接近 破 约占 约有 大致 最少 突破了 约为 不及 未满 迈进 迈进了 迈上
    跌破 跌穿 不得超过 不得高于 不得低于 不得少于 ≥ ≤ > < ≧ ≦ ＞ ＜ 首破 超逾 跨越 超越 上限为 下限为 几乎
    不小于 不大于 不多于 逼近 上看 冲破 大于等于 小于等于 大于或等于 小于或等于 最高 最低 最高达 过""".split())
SUFFIX_QUALIFIERS = frozenset("以上 以下 以内 左右 上下 及以上 及以下 或以上 或以下 之内 为上限 为下限".split())
OPEN_QUALIFIERS = frozenset("多 余".split())
UP_WORDS = frozenset("""
    增长 增加 提高 上升 提升 回升 扩大 上涨 增 加快 增产 新增 实际增长 名义增长 上修 高出
    多出 成长 年增 多增 增速 增幅 涨幅 降幅收窄 跌幅收窄 上调 降幅缩小 涨 升 增收 偏多 偏高
    微升 微增 净增 递增 延长 平均上涨 平均增长 实质增长 调高 升幅 增长率 增加率 成长率 高 多 快
    月增 季增 年增率 月增率 年升 月升 上扬 飙升 年涨 通胀 通胀率 变动 变动率 攀升 拉动 调升 净增加 爆增 增支 拉高 推高 推升 扩张 年成长 扩增 上涨率 增额 月增额 季增率 增列 反弹 增长速度 +""".split())
DOWN_WORDS = frozenset("""
    下降 减少 降低 回落 下滑 缩小 下跌 降 减 放缓 减产 收窄 实际下降 名义下降 下修 少增 降幅
    跌幅 降幅扩大 跌幅扩大 放慢 下调 年减 跌 减收 偏少 偏低 微降 负增长 削减 压减 删减 下拉 倒退 缩减 缩短 平均下降
    实质下降 调低 减幅 低 少 慢 减低 月减 季减 衰退 年衰退 负成长 年跌 月跌 挫 流失 收缩 萎缩 实质收缩 净减 调降 扣减 滑落 删除 减支 拉低 减额 减列 下挫 缩水 减缓 -""".split())
FLAT_WORDS = frozenset("持平 基本持平".split())
LEAD_WORDS = ("达到", "占比", "达")
MAGNITUDES = {"十": 1, "百": 2, "千": 3, "万": 4, "十万": 5, "百万": 6, "千万": 7, "亿": 8,
              "十亿": 9, "百亿": 10, "千亿": 11, "万亿": 12}
# units that begin with a magnitude's character: the unit wins (3千米 is 3 km)
MAGNITUDE_LIKE_UNITS = ("千瓦时", "千米", "千克", "千瓦", "百分点", "千分点")
_COUNTS = {"": 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9, "十": 10}

_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_DOUBLE = re.compile(r"^(.*?)翻([一两二三四五六七八九十]?)番$")


class FigureSyntaxError(ValueError):
    """The text is not the canonical output of an indicator."""


def _longest_at_end(s, words):
    best = None
    for w in words:
        if s.endswith(w) and (best is None or len(w) > len(best)):
            best = w
    return best


def _longest_at_start(s, words):
    best = None
    for w in words:
        if s.startswith(w) and (best is None or len(w) > len(best)):
            best = w
    return best


def _first_number(text):
    """The figure's number: the first digits not inside a basis (比2020年, 比1-8月)."""
    for m in _NUMBER.finditer(text):
        before = text[:m.start()]
        if (before.endswith("比") and not before.endswith("占比")
                and not m.group().startswith("-")):     # 同比-1.4%: a sign, not a year
            continue
        if before.endswith("比去年") and text[m.end():m.end() + 1] == "月":
            continue                                    # 比去年1月: a month of last year
        if m.group().startswith("-") and before[-1:].isdigit():
            continue
        return m
    return None


class Figure:
    """One figure as the server printed it: str(f) is that text, and it is what a Figure
    sends back as a parameter.  Equality here is equality of the text; the server's
    equality compares meaning ('1.4万亿元' = '14000亿元')."""

    __slots__ = ("text", "value", "unit", "magnitude", "qualifier", "change_word", "basis",
                 "lead")

    def __init__(self, text):
        if isinstance(text, Figure):
            text = text.text
        if not isinstance(text, str) or not text:
            raise FigureSyntaxError("a figure is a non-empty str, not %r" % (text,))
        self.text = text
        self.value = self.unit = self.magnitude = self.qualifier = None
        self.change_word = self.basis = self.lead = None
        if not (self._read_flat() or self._read_double()):
            self._read_general()

    # ---- the three forms ------------------------------------------------------------
    def _read_flat(self):
        word = _longest_at_end(self.text, FLAT_WORDS)
        if word is None or _first_number(self.text[:-len(word)]) is not None:
            return False
        self.change_word = word
        self.basis = self.text[:-len(word)] or None
        self.value = Decimal(0)
        if word == "基本持平":
            self.qualifier = "基本"     # about 0: the server's qualifier(x), class approx
        return True

    def _read_double(self):
        m = _DOUBLE.match(self.text)
        if m is None:
            return False
        self.change_word = "翻"
        self.basis = m.group(1) or None
        self.value = Decimal(2 ** _COUNTS[m.group(2)] - 1)
        self.unit = "倍"
        return True

    def _read_general(self):
        m = _first_number(self.text)
        if m is None:
            raise FigureSyntaxError("no number in %r" % self.text)
        head, number = self.text[:m.start()], m.group()
        if (number.startswith("-") and head
                and _longest_at_end(head, UP_WORDS | DOWN_WORDS | PREFIX_QUALIFIERS) is None):
            head, number = head + "-", number[1:]   # 同比-1.4%: the sign is the change word
        self._read_head(head)
        self._read_tail(self.text[m.end():])
        value = Decimal(number).scaleb(MAGNITUDES.get(self.magnitude, 0))
        if value.as_tuple().exponent > 0:
            value = value.quantize(Decimal(1))
        if self.change_word in DOWN_WORDS:
            value = -value
        self.value = value

    def _read_head(self, head):
        if head.endswith("了"):
            head = head[:-1]
        while head:
            q = None if self.qualifier else _longest_at_end(head, PREFIX_QUALIFIERS)
            v = None if self.change_word else _longest_at_end(head, UP_WORDS | DOWN_WORDS)
            if v and v.startswith("平均") and head[:-len(v)].endswith("两年"):
                v = v[2:]       # the basis 两年平均 and 增长, not 两年 and 平均增长: the server
                                # reads the basis first
            elif (v and len(v) >= 2 and v[0] in "年月季" and v[1:] in UP_WORDS | DOWN_WORDS
                  and head[:-len(v)] and (head[:-len(v)][-1] in "上按去同前"
                                          or head[:-len(v)][-1].isdigit())):
                v = v[1:]       # the basis 按年 and 升, not 按 and 年升 (较上月跌, 比上年同月跌):
                                # the server reads the longest basis first
            if q and (not v or len(q) >= len(v)):
                self.qualifier, head = q, head[:-len(q)]
            elif v:
                self.change_word, head = v, head[:-len(v)]
            else:
                break
        lead = _longest_at_start(head, LEAD_WORDS)
        if lead:
            self.lead, head = lead, head[len(lead):]
        if head and self.change_word is None:
            raise FigureSyntaxError("%r before the number of %r is no word of a figure"
                                    % (head, self.text))
        self.basis = head or None

    def _read_tail(self, tail):
        open_word = None
        if tail[:1] in OPEN_QUALIFIERS:
            open_word, tail = tail[0], tail[1:]
        if not tail.startswith(MAGNITUDE_LIKE_UNITS):
            self.magnitude = _longest_at_start(tail, MAGNITUDES)
            if self.magnitude:
                tail = tail[len(self.magnitude):]
        if open_word is None and tail[:1] in OPEN_QUALIFIERS:
            open_word, tail = tail[0], tail[1:]
        suffix = _longest_at_end(tail, SUFFIX_QUALIFIERS)
        if suffix:
            tail = tail[:-len(suffix)]
        if open_word is None and tail[-1:] in OPEN_QUALIFIERS:
            open_word, tail = tail[-1], tail[:-1]
        found = [w for w in (self.qualifier, open_word, suffix) if w]
        if len(found) > 1:
            raise FigureSyntaxError("two qualifiers in %r" % self.text)
        self.qualifier = found[0] if found else None
        self.unit = tail or None

    # ---- what users read --------------------------------------------------------------
    @property
    def is_change(self):
        """A change (同比下降15.3%, 增加240万辆, 持平) rather than a level."""
        return self.change_word is not None or self.basis is not None

    def __str__(self):
        return self.text

    def __repr__(self):
        return "Figure(%r)" % self.text

    def __eq__(self, other):
        if isinstance(other, Figure):
            return self.text == other.text
        return NotImplemented

    def __hash__(self):
        return hash(self.text)
