//! Properties of the article stage on arbitrary input: it never panics, every span lies on
//! char boundaries inside the text (a field's text is what its span prints, a name's without
//! the spaces a byline puts inside it), paragraphs are in order and disjoint, every sentence lies
//! in the title or a paragraph, and parsing is deterministic.

use proptest::prelude::*;
use zhnews::internals::ArticleParser;
use zhnews::Span;

static PARSER: std::sync::LazyLock<ArticleParser> = std::sync::LazyLock::new(ArticleParser::new);

/// Pieces that page text is made of, furniture and metadata shapes included.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[\\p{Han}]{1,12}",
        Just("。".to_string()),
        Just("，".to_string()),
        Just("\n".to_string()),
        Just(" ".to_string()),
        Just("来源：".to_string()),
        Just("责任编辑:".to_string()),
        Just("通讯员 ".to_string()),
        Just("2024-05-23 12:47".to_string()),
        Just("113-05-23".to_string()),
        Just("二〇二四年三月十五日".to_string()),
        Just("中新网河南新闻12月23日电 (".to_string()),
        Just("【解说】".to_string()),
        Just("（完）".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("《".to_string()),
        Just("- 1 ".to_string()),
        Just(" | ".to_string()),
        Just(" > ".to_string()),
        Just("相关新闻".to_string()),
        Just("原标题：《".to_string()),
        Just("1、".to_string()),
        Just(" 摄".to_string()),
        "[a-z0-9.:,()!?…]{1,6}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|v| v.concat())
}

fn on_boundaries(text: &str, s: Span) -> bool {
    s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
}

fn without_lost_marks(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '?' | '？')).collect()
}

/// The case the property found: the source's span covers the lost-character mark, its text
/// leaves it out.
#[test]
fn source_with_a_lost_character() {
    let text = "标题行文字\n来源：江?日报\n正文第一句话在这里。第二句话。\n";
    let l = PARSER.parse(text);
    let source = l.source.expect("a source");
    assert_eq!((source.span.slice(text), source.text.as_str()), ("江?日报", "江日报"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn layout_is_well_formed(text in page()) {
        let parser = &*PARSER;
        let l = parser.parse(&text);
        // A `?` glued between Han characters stands for a character lost in transcoding and
        // is left out of a source's text (`江?日报` → `江日报`); nothing else differs.
        for f in l.title.iter().chain(l.source.iter()).chain(&l.outlets) {
            prop_assert!(on_boundaries(&text, f.span));
            prop_assert_eq!(without_lost_marks(f.span.slice(&text)), without_lost_marks(&f.text));
        }
        // A name is printed where its span is, spaced out or not (`唐 倩` is 唐倩).
        for f in l.authors.iter().chain(&l.editors) {
            prop_assert!(on_boundaries(&text, f.span));
            prop_assert_eq!(f.span.slice(&text).split_whitespace().collect::<String>(), f.text.as_str());
        }
        for c in &l.credits {
            prop_assert!(on_boundaries(&text, c.name.span));
        }
        if let Some(s) = &l.published_at {
            prop_assert!(on_boundaries(&text, s.span));
        }
        for w in l.paragraphs.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
        for p in l.paragraphs.iter().chain(&l.captions) {
            prop_assert!(on_boundaries(&text, *p) && !p.is_empty());
        }
        for s in &l.sentences {
            prop_assert!(on_boundaries(&text, *s) && !s.is_empty());
            prop_assert!(l.paragraphs.iter().chain(l.title.as_ref().map(|t| &t.span)).any(|p| p.contains(*s)));
        }
        prop_assert_eq!(parser.parse(&text), l);
    }
}
