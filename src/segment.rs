//! Stage 4: sentences → tokens.
//!
//! **In:** a sentence (any `&str` slice of the normalized text). **Out:** [`Token`]s with
//! byte spans relative to the slice and jieba part-of-speech tags.
//!
//! jieba-rs with its default dictionary plus the embedded health-policy lexicon
//! (`src/lexicon/health_terms.txt`: service vocabulary, organization types, titles, with
//! frequencies and tags) and any user words given at build time. The tokens tile the input
//! exactly. [`Segmenter::tokens_keeping`] keeps spans already recognized (an institution
//! name) as single tokens.

use crate::lexicon::{Row, HEALTH_TERMS};
use crate::span::Span;
use jieba_rs::Jieba;

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte span relative to the segmented slice.
    pub span: Span,
    /// jieba part-of-speech tag (`n`, `nr`, `ns`, `nt`, `v`, `m`, `x`, …).
    pub tag: &'a str,
    /// Whether the token is a word of the segmenter's dictionary (jieba's, the health
    /// lexicon, a user word; [`Segmenter::has_word`]): false for a word the HMM cut (a coined
    /// name, `岚弈`), whose tag is guessed, and for a kept span
    /// ([`Segmenter::tokens_keeping`]). Asked of the dictionary's trie per token (upstream
    /// jieba-rs' `has_word`), so the crate builds against an unpatched jieba-rs too.
    pub known: bool,
}

/// Whether a jieba tag marks a person's name (`nr`, `nrfg`, `nrt`).
pub(crate) fn is_person_tag(tag: &str) -> bool {
    matches!(tag, "nr" | "nrfg" | "nrt")
}

/// jieba's tag of a verb (not `vn`, a verb used as a noun: `工作`, `防治`).
pub(crate) const VERB_TAG: &str = "v";
/// jieba's tag of a verb used as a noun (`援助`, `建设`).
pub(crate) const VERB_NOUN_TAG: &str = "vn";
/// jieba's tag of a place name (`中国`, `上海`).
pub(crate) const PLACE_TAG: &str = "ns";

/// Whether a jieba tag marks an aspect particle (`了` `ul`, `着` `uz`, `过` `ug`): it closes
/// the verb before it, never part of a name.
pub(crate) fn is_aspect_particle_tag(tag: &str) -> bool {
    matches!(tag, "ul" | "uz" | "ug")
}

/// A word to add to the dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserWord {
    pub word: String,
    pub freq: Option<usize>,
    pub tag: Option<String>,
}

impl UserWord {
    /// A row `WORD [FREQ] [TAG]` of `health_terms.txt`.
    fn from_row(row: &Row) -> UserWord {
        let mut freq = None;
        let mut tag = None;
        for &part in &row.fields()[1..] {
            match part.parse::<usize>() {
                Ok(n) if freq.is_none() => freq = Some(n),
                _ => tag = Some(part.to_string()),
            }
        }
        UserWord { word: row.word().to_string(), freq, tag }
    }
}

/// The segmenter, built once.
pub struct Segmenter {
    jieba: Jieba,
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Segmenter").finish_non_exhaustive()
    }
}

impl Segmenter {
    /// jieba's default dictionary plus the health lexicon plus `user_words`.
    pub fn new(user_words: &[UserWord]) -> Self {
        let mut jieba = Jieba::new();
        for word in HEALTH_TERMS.rows().map(UserWord::from_row).chain(user_words.iter().cloned()) {
            jieba.add_word(&word.word, word.freq, word.tag.as_deref());
        }
        Segmenter { jieba }
    }

    /// Builds jieba's process-wide part-of-speech model (read on first use from tables
    /// prebuilt at compile time, `vendor/jieba-rs/PATCH.md`: about 4 M instructions), so that
    /// the first segmentation does not pay for it. Needs no dictionary: an empty one makes
    /// every word unknown, and tagging an unknown Chinese word reads the model. Safe to call
    /// from any thread, any number of times.
    pub fn warm_up_tagger() {
        let _ = Jieba::empty().tag("卫健", true);
    }

    /// True when `word` is in the dictionary.
    pub fn has_word(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// Segments `text` into tagged tokens that tile it.
    pub fn tokens<'a>(&'a self, text: &'a str) -> Vec<Token<'a>> {
        let tags = self.jieba.tag(text, true);
        // A new vector of the exact length: collecting in place would keep the tags'
        // allocation, sized by jieba for one tag per character and larger than a token.
        let mut out = Vec::with_capacity(tags.len());
        let mut pos = 0;
        out.extend(tags.into_iter().map(|t| {
            let span = Span::new(pos, pos + t.word.len());
            pos = span.end;
            Token { text: t.word, span, tag: t.tag, known: self.jieba.has_word(t.word) }
        }));
        out
    }

    /// Segments `text` like [`Segmenter::tokens`] but keeps every span of `keep` (byte
    /// spans relative to `text`, e.g. institution names already recognized) as one token
    /// tagged `tag`; the text between kept spans is segmented as usual. Spans that overlap
    /// an earlier kept span or do not fall on character boundaries are ignored. The tokens
    /// tile the input exactly.
    pub fn tokens_keeping<'a>(&'a self, text: &'a str, keep: &[Span], tag: &'a str) -> Vec<Token<'a>> {
        let mut kept: Vec<Span> = keep
            .iter()
            .copied()
            .filter(|s| {
                !s.is_empty() && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
            })
            .collect();
        kept.sort();
        let mut out = Vec::new();
        let mut pos = 0;
        for span in kept {
            if span.start < pos {
                continue;
            }
            self.push_tokens(text, Span::new(pos, span.start), &mut out);
            out.push(Token { text: span.slice(text), span, tag, known: false });
            pos = span.end;
        }
        self.push_tokens(text, Span::new(pos, text.len()), &mut out);
        out
    }

    /// Segments `text[range]` and appends its tokens, spans relative to `text`.
    fn push_tokens<'a>(&'a self, text: &'a str, range: Span, out: &mut Vec<Token<'a>>) {
        if range.is_empty() {
            return;
        }
        out.extend(self.tokens(range.slice(text)).into_iter().map(|t| Token { span: t.span.shift(range.start), ..t }));
    }

    /// Segments `text` into words (no tags).
    pub fn words<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.jieba.cut(text, true).into_iter().map(|t| t.word).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example that documented `tokens`.
    #[test]
    fn example_tokens() {
        let seg = crate::segment::Segmenter::new(&[]);
        let words: Vec<&str> = seg.tokens("闵行区社区卫生服务中心").iter().map(|t| t.text).collect();
        assert!(words.contains(&"社区卫生服务中心"));
    }

    /// The example that documented `tokens_keeping`.
    #[test]
    fn example_tokens_keeping() {
        use crate::{segment::Segmenter, Span};
        let seg = Segmenter::new(&[]);
        let text = "磁器口社区卫生服务中心主任表示";
        let name = Span::new(0, "磁器口社区卫生服务中心".len());
        let tokens = seg.tokens_keeping(text, &[name], "nt");
        assert_eq!(tokens[0].text, "磁器口社区卫生服务中心");
        assert_eq!(tokens[0].tag, "nt");
        assert_eq!(tokens.iter().map(|t| t.text).collect::<String>(), text);
    }

    /// jieba remembers, per thread, the tag it guessed for a word its dictionary lacks
    /// (`vendor/jieba-rs/PATCH.md`): tagging on a thread that remembers gives the tags a
    /// fresh thread (nothing remembered) gives.
    #[test]
    fn remembered_guesses_are_the_models_guesses() {
        let seg = Segmenter::new(&[]);
        let text = "青禾县南屿镇卫生院院长张晓明、副院长欧阳澜汐介绍，瀚岚区今年新增签约团队";
        let owned = |tokens: Vec<Token<'_>>| -> Vec<(String, String)> {
            tokens.iter().map(|t| (t.text.to_string(), t.tag.to_string())).collect()
        };
        let fresh = std::thread::scope(|s| s.spawn(|| owned(seg.tokens(text))).join().unwrap());
        let unknown = |w: &str| !seg.has_word(w) && w.chars().all(|c| !c.is_ascii() && c.is_alphabetic());
        assert!(fresh.iter().any(|(w, _)| unknown(w)), "no guessed word in {fresh:?}");
        assert_eq!(owned(seg.tokens(text)), fresh);
        assert_eq!(owned(seg.tokens(text)), fresh, "remembered");
    }

    fn words(seg: &Segmenter, text: &str) -> Vec<String> {
        seg.tokens(text).iter().map(|t| t.text.to_string()).collect()
    }

    #[test]
    fn health_lexicon_keeps_domain_terms_whole() {
        let seg = Segmenter::new(&[]);
        let w = words(&seg, "区卫健委推进紧密型城市医疗集团和乡镇卫生院建设");
        for term in ["卫健委", "紧密型城市医疗集团", "乡镇卫生院"] {
            assert!(w.iter().any(|x| x == term), "{term} split in {w:?}");
        }
    }

    #[test]
    fn user_words_are_added_at_build_time() {
        let plain = Segmenter::new(&[]);
        assert!(!plain.has_word("红岩医加"));
        let seg = Segmenter::new(&[UserWord { word: "红岩医加".into(), freq: Some(5000), tag: Some("nz".into()) }]);
        let tokens = seg.tokens("推广红岩医加品牌");
        let t = tokens.iter().find(|t| t.text == "红岩医加").expect("user word kept whole");
        assert_eq!(t.tag, "nz");
    }

    /// A word of the dictionary is known; a coined name the HMM cuts is not, nor a kept span.
    #[test]
    fn tokens_say_whether_jieba_knows_the_word() {
        let seg = Segmenter::new(&[]);
        let text = "岚弈科技的数字医疗";
        let known: Vec<(&str, bool)> = seg.tokens(text).iter().map(|t| (t.text, t.known)).collect();
        assert_eq!(known, [("岚弈", false), ("科技", true), ("的", true), ("数字", true), ("医疗", true)]);
        let kept = seg.tokens_keeping(text, &[Span::new(0, "岚弈科技".len())], "nt");
        assert!(!kept[0].known && kept[1].known);
    }

    #[test]
    fn lexicon_row_parsing() {
        let lex =
            crate::lexicon::Lexicon::parse("test", "卫健委\t20000\tnt # comment\n医联体\tn\n  # only a comment\n");
        let words: Vec<UserWord> = lex.rows().map(UserWord::from_row).collect();
        assert_eq!(
            words,
            [
                UserWord { word: "卫健委".into(), freq: Some(20000), tag: Some("nt".into()) },
                UserWord { word: "医联体".into(), freq: None, tag: Some("n".into()) }
            ]
        );
    }

    #[test]
    fn kept_spans_stay_whole_and_tokens_tile() {
        let seg = Segmenter::new(&[]);
        let text = "记者从长宁区新华街道社区卫生服务中心获悉，该中心将延时服务。";
        let start = text.find("长宁区").unwrap();
        let name = Span::new(start, text.find("获悉").unwrap());
        let tokens = seg.tokens_keeping(text, &[name, Span::new(start + 3, start + 6), Span::new(1, 2)], "nt");
        assert!(tokens.iter().any(|t| t.span == name && t.tag == "nt"));
        let mut pos = 0;
        for t in &tokens {
            assert_eq!(t.span.start, pos);
            assert_eq!(t.span.slice(text), t.text);
            pos = t.span.end;
        }
        assert_eq!(pos, text.len());
    }
}
