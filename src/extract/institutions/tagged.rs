//! Names the learned tagger proposes (`super::evidence`), where the text vouches for them:
//! - an organization read right before a company's or an outlet's word
//!   (`lexicon/org_tagged_cues.txt`): a company named by its brand alone (`青禾董事长张某`,
//!   `某某旗下`), an outlet without its kind word (`某某记者`);
//! - an organization written as an item of a `、` list right beside a body the rules hold
//!   (`青禾、湖川医药有限公司`);
//! - an organization written right before one of its own acts (`[agent]` cues: `金禾银行发布`,
//!   `某某宣布`, `某某收购`); a sentence holding such cues is read by the tagger once, in one
//!   window from its first cue to its last (round 63: about one sentence in twenty-five of
//!   the realdev tune pages holds one);
//! - the brands of a list closed by a class noun of companies (`青禾、金穗等药企`) or by a
//!   count of firms matching its items (`青禾、金穗两家`, round 68), where the tagger reads
//!   no item as a person or a place.
//!
//! Any person's title as a cue, and any `、` of a list, were tried (round 62): they asked the
//! tagger so often that the pass cost a third more instructions, for three more names on the
//! web pages and none on realdev; so the cues are the rare words of companies and outlets.
//!
//! Names the rules already hold, generic words, and names ending in a suffix, a unit's
//! ending or a known body (the rules' call) are left.

use super::find::{Boundaries, Candidate, Group};
use super::lexicon::{InstitutionExtractor, NamedBody, PROPER_TAGS};
use crate::automaton::WordAutomaton;
use crate::extract::evidence;
use crate::facts::InstitutionKind;
use crate::segment::{is_person_tag, Token, PLACE_TAG, VERB_NOUN_TAG};
use crate::span::Span;
use crate::tagger::Kind;
use crate::text::LIST_COMMA;

/// Characters of a proposed name: a brand of two (`某某`) up to a long body's name.
const NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=12;

impl InstitutionExtractor {
    /// Adds to `kept` (sorted by start) the tagger's organizations written right before a
    /// cue word or beside a body in a list, where no group is (`text` the sentence, `base`
    /// its start in the document).
    pub(super) fn tagged_bodies(&self, text: &str, tokens: &[Token<'_>], base: usize, kept: &mut Vec<Group>) {
        let site = Site { text, tokens, base, bounds: Boundaries::new(tokens) };
        let mut added: Vec<Group> = Vec::new();
        for (i, t) in tokens.iter().enumerate().skip(1) {
            let at = t.span.start;
            let Some(kind) = self.cue_at(&text[at..]) else { continue };
            if held_before(kept, base, at) || !self.may_end_name(&tokens[i - 1]) {
                continue;
            }
            let near = evidence::entities_near(text, tokens, 0, Span::new(at, t.span.end));
            if let Some(e) = near.iter().find(|e| e.kind == Kind::Org && e.span.end == at) {
                self.propose(&site, e.span, kind, kept, &mut added);
            }
        }
        for (at, _) in text.match_indices(LIST_COMMA) {
            let after = at + LIST_COMMA.len();
            let group_before = kept.iter().any(|g| g.span.end - base == at);
            let group_after = kept.iter().any(|g| g.span.start - base == after);
            // Only beside a body: asking the tagger at every comma of a page's lists cost
            // a fifth of the pass for one more name on the web pages (round 62).
            if !group_before && !group_after {
                continue;
            }
            let near = evidence::entities_near(text, tokens, 0, Span::new(at, after));
            let before = near.iter().find(|e| e.kind == Kind::Org && e.span.end == at).map(|e| e.span);
            let next = near.iter().find(|e| e.kind == Kind::Org && e.span.start == after).map(|e| e.span);
            if let Some(span) = before.filter(|_| group_after || next.is_some()) {
                self.propose(&site, span, InstitutionKind::Other, kept, &mut added);
            }
            if let Some(span) = next.filter(|_| group_before || before.is_some()) {
                self.propose(&site, span, InstitutionKind::Other, kept, &mut added);
            }
        }
        self.agent_bodies(&site, kept, &mut added);
        self.listed_companies(&site, kept, &mut added);
        self.cited_outlets(&site, kept, &mut added);
        self.paper_bodies(&site, kept, &mut added);
        self.notice_headings(&site, kept, &mut added);
        self.brand_headings(&site, kept, &mut added);
        self.coined_brands(&site, kept, &mut added);
        self.employer_brands(&site, kept, &mut added);
        kept.extend(added);
        kept.sort_by_key(|g| g.span.start);
    }

    /// Adds to `added` the tagger's organizations written right before an organization's own
    /// act (`[agent]` cues: `青禾科技宣布…`, `湖川医药收购…`), where no group ends. The cues
    /// of a sentence are read in one window: the tagger runs once per sentence holding one.
    fn agent_bodies(&self, site: &Site<'_, '_>, kept: &[Group], added: &mut Vec<Group>) {
        let (text, tokens, base) = (site.text, site.tokens, site.base);
        // A cue of whole tokens (`发布`, not the `发布` of `发布会`).
        let cue_at = |at: usize| {
            self.agent_cues.longest_prefix(&text[at..]).is_some_and(|len| site.bounds.contains(&(at + len)))
        };
        let cues: Vec<usize> = (1..tokens.len())
            .filter(|&i| {
                let at = tokens[i].span.start;
                cue_at(at) && !held_before(kept, base, at) && self.may_end_name(&tokens[i - 1])
            })
            .collect();
        let (Some(&first), Some(&last)) = (cues.first(), cues.last()) else { return };
        let range = Span::new(tokens[first].span.start, tokens[last].span.end);
        let near = evidence::entities_near(text, tokens, 0, range);
        for at in cues.iter().map(|&i| tokens[i].span.start) {
            if let Some(e) = near.iter().find(|e| e.kind == Kind::Org && e.span.end == at) {
                self.propose(site, e.span, InstitutionKind::Other, kept, added);
            }
        }
    }

    /// Adds to `added` the items of a list closed by `等` or a count of firms before a class
    /// noun of companies heading its phrase (`青禾、金穗等药企`, `甲、乙两家企业`;
    /// `lexicon/org_tagged_cues.txt` [class]): each item holding a proper name (a proper
    /// noun's tag, Latin letters) is a company named as printed, when the list has two items
    /// or more, more than half of them hold one (a list of trades, `生物医药、新能源等企业`,
    /// holds few) and the tagger reads no item as a person or a place (`阿司匹林、布洛芬等`
    /// are drugs). A count of firms that matches the items (`甲、乙、丙三家`, `甲、乙4家头部企业`,
    /// with or without a class noun) vouches for every item of a brand's shape, a common
    /// word too (a brand may be one: `怪兽`); a bare count (no class noun) only when an item
    /// holds a proper name (`甲方、乙方两家` are parties). The tagger reads only sentences of
    /// that shape.
    fn listed_companies(&self, site: &Site<'_, '_>, kept: &[Group], added: &mut Vec<Group>) {
        let tokens = site.tokens;
        for (i, t) in tokens.iter().enumerate().skip(1) {
            if tokens.get(i + 1).is_some_and(is_noun) {
                continue;
            }
            let close = if self.company_classes.contains(t.text) { list_end(tokens, i) } else { bare_count(tokens, i) };
            let Some((end, count)) = close else { continue };
            let items = list_items(tokens, end, count.is_some());
            // A count of firms matching the items (`甲、乙、丙三家`) vouches for every item of a
            // brand's shape; without one, most items must hold a proper name.
            let counted = count == Some(items.len());
            let named: Vec<Span> = items
                .iter()
                .copied()
                .filter(|&s| if counted { self.counted_item(site, s) } else { self.brand_item(site, s) })
                .collect();
            let (Some(first), Some(last)) = (items.first(), items.last()) else { continue };
            // A bare count (`甲方、乙方两家`) names firms only beside a proper name.
            let bare = !self.company_classes.contains(t.text);
            if items.len() < 2
                || named.len() * 2 <= items.len()
                || bare && !items.iter().any(|&s| self.brand_item(site, s))
            {
                continue;
            }
            let near = evidence::entities_near(site.text, tokens, 0, Span::new(first.start, last.end));
            if near.iter().any(|e| e.kind != Kind::Org && items.contains(&e.span)) {
                continue;
            }
            for span in named {
                if counted {
                    self.propose_word(site, span, InstitutionKind::Company, kept, added);
                } else {
                    self.propose(site, span, InstitutionKind::Company, kept, added);
                }
            }
        }
    }

    /// Adds to `added` the outlets a report is cited from: the tagger's organization right
    /// after an opener at a word's start (`据`, `根据`; `org_tagged_cues.txt` [cite]) and
    /// before a report word ([report]: `报道`, `消息`), with only time words between them
    /// (`据湖川财经报道`, `据某某9月2日消息`, `据某某此前报道`). Read on characters: the
    /// segmenter glues the report word to the name's end (`财经报道`) or the opener to its
    /// start (`据财`). A person (`据张某介绍`) or a generic word (`据媒体报道`) names none.
    /// The tagger reads only sentences of that shape.
    fn cited_outlets(&self, site: &Site<'_, '_>, kept: &[Group], added: &mut Vec<Group>) {
        let (text, tokens) = (site.text, site.tokens);
        for t in tokens {
            let Some(n) = self.cite_words.longest_prefix(t.text) else { continue };
            let open = t.span.start + n;
            let Some(report) = self.report_after(site, open) else { continue };
            // The name ends where the time words before the report word begin.
            let mut end = report;
            while let Some(w) = tokens.iter().find(|w| w.span.end == end && w.span.start > open) {
                if !matches!(w.tag, "t" | "m" | "q") {
                    break;
                }
                end = w.span.start;
            }
            let name = Span::new(open, end);
            if self.cited_name(site, name) && self.proposable(name.slice(text)) {
                add_named(site, name, InstitutionKind::Media, kept, added);
            }
        }
    }

    /// Adds to `added` the newspapers named right before a reporter's word ([media]) or a
    /// report word ([report]) where the tagger reads none: a name ending in a paper's word
    /// ([paper_words]), written as one token (`某某时报` `记者`) or as a word and the paper's
    /// word (`青禾` `都市报` `报道`), the name before the ending of two characters or more
    /// and no generic source, pronoun, place level or person (`本报记者`, `该晚报报道`,
    /// `当地日报记者` name none). Read on tokens, no tagger.
    fn paper_bodies(&self, site: &Site<'_, '_>, kept: &[Group], added: &mut Vec<Group>) {
        let tokens = site.tokens;
        for (i, cue) in tokens.iter().enumerate().skip(1) {
            // The paper's ending first: most tokens fail on their last character, unhashed.
            if self.paper_words.longest_suffix(tokens[i - 1].text).is_none()
                || !(self.media_cues.contains(cue.text) || self.cited_reports.contains(cue.text))
            {
                continue;
            }
            if let Some(span) = self.paper_before(site, i) {
                add_named(site, span, InstitutionKind::Media, kept, added);
            }
        }
    }

    /// The newspaper's name ending right before `tokens[i]` (see [`Self::paper_bodies`]).
    fn paper_before(&self, site: &Site<'_, '_>, i: usize) -> Option<Span> {
        let (text, tokens) = (site.text, site.tokens);
        let last = &tokens[i - 1];
        let ending = self.paper_words.longest_suffix(last.text)?;
        // A paper's word read apart takes the noun or name before it (`青禾` `都市报`); a
        // name the segmenter read whole with its ending is one word (`某某时报`).
        let (start, head) = if ending == last.text.len() {
            let head = tokens.get(i.checked_sub(2)?).filter(|h| is_noun(h) || is_proper(h) || h.tag == PLACE_TAG)?;
            (head.span.start, head)
        } else {
            (last.span.start, last)
        };
        let name = &text[start..last.span.end];
        let core = &name[..name.len() - ending];
        let plain = crate::text::is_han_word(core)
            && core.chars().count() >= 2
            && !is_person_tag(head.tag)
            && head.tag != "r"
            && self.generic_sources.longest_prefix(core).is_none()
            && !self.generic_cores.contains(core)
            && self.not_outlets.longest_suffix(name).is_none();
        // The reporter's or report word vouches for a core the suffix rules leave (`农资`
        // of `农资时报` is a common noun): no `proposable` test of the ending here.
        (plain && NAME_CHARS.contains(&name.chars().count())).then(|| Span::new(start, last.span.end))
    }

    /// Adds to `added` the listed companies speaking in a notice heading: the whole clause
    /// before a stock code and a full-width colon, opened by the sentence, a comma or a
    /// semicolon (`湖川医药（600000）：拟收购…`, `某报讯，金穗生物(300111)：…`): the code vouches
    /// for a brand the rules and the tagger leave (round 69; read on characters, no tagger).
    /// A clause that is no brand (a generic word, a name ending in a body's suffix, longer
    /// than a name) names none.
    fn notice_headings(&self, site: &Site<'_, '_>, kept: &[Group], added: &mut Vec<Group>) {
        let text = site.text;
        for (colon, _) in text.match_indices('：') {
            let end = without_stock_code(&text[..colon]).len();
            if end == colon {
                continue;
            }
            let start = text[..end].rfind(['，', '；', '。']).map_or(0, |p| p + '，'.len_utf8());
            let span = Span::new(start, end);
            if site.bounds.contains_span(span) && !held_before(kept, site.base, end) {
                self.propose(site, span, InstitutionKind::Company, kept, added);
            }
        }
    }

    /// Adds to `added` the listed companies speaking in a heading without a stock code: the
    /// whole clause before a full-width colon, opened by the sentence, a comma or a semicolon,
    /// with a company's act or figure after the colon (a verb, a number or a time:
    /// `精禾科技：拟收购…`, `某报讯，金穗股份：9.6亿元竞得…`), when the clause is a brand with a
    /// company's word (`company_words.txt`: `科技`, `股份`, `生物` …) after a core of a coined
    /// name (`heading_brand`) or the tagger reads the whole clause as an organization (round
    /// 70). A speaker (`张晓明：我们…`), a label (`地址：…`), a pronoun's or a field's clause
    /// (`该股份：`, `生物医药：`) names none.
    fn brand_headings(&self, site: &Site<'_, '_>, kept: &[Group], added: &mut Vec<Group>) {
        let (text, tokens) = (site.text, site.tokens);
        for (colon, _) in text.match_indices('：') {
            let start = text[..colon].rfind(['，', '；', '。']).map_or(0, |p| p + '，'.len_utf8());
            let span = Span::new(start, colon);
            if !site.bounds.contains_span(span)
                || !BRAND_CHARS.contains(&span.slice(text).chars().count())
                || held_before(kept, site.base, colon)
                || !tokens.iter().find(|t| t.span.start == colon + '：'.len_utf8()).is_some_and(company_act)
            {
                continue;
            }
            let words: Vec<&Token<'_>> = tokens.iter().filter(|t| span.contains(t.span)).collect();
            let read = || {
                let near = evidence::entities_near(text, tokens, 0, span);
                near.iter().any(|e| e.kind == Kind::Org && e.span == span)
            };
            // The heading vouches for a brand ending in a trade the rules want a proper core
            // for (`远航股份`: the segmenter reads a verb in the coined name).
            if self.heading_brand(&words) && !self.generic_cores.contains(span.slice(text)) {
                add_named(site, span, InstitutionKind::Company, kept, added);
            } else if read() {
                self.propose(site, span, InstitutionKind::Company, kept, added);
            }
        }
    }

    /// Adds to `added` the brands of running text: a coined core the segmenter does not know
    /// (`Token::known` false: a word its HMM cut, `岚弈`), of two to four Han characters and
    /// no person's, place's or pronoun's tag, right before a company's word
    /// (`org_tagged_cues.txt` [brand_words]: `科技`, `股份`, `控股` …) and
    /// in a company's context after it: a verb or a preposition (`岚弈科技被…`, `岚弈控股任…`)
    /// or `的` and a noun (`沅汐科技的新品`), the core opening the name (no noun or place
    /// before it). A word of the language (`数字科技`, `生物医药`,
    /// `该股份`, `这一技术`) or a person (`张晓明科技`) names none. One flag read per token; the
    /// lexicon is asked only after an unknown word.
    fn coined_brands(&self, site: &Site<'_, '_>, kept: &[Group], added: &mut Vec<Group>) {
        let tokens = site.tokens;
        for (i, core) in tokens.iter().enumerate() {
            if core.known || !COINED_CORE_CHARS.contains(&core.text.chars().count()) {
                continue;
            }
            let Some(word) = tokens.get(i + 1).filter(|w| self.brand_words.contains(w.text)) else {
                continue;
            };
            let coined = crate::text::is_han_word(core.text)
                && !is_person_tag(core.tag)
                && !matches!(core.tag, PLACE_TAG | "r")
                && !self.generic_cores.contains(core.text);
            // The core opens the name: no noun or place before it (`临江` of `临江岚弈科技`).
            let opens = i == 0 || !(is_noun(&tokens[i - 1]) || tokens[i - 1].tag == "j");
            if coined && opens && company_context(&tokens[i + 2..]) {
                add_named(site, Span::new(core.span.start, word.span.end), InstitutionKind::Company, kept, added);
            }
        }
    }

    /// Adds to `added` the brands of a person's employer: `在` + a core + a company's word
    /// ([brand_words]) + a verb of holding a post (`body_references.txt` [holding_verbs]) + a
    /// title (`在青禾科技任副总经理`, `在华信股份担任董事长`). The frame vouches for a core the
    /// segmenter knows as a word, of two to four Han characters, when it is a proper name or
    /// a coined name's guessed tag (no person's), or a word the HMM cut (any tag but a
    /// place's or a pronoun's): no common noun (`在数字科技任…`), no generic word. A word after the company's word
    /// (`在信息科技领域任…`, `在科技任务中…`, `在集团内部任…`) breaks the frame.
    fn employer_brands(&self, site: &Site<'_, '_>, kept: &[Group], added: &mut Vec<Group>) {
        let tokens = site.tokens;
        for w in tokens.windows(4) {
            let [at, core, word, verb] = w else { continue };
            if at.text != "在" || !self.brand_words.contains(word.text) || !self.holding_verbs.contains(verb.text) {
                continue;
            }
            // A word the HMM cut is coined whatever tag it guessed (a person's, often).
            let named = !core.known
                || (PROPER_TAGS.contains(&core.tag) || COINED_TAGS.contains(&core.tag)) && !is_person_tag(core.tag);
            let core_ok = named
                && crate::text::is_han_word(core.text)
                && COINED_CORE_CHARS.contains(&core.text.chars().count())
                && !matches!(core.tag, PLACE_TAG | "r")
                && !self.generic_cores.contains(core.text);
            if core_ok && self.title_at(&site.text[verb.span.end..]) {
                add_named(site, Span::new(core.span.start, word.span.end), InstitutionKind::Company, kept, added);
            }
        }
    }

    /// True when `words`, a heading's clause, are a brand's core and a company's word
    /// (`company_words.txt`) as its last word: a core of two characters or more, no generic
    /// word, whose words are proper names or the verb or adjective tag the segmenter guesses
    /// for a coined name (`精禾`/a, `当安`/v); a common noun (`数字科技`), a pronoun (`该股份`)
    /// or a word read whole (`生物医药`) is no brand.
    fn heading_brand(&self, words: &[&Token<'_>]) -> bool {
        let Some((last, core)) = words.split_last() else { return false };
        let core_chars: usize = core.iter().map(|t| t.text.chars().count()).sum();
        self.company_words.iter().any(|w| w == last.text)
            && core_chars >= 2
            && core.iter().all(|t| {
                (PROPER_TAGS.contains(&t.tag) || COINED_TAGS.contains(&t.tag))
                    && is_word(t)
                    && !self.generic_cores.contains(t.text)
            })
    }

    /// True when the name at `span`, between a cite's opener and its report word, is an
    /// outlet: the tagger reads it as an organization, or it ends with an outlet's word
    /// ([outlet_words]: `湖川财经`, `某联社`) after a head that is no generic source
    /// ([generic_sources]: `当地新闻`), no pronoun (`其网`) and no person the tagger reads.
    fn cited_name(&self, site: &Site<'_, '_>, span: Span) -> bool {
        let name = span.slice(site.text);
        let near = evidence::entities_near(site.text, site.tokens, 0, span);
        if near.iter().any(|e| e.kind == Kind::Org && e.span == span) {
            return true;
        }
        let outlet_end = name.char_indices().skip(1).any(|(i, _)| self.cited_outlet_words.contains(&name[i..]));
        outlet_end
            && self.generic_sources.longest_prefix(name).is_none()
            && !site.tokens.iter().any(|t| span.contains(t.span) && t.tag == "r")
            && !near.iter().any(|e| e.kind == Kind::Per && span.contains(e.span))
    }

    /// The byte where a report word ([report]) ending on a word's end begins after the
    /// opener ending at `open` (not `消息` of `消息人士`), within a name's and a date's length of
    /// words (Han characters, letters, digits).
    fn report_after(&self, site: &Site<'_, '_>, open: usize) -> Option<usize> {
        let text = site.text;
        text[open..]
            .char_indices()
            .skip(*NAME_CHARS.start())
            .take(*NAME_CHARS.end() + MAX_REPORT_GAP)
            .take_while(|(_, c)| crate::text::is_han(*c) || c.is_ascii_alphanumeric())
            .map(|(i, _)| open + i)
            .find(|&p| self.cited_reports.longest_prefix(&text[p..]).is_some_and(|n| site.bounds.contains(&(p + n))))
    }

    /// True when the list item at `span` may be a brand: of a brand's length, holding a
    /// proper noun, and no place the rules know.
    fn brand_item(&self, site: &Site<'_, '_>, span: Span) -> bool {
        site.tokens.iter().any(|t| span.contains(t.span) && is_proper(t)) && self.counted_item(site, span)
    }

    /// True when the list item at `span`, counted as a firm, may be a brand: of a brand's
    /// length, no generic word and no place the rules know.
    fn counted_item(&self, site: &Site<'_, '_>, span: Span) -> bool {
        let name = span.slice(site.text);
        BRAND_CHARS.contains(&name.chars().count())
            && !self.generic_cores.contains(name)
            && self.region_token(name, "ns").is_none()
    }

    /// Adds the tagger's name at `span` of `text` to `added` when it is proposable and no
    /// group holds any of it.
    fn propose(&self, site: &Site<'_, '_>, span: Span, kind: InstitutionKind, kept: &[Group], added: &mut Vec<Group>) {
        if !common_word(site.tokens, span) {
            self.propose_word(site, span, kind, kept, added);
        }
    }

    /// [`Self::propose`] for a name a count of firms vouches for, a common word too (`甲、怪兽
    /// 两家`: a brand may be a word of the language).
    fn propose_word(
        &self,
        site: &Site<'_, '_>,
        span: Span,
        kind: InstitutionKind,
        kept: &[Group],
        added: &mut Vec<Group>,
    ) {
        if site.bounds.contains_span(span) && self.proposable(span.slice(site.text)) {
            add_named(site, span, kind, kept, added);
        }
    }

    /// The kind a cue word at the start of `rest` vouches for: a company's or an outlet's
    /// word.
    fn cue_at(&self, rest: &str) -> Option<InstitutionKind> {
        if self.company_cues.longest_prefix(rest).is_some() {
            Some(InstitutionKind::Company)
        } else if self.media_cues.longest_prefix(rest).is_some() {
            Some(InstitutionKind::Media)
        } else {
            None
        }
    }

    /// False when no name the tagger may propose can end with the token `last` (a cheap test
    /// before the tagger is asked): every tail of its last token is a tail of the name.
    fn may_end_name(&self, last: &Token<'_>) -> bool {
        !last.text.is_empty() && self.open_ending(last.text)
    }

    /// A name the tagger may propose: of a name's length, no generic word, with an open
    /// ending (there the rules decide).
    fn proposable(&self, name: &str) -> bool {
        NAME_CHARS.contains(&name.chars().count()) && !self.generic_cores.contains(name) && self.open_ending(name)
    }

    /// True when `text` holds only Han characters, letters and digits and no tail of it is a
    /// suffix, a known body or a unit's ending.
    fn open_ending(&self, text: &str) -> bool {
        text.chars().all(|c| crate::text::is_han(c) || c.is_ascii_alphanumeric())
            && !ends_with_word(&self.suffix_ac, text)
            && !ends_with_word(&self.named_ac, text)
            && !self.unit_ends.iter().any(|u| text.ends_with(u.as_str()))
    }
}

/// The sentence a name is proposed in: its text, tokens (in its coordinates), start in the
/// document and token boundaries.
struct Site<'t, 'a> {
    text: &'t str,
    tokens: &'t [Token<'a>],
    base: usize,
    bounds: Boundaries,
}

/// True when a group of `kept` (document spans; the sentence starts at `base`) holds or ends
/// at the sentence's byte `at`: the rules hold the name before a cue there.
fn held_before(kept: &[Group], base: usize, at: usize) -> bool {
    kept.iter().any(|g| g.span.start - base < at && g.span.end - base >= at)
}

/// Adds the name at `span` of the sentence to `added` as a body of `kind`, when no group of
/// `kept` or `added` holds any of it.
fn add_named(site: &Site<'_, '_>, span: Span, kind: InstitutionKind, kept: &[Group], added: &mut Vec<Group>) {
    let name = span.slice(site.text);
    let span = span.shift(site.base);
    if kept.iter().chain(added.iter()).any(|g| g.span.overlaps(span)) {
        return;
    }
    let body = NamedBody { name: name.to_string(), kind };
    added.push(Group { span, members: vec![Candidate::named(span, name, &body)], named: true });
}

/// `head` without the stock code closing it (`湖川医药（600000）` → `湖川医药`): six digits in
/// round brackets, full-width or not.
fn without_stock_code(head: &str) -> &str {
    let Some(inner) = head.strip_suffix(['）', ')']) else { return head };
    let Some(open) = inner.rfind(['（', '(']) else { return head };
    let code = &inner[open..].trim_start_matches(['（', '(']);
    if code.len() == STOCK_CODE_DIGITS && code.bytes().all(|b| b.is_ascii_digit()) {
        &head[..open]
    } else {
        head
    }
}

/// Tags the segmenter guesses for a coined name it does not know (`精禾`/a, `当安`/v): a
/// brand's core before a company's word in a heading (`brand_headings`).
const COINED_TAGS: [&str; 4] = ["v", "a", "ad", "vd"];

/// True when the token after a heading's colon opens a company's act or figure: a verb, a
/// number, a time, a preposition or an adverb (`拟`, `收到`, `9.6`, `25日`, `于`), not a
/// pronoun or a noun (`张晓明：我们…`, `地址：临江…`).
fn company_act(t: &Token<'_>) -> bool {
    t.tag.starts_with('v') || matches!(t.tag, "m" | "t" | "p" | "d")
}

/// Characters of a coined brand's core in running text (`岚弈`, `沅汐`).
const COINED_CORE_CHARS: std::ops::RangeInclusive<usize> = 2..=4;

/// True when `after`, the tokens after a brand, open a company's context: a verb or a
/// preposition (`被`, `任`, `宣布`), or `的` and a noun (`的新品`).
fn company_context(after: &[Token<'_>]) -> bool {
    match after {
        [t, ..] if t.tag.starts_with('v') && t.tag != VERB_NOUN_TAG || t.tag == "p" => true,
        [t, n, ..] => t.text == "的" && is_noun(n),
        _ => false,
    }
}

/// Digits of a stock code on the mainland exchanges (`600000`).
const STOCK_CODE_DIGITS: usize = 6;

/// True when `span` is one token the segmenter reads as no proper name (`法院`, tag `n`):
/// a common word, where a brand is a proper noun (`nz`, `nt`, …) or a word of Latin letters.
fn common_word(tokens: &[Token<'_>], span: Span) -> bool {
    tokens.iter().any(|t| t.span == span && !PROPER_TAGS.contains(&t.tag))
}

/// Characters of a brand in a list (`某某`, `某某科技`).
const BRAND_CHARS: std::ops::RangeInclusive<usize> = 2..=8;

/// Characters of the time words between a cited outlet and its report word (`9月26日`,
/// `此前`), at most.
const MAX_REPORT_GAP: usize = 8;

/// Tokens of one item of a brands' list, at most.
const MAX_ITEM_TOKENS: usize = 4;

/// Items of a brands' list read, at most.
const MAX_ITEMS: usize = 12;

/// Noun-like tokens between a list's close and its class noun (`等手机企业`), at most.
const MAX_CLASS_MODIFIERS: usize = 2;

/// True for a noun's tag (`n`, `nz`, `vn`, …): a class noun before one is no head.
fn is_noun(t: &Token<'_>) -> bool {
    t.tag.starts_with('n') || t.tag == "vn"
}

/// True for a proper name's token: a proper noun's tag, or Latin letters.
fn is_proper(t: &Token<'_>) -> bool {
    t.tag != "x" && PROPER_TAGS.contains(&t.tag) || t.text.bytes().any(|b| b.is_ascii_alphabetic())
}

/// True for a token of Han characters, letters and digits only.
fn is_word(t: &Token<'_>) -> bool {
    t.text.chars().all(|c| crate::text::is_han(c) || c.is_ascii_alphanumeric())
}

/// The token index where a list closing before the class noun at `class` ends: before its
/// `等` (`…等手机企业`) or its count of firms (`…两家企业`, `…4家头部企业`), over at most two
/// noun modifiers, with the number of a count that closes it; `None` when neither closes a
/// list there.
fn list_end(tokens: &[Token<'_>], class: usize) -> Option<(usize, Option<usize>)> {
    let mut j = class;
    while class - j < MAX_CLASS_MODIFIERS && j > 1 && is_noun(&tokens[j - 1]) && is_word(&tokens[j - 1]) {
        j -= 1;
    }
    let count = firm_count(tokens, j);
    if let Some((start, _)) = count {
        j = start;
    }
    if j > 0 && matches!(tokens[j - 1].text, "等" | "等等") {
        return Some((j - 1, None));
    }
    count
}

/// A count of firms closing a list with no class noun after it (`甲、乙、丙三家。`): token
/// `at` ends the count (`三家`, `4` `家`); the index where the list ends and the number.
fn bare_count(tokens: &[Token<'_>], at: usize) -> Option<(usize, Option<usize>)> {
    firm_count(tokens, at + 1).filter(|(_, n)| n.is_some())
}

/// The count of firms ending right before token `end` (`两家`, `4` `家`, `数家`): the index of
/// its first token and its number, when it has one.
fn firm_count(tokens: &[Token<'_>], end: usize) -> Option<(usize, Option<usize>)> {
    // `两` alone is no numeral to the number reader (it reads figures, where it is a weight).
    let number = |digits: &str| match digits {
        "两" => Some(2),
        _ => crate::extract::number::parse(digits).filter(|n| n.fract() == 0.0 && *n >= 1.0).map(|n| n as usize),
    };
    if end > 1 && tokens[end - 1].text == "家" && tokens[end - 2].tag == "m" {
        return Some((end - 2, number(tokens[end - 2].text)));
    }
    let t = tokens.get(end.checked_sub(1)?)?;
    let digits = t.text.strip_suffix('家').filter(|_| t.tag == "m")?;
    Some((end - 1, number(digits)))
}

/// The items of the `、` list ending at token `end`, in order: each middle item whole, the
/// first from its first proper word (`在青禾、金穗` → `青禾`, `金穗`), or whole when the list
/// is `counted` and it is one word or nouns alone after a boundary.
fn list_items(tokens: &[Token<'_>], end: usize, counted: bool) -> Vec<Span> {
    let mut items = Vec::new();
    let mut stop = end;
    while items.len() < MAX_ITEMS {
        let mut s = stop;
        while s > 0 && stop - s < MAX_ITEM_TOKENS && tokens[s - 1].text != LIST_COMMA && is_word(&tokens[s - 1]) {
            s -= 1;
        }
        if s == stop {
            break;
        }
        if s > 0 && tokens[s - 1].text == LIST_COMMA {
            items.push(Span::new(tokens[s].span.start, tokens[stop - 1].span.end));
            stop = s - 1;
            continue;
        }
        let mut f = stop;
        while f > s && (is_proper(&tokens[f - 1]) || is_noun(&tokens[f - 1])) {
            f -= 1;
        }
        // A counted list's first item after a boundary, one word or nouns alone, is whole
        // (`，甲、乙两家`).
        let whole = counted && (f == s || stop - s == 1) && (s == 0 || !is_word(&tokens[s - 1]));
        if let Some(f) = if whole { Some(s) } else { (f..stop).find(|&k| is_proper(&tokens[k])) } {
            items.push(Span::new(tokens[f].span.start, tokens[stop - 1].span.end));
        }
        break;
    }
    items.reverse();
    items
}

/// True when a word of `words` (a leftmost-longest automaton) ends `name`: some tail of it
/// is one whole word.
fn ends_with_word(words: &WordAutomaton, name: &str) -> bool {
    name.char_indices().any(|(i, _)| {
        let tail = &name[i..];
        words.find(tail).is_some_and(|m| m.start() == 0 && m.end() == tail.len())
    })
}
