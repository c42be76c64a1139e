//! Property tests of the normalizer: never panics, idempotent, the alignment tiles the
//! original exactly once in order, clean simplified text comes back unchanged.

use proptest::prelude::*;
use std::sync::LazyLock;
use zhnews::internals::Normalizer;

static N: LazyLock<Normalizer> = LazyLock::new(Normalizer::new);

/// Characters that exercise every step: simplified and traditional Han, pinyin letters,
/// emoji and their modifiers, Latin-1, full-width forms, odd spaces and controls.
fn messy_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事".chars().collect::<Vec<_>>()),
        prop::sample::select("國衛會醫療與議簽這個們發說網關學機構區務衞牀著臺灣後裡".chars().collect::<Vec<_>>()),
        prop::sample::select("()（）,:;?!.-+%0123456789 aeiouguóhuìwèiqūzhǎnàü\"％．＋－／：".chars().collect::<Vec<_>>()),
        prop::sample::select(vec!['😊', '🏿', '\u{FE0F}', '\u{200D}', '♂', '♀', '★', '°', '±', '№', '⛹', '➡', '▪', '1']),
        prop::sample::select("ÖÐ¹úä¸\u{AD}å›½ÃÂ€™“”…—浣犲ソ涓诮窈蟮墓ぷ髦校矔谵谙\u{e0ed}\u{FFFD}".chars().collect::<Vec<_>>()),
        prop::sample::select(vec!['Ａ', '１', 'ｚ', '\u{3000}', '\u{a0}', '\u{200B}', '\u{7}', '\n', '\r', '\t', '，', '。', '、']),
        any::<char>(),
    ]
}

fn messy_text() -> impl Strategy<Value = String> {
    prop::collection::vec(messy_char(), 0..60).prop_map(|v| v.into_iter().collect())
}

/// Characters that look like mojibake without being any: Latin-1 letters and symbols, the
/// gender signs, Han that is rare in Chinese but frequent in UTF-8-read-as-GBK soup, the
/// replacement character and `?`, mixed with frequent Han and Chinese punctuation so that
/// short runs sometimes decode to something plausible.
fn mojibake_looking_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ¡¢£¤¥¦§¨©ª«¬\u{AD}®¯°±²³´µ¶·¸¹º»¼½¾¿€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸĀāēěīōū".chars().collect::<Vec<_>>()),
        2 => prop::sample::select(vec!['♂', '♀', '\u{FFFD}', '?', '\u{FFFD}', '?', '\u{e0ed}', '\u{3000}', '\u{a0}']),
        4 => prop::sample::select("浣犲ソ鍖鏄銆鐨鍙锛涓诮窈蟮墓ぷ髦校矔谵谙鎴鏂鍦閮鑰瀹鍏缁绛缃鏈甯鐢璇娌堕湪浜涔堝瓧鎵栦笢紝鍥涓崕浜烘皯鍏卞拰鍥藉浗瀹跺崼鐢熷仴搴峰鍛樹細".chars().collect::<Vec<_>>()),
        3 => prop::sample::select("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说定浣夸健帷".chars().collect::<Vec<_>>()),
        2 => prop::sample::select("，。、：；！？（）“”《》0123456789aeiou ,:;!()".chars().collect::<Vec<_>>()),
        1 => prop::sample::select("國衛會醫療與議簽這個們發說網關學機構區務衞牀著臺灣後裡".chars().collect::<Vec<_>>()),
    ]
}

fn mojibake_looking_text() -> impl Strategy<Value = String> {
    prop::collection::vec(mojibake_looking_char(), 0..40).prop_map(|v| v.into_iter().collect())
}

/// Real mojibake: clean simplified text run through one codec confusion (UTF-8 read as GBK
/// or as Windows-1252, GBK read as Windows-1252, Big5 read as GBK, or a GBK stream that lost
/// one byte), with mojibake-looking debris spliced in.
fn corrupted_text() -> impl Strategy<Value = String> {
    (clean_simplified(), 0..5usize, any::<prop::sample::Index>(), mojibake_looking_text()).prop_map(
        |(clean, family, at, debris)| {
            use encoding_rs::{BIG5, GBK, WINDOWS_1252};
            let (bytes, wrong) = match family {
                0 => (clean.as_bytes().to_vec(), GBK),
                1 => (clean.as_bytes().to_vec(), WINDOWS_1252),
                2 => (GBK.encode(&clean).0.into_owned(), WINDOWS_1252),
                3 => (BIG5.encode(&clean).0.into_owned(), GBK),
                _ => {
                    let mut b = GBK.encode(&clean).0.into_owned();
                    if !b.is_empty() {
                        b.remove(at.index(b.len()));
                    }
                    (b, GBK)
                }
            };
            let bad = wrong.decode_without_bom_handling(&bytes).0.into_owned();
            let chars: Vec<char> = bad.chars().collect();
            let cut = if chars.is_empty() { 0 } else { at.index(chars.len() + 1) };
            chars[..cut].iter().copied().chain(debris.chars().take(8)).chain(chars[cut..].iter().copied()).collect()
        },
    )
}

/// Case count: `PROPTEST_CASES` when set (for long hunts), else a quick default for CI.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(400)
}

fn clean_simplified() -> impl Strategy<Value = String> {
    let han: Vec<char> = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进等部度家电力如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事卫健康委员市区医院服务中心疾病预防控制".chars().collect();
    let punct: Vec<char> = "，。、：；！？（）“”《》".chars().collect();
    prop::collection::vec(
        prop_oneof![
            8 => prop::sample::select(han),
            2 => prop::sample::select(punct),
            1 => prop::sample::select("0123456789".chars().collect::<Vec<_>>()),
            1 => Just('\n'),
        ],
        0..80,
    )
    .prop_map(|v| v.into_iter().collect())
}

/// Traditional pages, Taiwanese and Hong Kong markers, simplified sentences and words that
/// OpenCC's phrases keep or change (乾隆, 葡萄乾, 著名, 看著, 楊聯陞, 甦醒), in sentences.
fn traditional_text() -> impl Strategy<Value = String> {
    let words: Vec<&str> = vec![
        "衛生局",
        "醫院",
        "發布",
        "這個",
        "會議",
        "臺北",
        "香港",
        "衞生署",
        "病牀",
        "綫",
        "民國",
        "中央社",
        "裡面",
        "乾隆",
        "葡萄乾",
        "乾杯",
        "著名",
        "看著",
        "顯著",
        "楊聯陞",
        "甦醒",
        "擡頭",
        "於是",
        "後來",
        "卫生健康委员会",
        "医院",
        "发布",
        "乾坤",
        "显著",
        "的",
        "和",
        "在",
        "表示",
        "２０２４年",
        "，",
        "。",
        "、",
        "！",
        "\n",
        " ",
    ];
    prop::collection::vec(prop::sample::select(words), 0..30).prop_map(|v| v.concat())
}

/// Simplified text with the characters OpenCC's phrases keep (乾隆, 著名, 杨联陞): no
/// traditional character, so nothing changes.
fn simplified_with_kept_characters() -> impl Strategy<Value = String> {
    let words: Vec<&str> = vec![
        "乾隆",
        "乾坤",
        "著名",
        "显著",
        "杨联陞",
        "后来",
        "皇后",
        "卫生健康委员会",
        "医院",
        "发布",
        "的",
        "，",
        "。",
    ];
    prop::collection::vec(prop::sample::select(words), 0..30).prop_map(|v| v.concat())
}

/// The alignment's pieces tile both texts, in order, each byte exactly once.
fn check_tiling(original: &str, out: &zhnews::NormalizedText) {
    let a = zhnews::internals::alignment(out);
    assert_eq!(a.orig_len(), original.len());
    assert_eq!(a.norm_len(), out.as_str().len());
    let (mut o, mut n) = (0, 0);
    for p in a.pieces() {
        assert_eq!(p.orig.start, o, "source gap or overlap in {:?}", a.pieces());
        assert_eq!(p.norm.start, n, "normalized gap or overlap in {:?}", a.pieces());
        // Pieces are stored by their ends: an end before its start would be an overlap.
        assert!(p.orig.start <= p.orig.end && p.norm.start <= p.norm.end, "reversed piece {p:?}");
        assert!(original.is_char_boundary(p.orig.start) && original.is_char_boundary(p.orig.end));
        assert!(out.as_str().is_char_boundary(p.norm.start) && out.as_str().is_char_boundary(p.norm.end));
        if p.identity {
            assert_eq!(&original[p.orig.clone()], &out.as_str()[p.norm.clone()]);
        }
        o = p.orig.end;
        n = p.norm.end;
    }
    assert_eq!(o, original.len());
    assert_eq!(n, out.as_str().len());
}

/// Repairs are sorted by original span, their spans never overlap, and applying them to the
/// original gives the normalized text: every change is accounted for exactly once.
fn check_repairs(original: &str, out: &zhnews::NormalizedText) {
    let mut rebuilt = String::new();
    let mut pos = 0;
    for r in out.repairs() {
        let span = r.original.range();
        assert!(span.start >= pos, "repair {r:?} overlaps or precedes the one before in {:?}", out.repairs());
        assert_eq!(&r.before, &original[span.clone()]);
        rebuilt.push_str(&original[pos..span.start]);
        rebuilt.push_str(&r.after);
        pos = span.end;
    }
    rebuilt.push_str(&original[pos..]);
    assert_eq!(rebuilt, out.as_str(), "repairs {:?}", out.repairs());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_is_idempotent(text in messy_text()) {
        let once = N.normalize(&text);
        let twice = N.normalize(once.as_str());
        prop_assert_eq!(once.as_str(), twice.as_str());
    }

    #[test]
    fn mojibake_looking_text_is_idempotent(text in mojibake_looking_text()) {
        let once = N.normalize(&text);
        let twice = N.normalize(once.as_str());
        prop_assert_eq!(once.as_str(), twice.as_str());
    }

    #[test]
    fn corrupted_text_is_idempotent(text in corrupted_text()) {
        let once = N.normalize(&text);
        let twice = N.normalize(once.as_str());
        prop_assert_eq!(once.as_str(), twice.as_str());
        check_repairs(&text, &once);
    }

    #[test]
    fn repairs_are_sorted_and_disjoint(text in prop_oneof![messy_text(), mojibake_looking_text()]) {
        let out = N.normalize(&text);
        check_repairs(&text, &out);
    }

    #[test]
    fn alignment_covers_every_original_char_once_in_order(text in messy_text()) {
        let out = N.normalize(&text);
        check_tiling(&text, &out);
        check_repairs(&text, &out);
    }

    #[test]
    fn clean_simplified_text_is_unchanged(text in clean_simplified()) {
        let out = N.normalize(&text);
        prop_assert_eq!(out.as_str(), text.as_str());
        prop_assert!(out.repairs().is_empty());
        prop_assert!(zhnews::internals::alignment(&out).is_identity());
    }

    #[test]
    fn traditional_conversion_is_idempotent_and_aligned(text in traditional_text()) {
        let once = N.normalize(&text);
        let twice = N.normalize(once.as_str());
        prop_assert_eq!(once.as_str(), twice.as_str());
        check_tiling(&text, &once);
        check_repairs(&text, &once);
    }

    #[test]
    fn simplified_text_keeps_the_characters_opencc_keeps(text in simplified_with_kept_characters()) {
        let out = N.normalize(&text);
        prop_assert_eq!(out.as_str(), text.as_str());
        prop_assert!(out.repairs().is_empty());
    }

    #[test]
    fn any_string_never_panics(text in any::<String>()) {
        let out = N.normalize(&text);
        check_tiling(&text, &out);
    }
}

/// Inputs property testing once shrank to (kept here so they run on every build, whatever the
/// random seed): each must normalize idempotently, with an alignment that tiles the original
/// and repairs that are sorted, disjoint and account for every change.
const REGRESSIONS: &[&str] = &[
    // False mojibake repairs on a short weird run: `定♂♂` → `ā帷`, then an overlapping
    // repair `定♂♂?浣♂` → `。夸健`, then `？浣` → `夸` on the second pass.
    "Ā\u{fffd}♂定♂♂?浣♂\u{3000}",
    "浣À♂\u{e0ed}墓衛缃♂",
    "浣鐨的紝缃锛鍦烘7",
    "À閮♂§缃鑰“作",
    // A run of ASCII marks before Chinese took one round per mark.
    "??,,鍖",
    // A punctuation mark that swallowed the no-break space after it, and that space's own
    // whitespace repair: two repairs over one span.
    "灣;\u{a0}灣",
    ",\u{3000}“",
    "ソ😊Ａ",
    "0：0",
    // Quotes paired by sliding to the next one: each round made one more level full-width.
    "\"a \"b \"c \"d\" 中 \"e\" f\" g\" h\"",
];

/// A quotation longer than the old 200-character pairing window, with NULs and spaces after
/// marks (which normalizing removes) inside: the pair is decided the same way before and
/// after they go.
#[test]
fn quote_pairs_do_not_depend_on_what_normalizing_removes() {
    let unit = "社区医生上门服务, \u{0}";
    for n in [5, 19, 20, 21, 22, 30] {
        let text = format!("他说\"{}\"。记者问\"为什么\"", unit.repeat(n));
        let once = N.normalize(&text);
        assert_eq!(N.normalize(once.as_str()).as_str(), once.as_str(), "{n} units");
        assert!(once.as_str().starts_with("他说“社区医生上门服务，社区"), "{n} units: {}", once.as_str());
        assert!(once.as_str().ends_with("服务，”。记者问“为什么”"), "{n} units: {}", once.as_str());
        check_tiling(&text, &once);
        check_repairs(&text, &once);
    }
}

#[test]
fn regressions() {
    let failed: Vec<&str> = REGRESSIONS
        .iter()
        .copied()
        .filter(|text| {
            std::panic::catch_unwind(|| {
                let once = N.normalize(text);
                let twice = N.normalize(once.as_str());
                assert_eq!(once.as_str(), twice.as_str(), "{text:?}");
                check_tiling(text, &once);
                check_repairs(text, &once);
            })
            .is_err()
        })
        .collect();
    assert!(failed.is_empty(), "{} of {} fail: {failed:?}", failed.len(), REGRESSIONS.len());
}

#[test]
fn short_weird_runs_get_no_mojibake_repair() {
    for text in ["Ā\u{fffd}♂定♂♂?浣♂\u{3000}", "定♂♂", "浣À♂\u{e0ed}墓衛缃♂"] {
        let out = N.normalize(text);
        let mojibake: Vec<_> = out.repairs().iter().filter(|r| r.kind == zhnews::RepairKind::Mojibake).collect();
        assert!(mojibake.is_empty(), "{text:?}: {mojibake:?}");
    }
}
