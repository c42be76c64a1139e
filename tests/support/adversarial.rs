//! Adversarial inputs of a given size, for the scaling tests (`tests/scaling.rs`) and the
//! `stress` example: each repeats or generates text that once drove a stage super-linear.
//!
//! Not part of the library: included with `#[path = "…/support/adversarial.rs"] mod adversarial;`.
#![allow(dead_code)]

/// The pattern names, in the order the stress example runs them.
pub const PATTERNS: [&str; 11] =
    ["institution", "wjw", "title", "han", "pinyin", "corpus", "list", "editions", "dates", "figures", "brackets"];

/// `name`'s text of at most `bytes` bytes (whole units only), or `None` for an unknown name.
pub fn pattern(name: &str, bytes: usize) -> Option<String> {
    let unit: String = match name {
        // One short sentence naming an institution, repeated.
        "institution" => "上海市卫生健康委员会召开全市基层卫生工作会议。".to_string(),
        "wjw" => "市卫健委。".to_string(),
        "title" => "主任张三表示。".to_string(),
        // Random Han characters with no punctuation: one endless sentence.
        "han" => return Some(random_han(bytes)),
        // Text glossed with pinyin after every character.
        "pinyin" => "医(yī)保(bǎo)中(zhōng)心(xīn)".to_string(),
        // The corpus articles, one after another.
        "corpus" => corpus(),
        // A long list of names after one title, joined by `、`, in one sentence.
        "list" => "主任张三、李四、王五、".to_string(),
        // Numbered things, each a fact of its own: editions of a meeting, days, figures.
        "editions" => return Some(numbered(bytes, |k| format!("第{k}届全国基层卫生大会在京召开。"))),
        "dates" => {
            return Some(numbered(bytes, |k| {
                format!("{}年{}月{}日召开会议。", 1000 + k % 1000, 1 + k % 12, 1 + k % 28)
            }))
        }
        "figures" => return Some(numbered(bytes, |k| format!("全市新增床位{k}张，增长{}.5%。", k % 100))),
        // Openers of one kind, then closers of another: nothing pairs up, in one paragraph.
        "brackets" => return Some(format!("{}{}", "《".repeat(bytes / 6), "）".repeat(bytes / 6))),
        _ => return None,
    };
    Some(repeat_to(&unit, bytes))
}

/// Units made by `unit(0)`, `unit(1)`, … while they fit in `bytes`.
pub fn numbered(bytes: usize, unit: impl Fn(usize) -> String) -> String {
    let mut out = String::with_capacity(bytes);
    for k in 0.. {
        let u = unit(k);
        if out.len() + u.len() > bytes {
            break;
        }
        out.push_str(&u);
    }
    out
}

/// `unit` repeated as often as it fits in `bytes`.
pub fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat((bytes / unit.len().max(1)).max(1))
}

/// `bytes` bytes of Han characters drawn by a fixed linear congruential generator from the
/// common block (three bytes each), no punctuation, no line break.
pub fn random_han(bytes: usize) -> String {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut out = String::with_capacity(bytes);
    while out.len() + 3 <= bytes {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let c = char::from_u32(0x4e00 + ((state >> 33) % 0x5000) as u32).unwrap_or('中');
        out.push(c);
    }
    out
}

/// The articles of `corpus/*.txt` joined by blank lines.
pub fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut paths: Vec<_> =
        std::fs::read_dir(dir).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect::<Vec<_>>().join("\n\n") + "\n\n"
}
