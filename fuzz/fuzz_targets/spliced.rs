//! Structure-aware: the input is a recipe that splices paragraphs of the corpus and the
//! sentences of the test tables (tests/cases/) with damage (mojibake, traditional script,
//! pinyin glosses, full-width digits, stray marks, cuts) and markup, then reads the result
//! as text, as GBK bytes and as an HTML page. Every record's offsets must hold in the text
//! it was read from.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

const CORPUS: [&str; 5] = [
    include_str!("../../corpus/000_minhang_wha.txt"),
    include_str!("../../corpus/001_yuyu_exchange.txt"),
    include_str!("../../corpus/002_shanghai_primary_care_trad_emoji.txt"),
    include_str!("../../corpus/003_community_forum_trad_pinyin_mojibake.txt"),
    include_str!("../../corpus/004_shanghai_2024_priorities.txt"),
];
/// Tables of test cases: tab-separated, `#` comments; the longest field of a row is its sentence.
const CASES: [&str; 6] = [
    include_str!("../../tests/cases/dates.tsv"),
    include_str!("../../tests/cases/figures.tsv"),
    include_str!("../../tests/cases/fragments.tsv"),
    include_str!("../../tests/cases/institutions.tsv"),
    include_str!("../../tests/cases/normalize.tsv"),
    include_str!("../../tests/cases/people.tsv"),
];
const MARKUP: [&str; 10] = [
    "<p>",
    "</p>",
    "<div class=\"article\">",
    "</div>",
    "<br>",
    "&nbsp;&lt;&#x4e2d;",
    "<script>var a = '<p>';</script>",
    "<!-- 注释 -->",
    "<table><tr><td>",
    "<html><head><meta charset=\"gbk\"><title>标题</title></head><body>",
];
const DAMAGE: [&str; 12] =
    ["\u{FFFD}", "锟斤拷", "ÃƒÂ©", "(yī)", "（wèi shēng）", "１２３％", "……", "“", "》", "\u{200B}", "😊🏿", "\r\n\n"];
/// A few simplified characters with their traditional forms.
const TRADITIONAL: [(char, char); 10] = [
    ('卫', '衛'),
    ('会', '會'),
    ('医', '醫'),
    ('疗', '療'),
    ('国', '國'),
    ('这', '這'),
    ('发', '發'),
    ('区', '區'),
    ('务', '務'),
    ('健', '健'),
];
const MAX_LEN: usize = 8 * 1024;

/// The corpus's paragraphs, then the sentences of the case tables.
static PARAGRAPHS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let corpus = CORPUS.iter().flat_map(|a| a.lines()).filter(|l| !l.trim().is_empty());
    let rows = CASES.iter().flat_map(|t| t.lines()).filter(|l| !l.starts_with('#'));
    let sentences = rows.filter_map(|row| row.split('\t').max_by_key(|f| f.len())).filter(|s| !s.trim().is_empty());
    corpus.chain(sentences).collect()
});

/// The largest char boundary of `s` at or below `i`.
fn floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Applies one step of the recipe to `text` (`last` is where the last paragraph begins).
fn step(text: &mut String, last: &mut usize, op: u8, arg: usize, paragraphs: &[&str]) {
    // Earlier steps may have moved the text under `last`: keep it on a boundary.
    *last = floor(text, *last);
    match op % 9 {
        0 | 1 => {
            *last = text.len();
            text.push_str(paragraphs[arg % paragraphs.len()]);
            text.push('\n');
        }
        2 => text.push_str(MARKUP[arg % MARKUP.len()]),
        3 => {
            let at = floor(text, arg % (text.len() + 1));
            text.insert_str(at, DAMAGE[arg % DAMAGE.len()]);
        }
        4 => {
            let tail: String = text[*last..]
                .chars()
                .map(|c| TRADITIONAL.iter().find(|&&(s, _)| s == c).map_or(c, |&(_, t)| t))
                .collect();
            text.replace_range(*last.., &tail);
        }
        5 => {
            // Mojibake: the last paragraph's GBK bytes read as windows-1252, or its UTF-8 as GBK.
            let tail = text[*last..].to_string();
            let bad = if arg % 2 == 0 {
                encoding_rs::WINDOWS_1252.decode_without_bom_handling(&encoding_rs::GBK.encode(&tail).0).0.into_owned()
            } else {
                encoding_rs::GBK.decode_without_bom_handling(tail.as_bytes()).0.into_owned()
            };
            text.replace_range(*last.., &bad);
        }
        6 => {
            let at = floor(text, arg % (text.len() + 1));
            text.truncate(at);
            *last = (*last).min(at);
            *last = floor(text, *last);
        }
        7 => {
            let from = floor(text, arg % (text.len() + 1));
            let piece = text[from..].to_string();
            text.push_str(&piece);
        }
        _ => {
            let width: String = text[*last..]
                .chars()
                .map(|c| if c.is_ascii_digit() { char::from_u32(c as u32 + 0xFEE0).unwrap_or(c) } else { c })
                .collect();
            text.replace_range(*last.., &width);
        }
    }
    if text.len() > MAX_LEN {
        let cut = floor(text, MAX_LEN);
        text.truncate(cut);
        *last = floor(text, (*last).min(cut));
    }
}

fuzz_target!(init: zhnews_fuzz::warm_up(), |data: &[u8]| {
    let paragraphs = &PARAGRAPHS;
    let mut text = String::new();
    let mut last = 0;
    for chunk in data.chunks(3).take(64) {
        let arg = chunk.get(1).map_or(0, |&b| b as usize) << 8 | chunk.get(2).map_or(0, |&b| b as usize);
        step(&mut text, &mut last, chunk[0], arg, paragraphs);
    }
    let extractor = zhnews_fuzz::extractor();
    if let Ok(article) = extractor.extract(&text) {
        zhnews_fuzz::assert_located(&text, &article);
    }
    let gbk = encoding_rs::GBK.encode(&text).0;
    if let Ok(article) = extractor.extract_bytes(&gbk) {
        let decoded = extractor.decode(&gbk).expect("decodes as extract_bytes did");
        zhnews_fuzz::assert_located(&decoded.text, &article);
    }
    if let Ok(page) = extractor.html_page(text.as_bytes()) {
        let article = extractor.extract_html_page(&page);
        zhnews_fuzz::assert_located(&page.text, &article);
    }
});
