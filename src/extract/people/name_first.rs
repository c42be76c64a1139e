//! A name written before its post: `张三，某医院院长，…`, `张三——某中心主任——…`,
//! `张三是某医院的医生`, `张三，现任某医院院长`, the subject of a short biography (`张三，男，…，现任某医院院长`),
//! and a verb's object with a bare post in apposition (`记者采访了张三，某医院呼吸科主任医师`).
//!
//! **In:** a sentence being read, with its institutions and the names read so far.
//! **Out:** drafts of the names found, with the titles and the body of the post after them.
//!
//! The post is read backwards from a title that ends a clause, like a chain before a name
//! ([`PersonExtractor::title_chain_at`]); it must name a body. Right before the chain stands
//! a link (`，`, `——`, `是`, `现任`), and before the link the name, opening its clause.

use super::index::Drafts;
use super::{
    body_held_at, body_written_before, department_after_head, han_run_before, name_before_post_adverb,
    prefix_last_title, PersonExtractor, Reading, BODY_REFS, COPULA, HOLDING_LINKS, PEOPLE_COUNTERS,
};
use crate::extract::doc::Sentence;
use crate::extract::evidence;
use crate::extract::number::{is_chinese_numeral_char, is_digit};
use crate::span::Span;
use crate::text::is_han;

/// What may follow a post that ends its clause.
const POST_ENDS: [char; 7] = ['，', ',', '。', '；', '—', '！', '）'];

/// Links between a name and the post written after it, longest first: a comma or a dash
/// (`张三，某医院院长`), a copula (`张三是某医院的医生`), a verb of holding a post.
/// A space parts a name from its post in a list of experts (`受访专家：张三 某医院呼吸科主任`).
const LINKS: [&str; 11] = ["——", "现任", "现为", "担任", "，", ",", "—", "是", "系", " ", "\u{3000}"];

/// Links of a biography's post (`张三，男，…，现任某医院院长`): the subject opens the sentence.
const BIOGRAPHY_LINKS: [&str; 2] = ["现任", "现为"];

/// Commas of a biography's notes, before a post at the end of one (`张三，男，某医院院长`).
const COMMAS: [char; 2] = ['，', ','];

/// Most titles noted between a biography's subject and its post (`张三，主任医师，教授，…`).
const MAX_TITLE_NOTES: usize = 3;

/// Notes of sex after a biography's subject (`张三，男，`).
const SEX_NOTES: [&str; 4] = ["，男", "，女", "（男", "（女"];

/// An age written before a name with `的` (`58岁的张三`).
const AGE_BEFORE_NAME: &str = "岁的";

/// The aspect particle of a verb whose object is a name (`采访了` + name).
const OBJECT_PARTICLE: char = '了';

/// Longest name (characters) before a link.
const MAX_NAME_CHARS: usize = 4;

impl PersonExtractor {
    /// Pass 2d: names written before their post (see the module's note).
    pub(super) fn names_before_posts(&self, sentence: &Sentence<'_>, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let text = sentence.text;
        let (mut found, mut titled) = (Vec::new(), Vec::new());
        for &m in &r.titles {
            let after = &text[m.end()..];
            let held = BODY_REFS.holding_verbs.iter().any(|v| text[..m.start()].ends_with(*v));
            if !(after.is_empty() || after.starts_with(POST_ENDS) || held) {
                continue;
            }
            let (titles, org, pos) = self.title_chain_at(text, m.start(), m.end(), &r.orgs);
            if org.is_none() {
                // `张三目前在某医院任副院长`: the post held at the body before it.
                if let Some((name, body)) = self.name_holding_post(sentence, pos, r) {
                    found.push((name, titles, Some(body)));
                } else if let Some((name, titles, body)) = self.later_biography_post(sentence, titles, pos, r) {
                    found.push((name, titles, body));
                }
                continue;
            }
            if !(after.is_empty() || after.starts_with(POST_ENDS)) {
                continue;
            }
            let before = &text[..pos];
            let Some(link) = LINKS.iter().find(|l| before.ends_with(*l)) else { continue };
            let linked = &before[..before.len() - link.len()];
            // `张三，现任某医院院长。`: a comma may stand before a verb of holding a post.
            let linked = linked.strip_suffix(['，', ',']).filter(|_| HOLDING_LINKS.contains(link)).unwrap_or(linked);
            // `张三目前担任…`: an adverb of time may part the name from a verb of holding.
            let linked = BODY_REFS
                .post_adverbs
                .iter()
                .find_map(|a| linked.strip_suffix(*a))
                .filter(|_| HOLDING_LINKS.contains(link))
                .unwrap_or(linked);
            // A biography's subject: its post after `现任`, or after a comma of its notes
            // (`张三，男，某医院主任医师`).
            let biography = BIOGRAPHY_LINKS.contains(link) || COMMAS.iter().any(|&c| link.chars().eq([c]));
            // `张三，主任医师，某医院呼吸科主任`: titles noted between the subject and its post.
            let (linked, notes) = if biography { self.title_notes_ending(linked) } else { (linked, Vec::new()) };
            let name = self
                .name_ending_clause(sentence, linked)
                .or_else(|| link.starts_with(COMMAS).then(|| self.object_name_ending(sentence, linked)).flatten())
                .or_else(|| biography.then(|| self.biography_subject(sentence)).flatten())
                .or_else(|| {
                    let parted = before[..before.len() - link.len()].ends_with(COMMAS);
                    (parted && BIOGRAPHY_LINKS.contains(link)).then(|| self.noted_subject(sentence)).flatten()
                });
            if let Some(name) = name.filter(|&n| !r.taken(n)) {
                found.push((name, [notes, titles].concat(), org));
            } else if let Some(name) =
                link.chars().eq([COPULA]).then(|| self.titled_name_ending(sentence, linked)).flatten()
            {
                // `张三医生是某医院的一名儿科医生`: the name read with its title before the
                // copula takes the post too.
                titled.push((name, titles, org));
            }
        }
        for (name, titles, org) in titled {
            if !r.taken(name) {
                r.named.push(name);
            }
            drafts.add(name.slice(text), titles, org, name.shift(r.base));
        }
        for (name, titles, org) in found {
            if !r.taken(name) {
                r.named.push(name);
                drafts.add(name.slice(text), titles, org, name.shift(r.base));
            }
        }
    }

    /// The post of a biography's subject written after `，现任`/`，现为` in a later clause with
    /// no body of its own (`张三于2010年进入某医院工作，现任副主任医师`), or with a bare head
    /// standing for the body named before (`…，现为该院呼吸科主任` → that body, title
    /// `呼吸科主任`): the subject opening the sentence ([`Self::noted_subject`]) with
    /// `titles` (the chain starting at `pos`) and that body, if any; a later rule may give
    /// the body the person works at.
    fn later_biography_post(
        &self,
        sentence: &Sentence<'_>,
        mut titles: Vec<String>,
        pos: usize,
        r: &Reading<'_>,
    ) -> Option<(Span, Vec<String>, Option<String>)> {
        let mut before = &sentence.text[..pos];
        let mut body = None;
        if let Some(org) = self.bare_head_body(before, r) {
            let dept = department_after_head(before).unwrap_or(0);
            prefix_last_title(&mut titles, &before[before.len() - dept..]);
            let rest = &before[..before.len() - dept];
            let &(head, _) = BODY_REFS.bare_heads.iter().find(|(w, _)| rest.ends_with(w))?;
            before = &rest[..rest.len() - head.len()];
            body = Some(org);
        }
        let link = BIOGRAPHY_LINKS.iter().find(|l| before.ends_with(*l))?;
        if !before[..before.len() - link.len()].ends_with(COMMAS) {
            return None;
        }
        let name = self.noted_subject(sentence).filter(|&n| !r.taken(n))?;
        Some((name, titles, body))
    }

    /// `linked` without the titles noted after a biography's subject, each after a comma
    /// (`张三，主任医师` → `张三`), with those titles in order (at most [`MAX_TITLE_NOTES`]).
    fn title_notes_ending<'t>(&self, mut linked: &'t str) -> (&'t str, Vec<String>) {
        let mut notes = Vec::new();
        while let Some((rest, note)) = linked.rsplit_once(COMMAS).filter(|_| notes.len() < MAX_TITLE_NOTES) {
            if !self.title_set.contains(note) {
                break;
            }
            notes.insert(0, note.to_string());
            linked = rest;
        }
        (linked, notes)
    }

    /// The name opening its clause before the body at which the post whose chain starts at
    /// `pos` is held ([`body_held_at`]; an adverb of time may stand between: `张三目前在某医院
    /// 任副院长`), with that body; none when the name is taken already.
    fn name_holding_post(&self, sentence: &Sentence<'_>, pos: usize, r: &Reading<'_>) -> Option<(Span, String)> {
        let (body, at) = body_held_at(&sentence.text[..pos], &r.orgs)?;
        let linked = &sentence.text[..at];
        let linked = BODY_REFS.post_adverbs.iter().find_map(|a| linked.strip_suffix(*a)).unwrap_or(linked);
        let name = self.name_ending_clause(sentence, linked).filter(|&n| !r.taken(n))?;
        Some((name, body))
    }

    /// The name that ends `before` and opens its clause (after punctuation or at the
    /// sentence's start): two to four Han characters, a plausible name the tagger reads as
    /// a person too.
    fn name_ending_clause(&self, sentence: &Sentence<'_>, before: &str) -> Option<Span> {
        let run = han_run_before(before, MAX_NAME_CHARS + 1);
        let start = before.len() - run;
        let opens = before[..start].chars().next_back().map_or(true, |c| !is_han(c));
        let sp = Span::new(start, before.len());
        let read = |sp: Span| self.plausible(sp.slice(sentence.text)) && self.tagged_person(sentence, sp);
        if opens && read(sp) {
            return Some(sp);
        }
        // An age measuring the name before it (`今年58岁的张三是…`).
        let starts = before.char_indices().rev().take(MAX_NAME_CHARS).map(|(i, _)| i);
        starts
            .skip(1)
            .map(|i| Span::new(i, before.len()))
            .find(|sp| before[..sp.start].ends_with(AGE_BEFORE_NAME) && read(*sp))
    }

    /// The object of a verb ending `before` (`记者采访了张三`, `见到张三`) that a bare post
    /// after a comma stands in apposition to (`，某医院呼吸科主任医师。`): the tagger's person
    /// name ending there, of two to four characters, after an aspect particle (`了`) or a
    /// word the segmenter tags as a verb. A verb of holding after the comma (`，现任…`)
    /// continues the clause's subject instead and never comes here.
    fn object_name_ending(&self, sentence: &Sentence<'_>, before: &str) -> Option<Span> {
        let text = sentence.text;
        let sp = evidence::person_ending_at(text, &sentence.tokens, sentence.span.start, before.len())?;
        let n = sp.slice(text).chars().count();
        let prior = &text[..sp.start];
        let verb = prior.ends_with(OBJECT_PARTICLE)
            || sentence.tokens.iter().any(|t| t.span.end == sentence.span.start + sp.start && t.tag.starts_with('v'));
        ((2..=MAX_NAME_CHARS).contains(&n) && verb && self.plausible(sp.slice(text))).then_some(sp)
    }

    /// The subject of a biography opening the sentence: a name followed by a note of sex.
    fn biography_subject(&self, sentence: &Sentence<'_>) -> Option<Span> {
        let text = sentence.text;
        let start = text.len() - text.trim_start().len();
        let (note, _) = SEX_NOTES.iter().filter_map(|n| text[start..].find(n).map(|i| (start + i, n))).min()?;
        let sp = Span::new(start, note);
        let n = sp.slice(text).chars().count();
        ((2..=MAX_NAME_CHARS).contains(&n) && self.plausible(sp.slice(text))).then_some(sp)
    }

    /// The name that ends `before` with a title after it (`张三医生`), opening its clause.
    fn titled_name_ending(&self, sentence: &Sentence<'_>, before: &str) -> Option<Span> {
        let t = self.title_ending(before).filter(|&t| t > 0)?;
        self.name_ending_clause(sentence, &before[..t])
    }

    /// The subject of a biography opening the sentence, any notes after it before a comma
    /// (`张三，中共党员，现任…`, `张三毕业于某医学院，现任…`): a plausible name the tagger
    /// reads there.
    fn noted_subject(&self, sentence: &Sentence<'_>) -> Option<Span> {
        let text = sentence.text;
        let start = text.len() - text.trim_start().len();
        let sp = evidence::person_at(text, &sentence.tokens, sentence.span.start, start)?;
        let n = sp.slice(text).chars().count();
        // `张三的女儿，现任…` speaks of someone else.
        let owned = text[sp.end..].starts_with('的');
        ((2..=MAX_NAME_CHARS).contains(&n) && !owned && self.plausible(sp.slice(text))).then_some(sp)
    }

    /// True when the learned tagger reads a person's name at exactly `sp`, or at `sp` and
    /// the adverb of time glued after it before a verb of holding (`张三` + `现` + `担任…`).
    pub(super) fn tagged_person(&self, sentence: &Sentence<'_>, sp: Span) -> bool {
        evidence::person_at(sentence.text, &sentence.tokens, sentence.span.start, sp.start)
            .is_some_and(|p| p == sp || (p.start == sp.start && name_before_post_adverb(sentence.text, p) == sp))
    }
}

/// Bytes of the shortest name (two Han characters) before a verb of saying may follow it.
const MIN_NAME_BYTES: usize = 6;

/// Joiners after an untitled name that follows its body (`某医院的张三和某中心的李四`).
const UNTITLED_NAME_ENDS: [char; 5] = ['和', '与', '及', '、', '，'];

/// Joiners between names listed after an untitled one (`某医院的张三、李四和王五`).
const LISTED_UNTITLED_JOINERS: [char; 4] = ['、', '和', '与', '及'];

/// Characters after `的` within which an untitled name's joiner must stand (a long
/// transliterated name included) for the tagger to be asked.
const UNTITLED_NAME_REACH: usize = 9;

/// Separators of names listed before a shared title (`张三、李四等专家`).
const LISTED_NAME_SEPARATORS: [char; 2] = ['、', '和'];

/// The text before a shared title up to the end of the names listed for it: before `等`
/// (`张三、李四等专家`), a count of people (`张三、李四两位医生`) or both (`等三名`).
fn list_before_shared_title(before: &str) -> Option<&str> {
    if let Some(list) = before.strip_suffix('等') {
        return Some(list);
    }
    let counted = before.strip_suffix(PEOPLE_COUNTERS)?;
    let list = counted.trim_end_matches(|c: char| is_chinese_numeral_char(c) || is_digit(c));
    (list.len() < counted.len()).then(|| list.strip_suffix('等').unwrap_or(list))
}

/// Most names read back from a shared title.
const MAX_LISTED_NAMES: usize = 8;

impl PersonExtractor {
    /// Pass 2e: names listed before `等` and the title they share (`张三、李四、王五等专家`),
    /// with the body written right before the first (`某医院的张三、李四等专家`).
    pub(super) fn names_listed_before_title(&self, sentence: &Sentence<'_>, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let text = sentence.text;
        for i in 0..r.titles.len() {
            let m = r.titles[i];
            // A standing between `等` and the title (`张三、李四等知名专家`) is no name.
            let before_title = &text[..m.start()];
            let before_title = BODY_REFS.strip_title_modifier(before_title).unwrap_or(before_title);
            let Some(list) = list_before_shared_title(before_title) else { continue };
            let mut names = Vec::new();
            let mut end = list.len();
            while names.len() < MAX_LISTED_NAMES {
                let Some(sp) = self.listed_name_before(text, end, r) else { break };
                names.push(sp);
                match text[..sp.start].strip_suffix(LISTED_NAME_SEPARATORS) {
                    Some(rest) => end = rest.len(),
                    None => break,
                }
            }
            let Some(first) = names.last().copied() else { continue };
            let before = &text[..first.start];
            let org = body_written_before(text, first, r);
            let opens = org.is_some()
                || before.chars().next_back().map_or(true, |c| !is_han(c))
                || self.opens_name_list(before);
            if !opens || (names.len() == 1 && !self.tagged_person(sentence, first)) {
                continue;
            }
            let title = text[m.start()..m.end()].to_string();
            for sp in names.into_iter().rev() {
                r.named.push(sp);
                drafts.add(sp.slice(text), vec![title.clone()], org.clone(), sp.shift(r.base));
            }
        }
    }

    /// True when `before` ends with a verb opening a list of names (`还有`, `包括`:
    /// `[list_verbs]` of `lexicon/person_roles.txt`).
    fn opens_name_list(&self, before: &str) -> bool {
        self.list_verbs.iter().any(|w| before.ends_with(w.as_str()))
    }

    /// The name of a list that ends at `end`: three, two or four characters, a plausible
    /// name not read yet, after a separator, a `的`, a verb opening a list
    /// (`[list_verbs]` of `lexicon/person_roles.txt`), a body or no Han character.
    fn listed_name_before(&self, text: &str, end: usize, r: &Reading<'_>) -> Option<Span> {
        let starts: Vec<usize> = text[..end].char_indices().rev().take(MAX_NAME_CHARS).map(|(i, _)| i).collect();
        [3usize, 2, 4].into_iter().filter_map(|n| starts.get(n - 1).map(|&st| Span::new(st, end))).find(|&sp| {
            let before = &text[..sp.start];
            let bounded = before.ends_with(LISTED_NAME_SEPARATORS)
                || before.ends_with('的')
                || self.opens_name_list(before)
                || r.orgs.ending_at(sp.start).is_some()
                || before.chars().next_back().map_or(true, |c| !is_han(c));
            bounded && self.plausible(sp.slice(text)) && !r.taken(sp)
        })
    }

    /// Pass 2f: a name with no title joined to the body before it by `的`, followed by a
    /// joiner (`某医院的张三和某中心的李四`): the body is the person's organization. The
    /// tagger must read the name. The second of such a pair may be followed by anything.
    pub(super) fn untitled_names_after_bodies(
        &self,
        sentence: &Sentence<'_>,
        r: &mut Reading<'_>,
        drafts: &mut Drafts,
    ) {
        let text = sentence.text;
        let mut found = Vec::new();
        for o in r.orgs.iter() {
            let Some(rest) = text[o.span.end..].strip_prefix('的') else { continue };
            let at = text.len() - rest.len();
            // The tagger runs only where a joiner follows within a name's reach, or for the
            // second of a pair.
            let says = |i: usize| self.reporting.iter().any(|v| text[i..].starts_with(v.as_str()));
            let near = rest
                .char_indices()
                .take(UNTITLED_NAME_REACH)
                .any(|(i, c)| UNTITLED_NAME_ENDS.contains(&c) || (i >= MIN_NAME_BYTES && says(at + i)));
            if !near && found.is_empty() {
                continue;
            }
            let Some(sp) = evidence::person_at(text, &sentence.tokens, sentence.span.start, at) else { continue };
            // `某医院的张三说`: a verb of saying after the name ends it as a joiner does.
            let joined = text[sp.end..].starts_with(UNTITLED_NAME_ENDS) || says(sp.end);
            // The second of a pair (`…的张三和某中心的李四` + verb).
            let paired = found.last().is_some_and(|(prev, _): &(Span, String)| {
                text[prev.end..o.span.start].chars().eq(text[prev.end..].chars().take(1))
                    && text[prev.end..].starts_with(UNTITLED_NAME_ENDS)
            });
            if (joined || paired) && self.plausible(sp.slice(text)) && !r.taken(sp) {
                found.push((sp, o.name.to_string()));
                if joined {
                    for next in self.untitled_names_listed_after(sentence, sp.end, o.name, r, drafts) {
                        found.push((next, o.name.to_string()));
                    }
                }
            }
        }
        for (sp, org) in found {
            if !r.taken(sp) {
                r.named.push(sp);
                drafts.add(sp.slice(text), Vec::new(), Some(org), sp.shift(r.base));
            }
        }
    }

    /// The names listed after an untitled one that follows its body (`某医院的张三、李四和
    /// 王五`): each after one joiner of `LISTED_UNTITLED_JOINERS`, read by the tagger, works at
    /// the same body; one read already with no body gets it here, the new ones are returned.
    fn untitled_names_listed_after(
        &self,
        sentence: &Sentence<'_>,
        mut end: usize,
        org: &str,
        r: &Reading<'_>,
        drafts: &mut Drafts,
    ) -> Vec<Span> {
        let text = sentence.text;
        let mut listed = Vec::new();
        for _ in 0..MAX_LISTED_NAMES {
            let Some(rest) = text[end..].strip_prefix(LISTED_UNTITLED_JOINERS) else { break };
            let at = text.len() - rest.len();
            let Some(sp) = evidence::person_at(text, &sentence.tokens, sentence.span.start, at) else { break };
            let name = sp.slice(text);
            if !self.plausible(name) || r.orgs.overlaps(sp) || text[sp.end..].starts_with('的') {
                break;
            }
            if r.taken(sp) {
                drafts.fill_organization(name, org);
            } else {
                listed.push(sp);
            }
            end = sp.end;
        }
        listed
    }
}
