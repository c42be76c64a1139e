//! The body of a leader's title that no institution record reads: `某某协会会长` + name,
//! `某某服务中心主任` + name, `某某学校校长` + name, where the institutions stage left the body
//! unnamed. The body is the organization as printed.
//!
//! **In:** a sentence, where its title starts, the title (its base must be a row of
//! `unread_body_heads` in `lexicon/body_references.txt`). **Out:** the body's text, or none.
//!
//! The body is read back from the title over the segmenter's words that may make a name
//! (nouns, places, numbers, Latin letters; a word fused with the title, `协会会长`, counts
//! for its part before the title), stopping at a verb, a function word, punctuation or a
//! person's name. It must end with the title's head (`会` for `会长`), hold at least two
//! characters before that head besides a division's one-character level (`省贸促会`, not
//! `县医院`) and besides the modifiers of a generic mention, be made of two words or more
//! (one word is a generic mention the segmenter knows: `社区卫生服务中心`), open with no
//! deictic word (`该中心`), and lie outside every institution mention. A person's name read
//! right before the body leaves it unread (its start is unsure).

use super::index::SentenceOrgs;
use super::{post_base, PersonExtractor};
use crate::extract::doc::Sentence;
use crate::lexicon::{BODY_REFERENCES, ORG_GENERIC_CORES};
use crate::segment::{is_person_tag, Token};
use crate::span::Span;
use crate::text::{is_han, DEICTIC_OPENINGS};
use std::sync::LazyLock;

/// Most characters of a body read back from its title.
const MAX_BODY_CHARS: usize = 20;

/// Fewest characters of the body's own name, its head and a division level apart.
const MIN_CORE_CHARS: usize = 2;

/// Fewest words of the body: one word alone is a generic mention the segmenter knows
/// (`社区卫生服务中心`), not a name.
const MIN_WORDS: usize = 2;

/// One-character division levels that may open a body (`省贸促会`), no part of its own name.
const LEVEL_CHARS: [char; 6] = ['省', '市', '县', '区', '镇', '乡'];

/// `unread_body_heads` (title base, head) and the generic modifiers of `org_generic_cores.txt`.
struct Heads {
    heads: Vec<(&'static str, &'static str)>,
    generic: Vec<&'static str>,
}

static HEADS: LazyLock<Heads> = LazyLock::new(|| Heads {
    heads: BODY_REFERENCES
        .section("unread_body_heads")
        .iter()
        .map(|r| (r.word(), r.field(1).unwrap_or_else(|| panic!("body_references.txt: {:?} has no head", r.word()))))
        .collect(),
    generic: ORG_GENERIC_CORES.words().collect(),
});

/// A word that may stand inside a body's name: not a verb (a verbal noun is), function word,
/// punctuation, time or place-of-direction word, measure word or person's name.
fn may_name_body(t: &Token<'_>) -> bool {
    if t.tag == "eng" || t.tag == "vn" {
        return true;
    }
    !is_person_tag(t.tag)
        && !matches!(
            t.tag.chars().next(),
            Some('v' | 'p' | 'c' | 'u' | 'd' | 'r' | 'x' | 'w' | 'y' | 'e' | 'o' | 'f' | 'q' | 't')
        )
}

/// Where the body ending at `ts` starts and of how many words it is made: back over the
/// words of [`may_name_body`] (a word running past `ts` counts for its part before it, when
/// that part is Han), in the sentence's coordinates. `None` when a person's name is glued before it (`甲某` + `县某某中心`:
/// the segmenter took a place's name for a person's, the body's start is unsure).
fn body_start(sentence: &Sentence<'_>, ts: usize) -> Option<(usize, usize)> {
    // The tokens' spans are the document's; `ts` and the result are the sentence's.
    let base = sentence.span.start;
    let (mut start, mut words) = (ts, 0);
    for t in sentence.tokens.iter().rev().filter(|t| t.span.start - base < ts) {
        let (t_start, t_end) = (t.span.start - base, t.span.end - base);
        let fits = if t_end > ts {
            sentence.text[t_start..ts].chars().all(is_han)
        } else {
            t_end == start && may_name_body(t)
        };
        if !fits || sentence.text[t_start..ts].chars().count() > MAX_BODY_CHARS {
            if t_end == start && is_person_tag(t.tag) {
                return None;
            }
            break;
        }
        (start, words) = (t_start, words + 1);
    }
    Some((start, words))
}

/// The own name of a body (`body` without `head`): at least [`MIN_CORE_CHARS`] once a
/// division level and generic modifiers opening it are set apart.
fn core_is_named(core: &str) -> bool {
    let mut rest = core.trim_start_matches(LEVEL_CHARS);
    while let Some(g) = HEADS.generic.iter().find(|g| rest.starts_with(**g)) {
        rest = &rest[g.len()..];
    }
    rest.chars().count() >= MIN_CORE_CHARS
}

/// The body of the title `title` starting at `ts` in `sentence`, read as the module says.
fn unread_body(sentence: &Sentence<'_>, ts: usize, title: &str, orgs: &SentenceOrgs<'_>) -> Option<String> {
    let base = post_base(title);
    let before = &sentence.text[..ts];
    let head = HEADS.heads.iter().find(|&&(t, h)| t == base && before.ends_with(h))?.1;
    let (start, words) = body_start(sentence, ts)?;
    let body = &sentence.text[start..ts];
    let core = body.strip_suffix(head)?;
    let named = words >= MIN_WORDS
        && !body.starts_with(DEICTIC_OPENINGS)
        && core_is_named(core)
        && !orgs.overlaps(Span::new(start, ts));
    named.then(|| body.to_string())
}

impl PersonExtractor {
    /// Forces the tables (when the extractor is built, so a typo fails there).
    pub(super) fn load_unread_body_heads() {
        LazyLock::force(&HEADS);
    }

    /// The unread body of a lone title (`titles` holds one, read at `title` in `sentence`):
    /// [`unread_body`], the title then written without the body when the chain took the body
    /// for a department (`省贸促会会长` → `会长` of `省贸促会`).
    pub(super) fn unread_body_of_title(
        &self,
        sentence: &Sentence<'_>,
        (ts, te): (usize, usize),
        titles: &mut [String],
        orgs: &SentenceOrgs<'_>,
    ) -> Option<String> {
        let [only] = titles else { return None };
        let title = &sentence.text[ts..te];
        let taken = only.strip_suffix(title)?;
        let body = unread_body(sentence, ts, title, orgs)?;
        if !body.ends_with(taken) {
            return None;
        }
        *only = title.to_string();
        Some(body)
    }
}
