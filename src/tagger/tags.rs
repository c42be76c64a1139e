//! The tag set: BMES parts × entity kinds, and O; the entities they give.

use crate::span::Span;

/// Kind of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Per,
    Org,
    Loc,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Per, Kind::Org, Kind::Loc];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Per => "PER",
            Kind::Org => "ORG",
            Kind::Loc => "LOC",
        }
    }
}

/// Position of a character in an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    B,
    M,
    E,
    S,
}

/// The tag of one character: outside any entity, or a part of an entity of a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    In(Part, Kind),
}

const fn t(part: Part, kind: Kind) -> Tag {
    Tag::In(part, kind)
}

/// The tag set in model order: O, then B M E S of PER, ORG and LOC.
pub const TAGS: [Tag; 13] = {
    let kinds = [Kind::Per, Kind::Org, Kind::Loc];
    let parts = [Part::B, Part::M, Part::E, Part::S];
    let mut tags = [Tag::O; 13];
    let mut i = 0;
    while i < 12 {
        tags[i + 1] = t(parts[i % 4], kinds[i / 4]);
        i += 1;
    }
    tags
};

const TAG_NAMES: [&str; 13] =
    ["O", "B-PER", "M-PER", "E-PER", "S-PER", "B-ORG", "M-ORG", "E-ORG", "S-ORG", "B-LOC", "M-LOC", "E-LOC", "S-LOC"];

impl Tag {
    /// Index in [`TAGS`].
    pub fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::In(part, kind) => 1 + 4 * kind as usize + part as usize,
        }
    }

    /// MSRA's name: `O`, `B-PER`, `E-LOC`, …
    pub fn name(self) -> &'static str {
        TAG_NAMES[self.index()]
    }

    /// Parses MSRA's name.
    pub fn parse(name: &str) -> Option<Tag> {
        TAG_NAMES.iter().position(|&n| n == name).map(|i| TAGS[i])
    }

    pub(crate) fn opens(self) -> bool {
        matches!(self, Tag::O | Tag::In(Part::B | Part::S, _))
    }

    pub(crate) fn closes(self) -> bool {
        matches!(self, Tag::O | Tag::In(Part::E | Part::S, _))
    }

    /// True when `next` may follow `self` in a well-formed BMES sequence.
    pub(crate) fn allows(self, next: Tag) -> bool {
        match (self, next) {
            (Tag::In(Part::B | Part::M, k), Tag::In(Part::M | Part::E, j)) => k == j,
            (Tag::In(Part::B | Part::M, _), _) => false,
            _ => next.opens(),
        }
    }
}

/// One entity found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Entity {
    pub kind: Kind,
    /// Byte span in the tagged text.
    pub span: Span,
}

/// The entities of a tag sequence, as character ranges: `B M* E` or `S` of one kind. Ill-formed
/// stretches (from hand-made or foreign tags; the tagger never outputs them) are skipped.
pub fn char_entities(tags: &[Tag]) -> Vec<(Kind, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut open: Option<(Kind, usize)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        match tag {
            Tag::O => open = None,
            Tag::In(Part::S, k) => {
                out.push((k, i..i + 1));
                open = None;
            }
            Tag::In(Part::B, k) => open = Some((k, i)),
            Tag::In(Part::M, k) => {
                if open.is_some_and(|(o, _)| o != k) {
                    open = None;
                }
            }
            Tag::In(Part::E, k) => {
                if let Some((o, start)) = open.take() {
                    if o == k {
                        out.push((k, start..i + 1));
                    }
                }
            }
        }
    }
    out
}
