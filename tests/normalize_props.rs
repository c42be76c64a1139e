//! Property tests of the normalizer: never panics, idempotent, the alignment tiles the
//! original exactly once in order, clean simplified text comes back unchanged.

use proptest::prelude::*;
use std::sync::LazyLock;
use zhnews::normalize::Normalizer;

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

/// The alignment's pieces tile both texts, in order, each byte exactly once.
fn check_tiling(original: &str, out: &zhnews::NormalizedText) {
    let a = out.alignment();
    assert_eq!(a.orig_len(), original.len());
    assert_eq!(a.norm_len(), out.as_str().len());
    let (mut o, mut n) = (0, 0);
    for p in a.pieces() {
        assert_eq!(p.orig.start, o, "source gap or overlap in {:?}", a.pieces());
        assert_eq!(p.norm.start, n, "normalized gap or overlap in {:?}", a.pieces());
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_is_idempotent(text in messy_text()) {
        let once = N.normalize(&text);
        let twice = N.normalize(once.as_str());
        prop_assert_eq!(once.as_str(), twice.as_str());
    }

    #[test]
    fn alignment_covers_every_original_char_once_in_order(text in messy_text()) {
        let out = N.normalize(&text);
        check_tiling(&text, &out);
        for r in out.repairs() {
            prop_assert_eq!(&r.before, &text[r.original.range()]);
        }
    }

    #[test]
    fn clean_simplified_text_is_unchanged(text in clean_simplified()) {
        let out = N.normalize(&text);
        prop_assert_eq!(out.as_str(), text.as_str());
        prop_assert!(out.repairs().is_empty());
        prop_assert!(out.alignment().is_identity());
    }

    #[test]
    fn any_string_never_panics(text in any::<String>()) {
        let out = N.normalize(&text);
        check_tiling(&text, &out);
    }
}
