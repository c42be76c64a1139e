//! Stage 4: sentences → tokens.
//!
//! **In:** a sentence (any `&str` slice of the normalized text). **Out:** [`Token`]s with
//! byte spans relative to the slice and jieba part-of-speech tags.
//!
//! jieba-rs with its default dictionary plus the embedded health-policy lexicon
//! (`src/lexicon/health_terms.txt`) and any user words given at build time. The tokens tile
//! the input exactly.

use crate::span::Span;
use jieba_rs::Jieba;

const HEALTH_TERMS: &str = include_str!("lexicon/health_terms.txt");

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte span relative to the segmented slice.
    pub span: Span,
    /// jieba part-of-speech tag (`n`, `nr`, `ns`, `nt`, `v`, `m`, `x`, …).
    pub tag: &'a str,
}

/// A word to add to the dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserWord {
    pub word: String,
    pub freq: Option<usize>,
    pub tag: Option<String>,
}

impl UserWord {
    /// Parses one lexicon line `WORD [FREQ] [TAG]`; `None` for blank and comment lines.
    pub fn parse_line(line: &str) -> Option<UserWord> {
        let line = line.split('#').next().unwrap_or("").trim();
        let mut parts = line.split_whitespace();
        let word = parts.next()?.to_string();
        let mut freq = None;
        let mut tag = None;
        for part in parts {
            match part.parse::<usize>() {
                Ok(n) if freq.is_none() => freq = Some(n),
                _ => tag = Some(part.to_string()),
            }
        }
        Some(UserWord { word, freq, tag })
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
        for word in HEALTH_TERMS.lines().filter_map(UserWord::parse_line).chain(user_words.iter().cloned()) {
            jieba.add_word(&word.word, word.freq, word.tag.as_deref());
        }
        Segmenter { jieba }
    }

    /// True when `word` is in the dictionary.
    pub fn has_word(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// Segments `text` into tagged tokens that tile it.
    ///
    /// ```
    /// let seg = zhnews::segment::Segmenter::new(&[]);
    /// let words: Vec<&str> = seg.tokens("闵行区社区卫生服务中心").iter().map(|t| t.text).collect();
    /// assert!(words.contains(&"社区卫生服务中心"));
    /// ```
    pub fn tokens<'a>(&'a self, text: &'a str) -> Vec<Token<'a>> {
        let mut pos = 0;
        self.jieba
            .tag(text, true)
            .into_iter()
            .map(|t| {
                let span = Span::new(pos, pos + t.word.len());
                pos = span.end;
                Token { text: t.word, span, tag: t.tag }
            })
            .collect()
    }

    /// Segments `text` into words (no tags).
    pub fn words<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.jieba.cut(text, true).into_iter().map(|t| t.word).collect()
    }
}
