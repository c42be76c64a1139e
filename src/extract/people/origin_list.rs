//! Bodies listed after `来自` and paired in order with the names listed after the title:
//! `来自甲医院、乙医院的专家张三、李四` gives 张三 甲医院 and 李四 乙医院. When the two lists
//! differ in length the pairing is unknown and no body of that list is given to anyone; a
//! single body before two names stays the body of both.

use super::index::{Drafts, Named, SentenceOrgs};
use crate::text::LIST_COMMA as LIST_MARK;

/// The bodies of the `、`-list starting at `pos` and ending before `的` (with the end of `的`).
fn body_list<'o>(text: &str, mut pos: usize, orgs: &'o SentenceOrgs<'_>) -> Option<(Vec<&'o str>, usize)> {
    let mut bodies = Vec::new();
    loop {
        let o = orgs.iter().filter(|o| o.span.start == pos).max_by_key(|o| o.span.end)?;
        bodies.push(o.name);
        let rest = &text[o.span.end..];
        if rest.starts_with('的') {
            return Some((bodies, o.span.end + '的'.len_utf8()));
        }
        pos = o.span.end + rest.strip_prefix(LIST_MARK).map(|_| LIST_MARK.len())?;
    }
}

/// The names of the `、`-list starting at `pos`.
fn name_list<'t>(text: &'t str, mut pos: usize, named: &Named) -> Vec<&'t str> {
    let mut names = Vec::new();
    while let Some(sp) = named.starting_at(pos) {
        names.push(sp.slice(text));
        if !text[sp.end..].starts_with(LIST_MARK) {
            break;
        }
        pos = sp.end + LIST_MARK.len();
    }
    names
}

/// The end of the run of titles starting at `pos` (`pos` when none starts there).
fn titles_end(titles: &[aho_corasick::Match], mut pos: usize) -> usize {
    while let Some(m) = titles.iter().filter(|m| m.start() == pos).max_by_key(|m| m.end()) {
        pos = m.end();
    }
    pos
}

/// Pairs the bodies of every origin list of the sentence (opened by one of `verbs`,
/// `[origin_verbs]` of `body_references.txt`) with the names after its title.
pub(super) fn pair_origin_lists(
    text: &str,
    verbs: &[&str],
    orgs: &SentenceOrgs<'_>,
    (named, titles): (&Named, &[aho_corasick::Match]),
    drafts: &mut Drafts,
) {
    for &verb in verbs {
        for (at, _) in text.match_indices(verb) {
            let Some((bodies, after)) = body_list(text, at + verb.len(), orgs) else { continue };
            let names_at = titles_end(titles, after);
            if bodies.len() < 2 || names_at == after {
                continue;
            }
            let names = name_list(text, names_at, named);
            let paired = names.len() == bodies.len();
            for (k, name) in names.iter().enumerate() {
                let given = drafts.organization_of(name).is_some_and(|o| bodies.contains(&o));
                if given {
                    drafts.set_organization(name, paired.then(|| bodies[k].to_string()));
                }
            }
        }
    }
}
