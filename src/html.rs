//! HTML input (cargo feature `html`): a crawled page → the text the pipeline reads, plus
//! the page's metadata as evidence.
//!
//! **In:** the bytes of an HTML page. **Out:** [`HtmlPage`] — the extracted text (the
//! "original" that every offset of the record then points into, carried in
//! [`Article::text`]), the encoding used, the metadata found in the markup
//! ([`HtmlMeta`]) and a map from the text back to byte offsets in the HTML source.
//! [`Extractor::extract_html`] runs the whole pipeline on it.
//!
//! **Parsing** is html5ever's (through `scraper`), the algorithm browsers use; no regexes.
//!
//! **Charset**, first that applies: a byte-order mark; the encoding given to the builder
//! ([`ExtractorBuilder::encoding`](crate::ExtractorBuilder::encoding), like a transport-layer
//! charset); `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">`
//! in the first 4 KiB (a byte-level pre-scan as in the HTML standard; a declared UTF-16 on
//! ASCII bytes means UTF-8; a declared legacy charset is ignored when the bytes are clearly
//! UTF-8, i.e. valid UTF-8 with multi-byte characters, as a page re-encoded without updating its
//! `<meta>` is); else the usual detection of [`Extractor::decode`].
//!
//! **Text:** text nodes in document order. Whitespace runs collapse to one space as a
//! browser renders them, except that a run holding a line break between two CJK
//! characters vanishes (CSS Text segment-break rule) when the run lies inside the text (not
//! across the start or end of an element, where it parts two items such as a name and a
//! date) and `<pre>` keeps its text as is.
//! Block elements (`p`, `div`, `li`, `h1`–`h6`, `tr`, …) start and end lines, paragraph
//! blocks (`p`, headings, `section`, `article`, tables, lists, …) are set off by a blank
//! line, `<br>` is a line break, table cells are separated by a space. Dropped: `head`
//! (except as evidence), `script`, `style`, `noscript`, `template`, `iframe`, `svg`,
//! comments, hidden elements (`hidden`, `aria-hidden="true"`, inline `display:none`; not
//! `visibility:hidden`, which pages set on their article until a script reveals it),
//! form controls (`input`, `button`, `select`, `textarea`; not the `form` itself, which
//! sites built on server-side forms wrap around a whole page), and page furniture: `nav`,
//! `footer`, `aside`, and elements whose `class` or `id` has a word naming furniture
//! (`nav`, `menu`, `footer`, `breadcrumb`, `share`, `copyright`, `sidebar`, `toolbar`,
//! `topbar`, `related`, `recommend`, `qrcode`, `qr`, `logo`, `comment`, …; words split at `-`, `_` and spaces).
//! A share box keeps its first element whose `class`/`id` names a date or time (`time`,
//! `pub-date`): the article's date line, which some layouts print among the share buttons.
//!
//! **Metadata as evidence** ([`HtmlMeta`]): `<title>`, `og:title`, `article:published_time`
//! (and `PubDate`/`publishdate` metas of government sites), `og:site_name`,
//! `ContentSource`, `<meta name="author">`, `og:article:author`/`article:author`, the first
//! `<time datetime>`. **The page text wins:** a record field (`title`, `published_at`,
//! `source`, `authors`) that the article stage read from the text is kept even when the
//! markup says otherwise; the markup only fills fields the text left empty (title: `og:title`,
//! else `<title>` cut at its first ` - `, `_`, `|` or ` — ` separator — the markup's
//! headlines are also evidence for the title choice of the text, [`HtmlMeta::headlines`]; date:
//! `article:published_time`, else `PubDate`, else `<time datetime>`; source: `og:site_name`,
//! else `ContentSource`, else an author meta naming the outlet; authors: the author metas
//! but one naming the outlet, i.e. one that begins the last part of `<title>`). A date from
//! the markup is also the reference date for partial dates when the text states none (it
//! beats the builder's
//! [`reference_date`](crate::ExtractorBuilder::reference_date), which is for pages that state
//! no date at all).
//!
//! **Guards:** the builder's size limit applies to the HTML bytes; elements nested deeper
//! than [`MAX_DEPTH`] are refused ([`Error::NotText`]) before parsing, since tree building
//! slows down quadratically with depth; attribute values are read only for the few metas
//! above and cut to [`MAX_META_CHARS`]; the walk over the tree is iterative.

use crate::decode::{decode, encoding_for_label};
use crate::error::{Error, Result};
use crate::record::Article;
use crate::span::Span;
use crate::{DateValue, Decoded, Extractor};
use ego_tree::iter::Edge;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use scraper::{Html, Node};

/// Deepest element nesting accepted (browsers cap their trees near here too).
pub const MAX_DEPTH: usize = 512;
/// Longest metadata value kept, in characters.
pub const MAX_META_CHARS: usize = 1024;
/// How far into the bytes the charset pre-scan and the HTML sniffing look.
const PRESCAN_BYTES: usize = 4096;

/// Separators between a page's title and its site's name in `<title>`.
const TITLE_SEPARATORS: [&str; 6] = [" - ", "_", "|", " — ", " – ", "－"];

/// Metadata found in the markup: evidence for the record's `meta`, never text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlMeta {
    /// `<title>`, whitespace collapsed.
    pub title: Option<String>,
    pub og_title: Option<String>,
    /// `article:published_time`, as given.
    pub published_time: Option<String>,
    /// `PubDate` / `publishdate` / `pubdate` metas, as given.
    pub pub_date: Option<String>,
    /// The first `<time datetime>` of the body, as given.
    pub time_datetime: Option<String>,
    pub site_name: Option<String>,
    /// `<meta name="ContentSource">` (Chinese government sites).
    pub content_source: Option<String>,
    /// `<meta name="author">`, `og:article:author`, `article:author`, in page order, deduplicated.
    pub authors: Vec<String>,
}

impl HtmlMeta {
    /// The title the markup gives: `og:title`, else `<title>` up to its first separator.
    pub fn best_title(&self) -> Option<String> {
        if let Some(t) = self.og_title.as_ref().filter(|t| !t.is_empty()) {
            return Some(t.clone());
        }
        let title = self.title.as_deref()?;
        let cut = TITLE_SEPARATORS.iter().filter_map(|sep| title.find(sep)).min().unwrap_or(title.len());
        let t = title[..cut].trim();
        (!t.is_empty()).then(|| t.to_string())
    }

    /// The headlines the markup prints (`og:title`, `<title>` whole), evidence for the
    /// title choice of the page text; a title that is only the site's name (`og:site_name`)
    /// is none.
    pub fn headlines(&self) -> Vec<&str> {
        let site = self.site_name.as_deref().map(str::trim).filter(|s| !s.is_empty());
        [&self.og_title, &self.title]
            .into_iter()
            .flatten()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty() && Some(*t) != site)
            .collect()
    }

    /// The last part of `<title>` after a separator: where pages name their site or channel.
    fn title_tail(&self) -> Option<&str> {
        let title = self.title.as_deref()?;
        let at = TITLE_SEPARATORS.iter().filter_map(|sep| title.rfind(sep).map(|i| i + sep.len())).max()?;
        Some(title[at..].trim()).filter(|t| !t.is_empty())
    }

    /// Whether an author meta names the outlet: the `<title>`'s last part begins with it
    /// (`author` = the site, the title ending in the site's or one of its channels' name).
    fn names_outlet(&self, author: &str) -> bool {
        self.title_tail().is_some_and(|tail| tail.starts_with(author))
    }

    /// The publication date the markup gives, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`.
    pub fn best_published_at(&self) -> Option<String> {
        [&self.published_time, &self.pub_date, &self.time_datetime].into_iter().flatten().find_map(|s| iso_stamp(s))
    }

    /// The author metas that may name a writer: not the site itself (a portal's `author`
    /// meta naming it on every page: the value opens `og:site_name` or the `<title>`'s last
    /// part), not a template's placeholder with a contact address
    /// (an `@`), not a number (a user id).
    pub fn writer_authors(&self) -> Vec<String> {
        let site = |a: &str| self.names_outlet(a) || self.site_name.as_deref().is_some_and(|s| s.trim().starts_with(a));
        self.authors
            .iter()
            .filter(|a| !a.contains('@') && a.chars().any(char::is_alphabetic) && !site(a))
            .cloned()
            .collect()
    }

    /// The outlet the markup names: `og:site_name`, else `ContentSource`, else an author
    /// meta naming the outlet.
    pub fn best_source(&self) -> Option<String> {
        let outlet = || self.authors.iter().find(|a| self.names_outlet(a)).cloned();
        self.site_name.clone().or_else(|| self.content_source.clone()).or_else(outlet).filter(|s| !s.is_empty())
    }
}

/// An HTML page turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlPage {
    /// The extracted text: what a reader sees, one block per line.
    pub text: String,
    /// The encoding the HTML was decoded with (canonical name).
    pub encoding: &'static str,
    /// Byte spans in `text` of U+FFFD characters standing for malformed input.
    pub malformed: Vec<Span>,
    pub meta: HtmlMeta,
    /// For each code point of `text`, and one past the end: the byte offset in the HTML
    /// source bytes it comes from (a line break made by markup maps to the tag).
    source_offsets: Vec<u32>,
}

impl HtmlPage {
    /// The page's text as decoded input (for [`Extractor::extract_text_decoded`]: fragment
    /// mode on the text of a page).
    pub fn into_decoded(self) -> Decoded {
        Decoded { text: self.text, encoding: self.encoding, malformed: self.malformed }
    }

    /// The byte offset in the HTML source of code point `cp` of [`text`](Self::text)
    /// (`cp` = the text's length gives the end of the source). Exact for characters
    /// written literally in the source; a character written as an entity maps to its `&`.
    pub fn source_offset(&self, cp: usize) -> usize {
        let i = cp.min(self.source_offsets.len().saturating_sub(1));
        self.source_offsets.get(i).map_or(0, |&o| o as usize)
    }
}

/// Whether `bytes` look like HTML: after a UTF-8 BOM and whitespace, the first 4 KiB hold
/// `<!doctype html`, `<html`, `<head` or `<body`, or the input starts with a tag or comment
/// of HTML (`<div`, `<p>`, `<meta`, `<!--`, …).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + PRESCAN_BYTES)];
    if head.first() != Some(&b'<') {
        return false;
    }
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let contains = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if [&b"<!doctype html"[..], b"<html", b"<head", b"<body"].iter().any(|n| contains(n)) {
        return true;
    }
    const STARTS: [&str; 18] = [
        "<!--", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<section", "<main", "<h1", "<h2", "<table",
        "<span", "<br", "<ul", "<a ", "<link", "<script",
    ];
    STARTS.iter().any(|s| lower.starts_with(s.as_bytes()))
}

/// The charset a `<meta>` in the first 4 KiB declares, by the HTML standard's pre-scan.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let mut i = 0;
    while i < head.len() {
        if head[i..].starts_with(b"<!--") {
            i = find(head, i + 4, b"-->").map_or(head.len(), |j| j + 3);
            continue;
        }
        if head[i] == b'<' && head.len() >= i + 6 && head[i + 1..i + 5].eq_ignore_ascii_case(b"meta") {
            let after = head[i + 5];
            if after.is_ascii_whitespace() || after == b'/' {
                let (attrs, end) = attributes(head, i + 5);
                if let Some(enc) = meta_charset(&attrs) {
                    return Some(if enc == UTF_16LE || enc == UTF_16BE { UTF_8 } else { enc });
                }
                i = end;
                continue;
            }
        }
        i += 1;
    }
    None
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// Attributes of a tag from `i` (just after its name) to its `>`: (lowercased name, value).
fn attributes(b: &[u8], mut i: usize) -> (Vec<(String, String)>, usize) {
    let mut attrs = Vec::new();
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'>' {
            return (attrs, i + 1);
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = String::from_utf8_lossy(&b[start..i]).to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let s = i + 1;
                let e = b[s..].iter().position(|&c| c == q).map_or(b.len(), |p| s + p);
                value = String::from_utf8_lossy(&b[s..e]).into_owned();
                i = e + 1;
            } else {
                let s = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = String::from_utf8_lossy(&b[s..i]).into_owned();
            }
        }
        if name.is_empty() {
            i += 1;
        } else {
            attrs.push((name, value));
        }
    }
}

fn meta_charset(attrs: &[(String, String)]) -> Option<&'static Encoding> {
    let get = |n: &str| attrs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
    if let Some(cs) = get("charset") {
        return encoding_for_label(cs).ok();
    }
    if get("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-type")) {
        let content = get("content")?.to_ascii_lowercase();
        let at = content.find("charset")?;
        let rest = content[at + 7..].trim_start().strip_prefix('=')?.trim_start();
        let rest = rest.trim_start_matches(['"', '\'']);
        let end = rest.find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace()).unwrap_or(rest.len());
        return encoding_for_label(&rest[..end]).ok();
    }
    None
}

/// Turns an HTML page into text and evidence, decoding as the module doc says.
fn parse(bytes: &[u8], options: &crate::decode::DecodeOptions) -> Result<HtmlPage> {
    crate::decode::check_size(bytes.len(), options.max_input_bytes)?;
    let mut options = *options;
    if options.encoding.is_none() {
        options.encoding = declared_charset(bytes).filter(|&enc| plausible_charset(enc, bytes));
    }
    let decoded = decode(bytes, &options)?;
    let bom = bom_len(bytes);
    guard_depth(&decoded.text)?;
    let html = Html::parse_document(&decoded.text);
    let mut walker = Walker::new(&decoded.text);
    walker.walk(&html);
    walker.end_caption();
    let Walker { out, offsets, mut meta, end, .. } = walker;
    meta.authors.dedup();
    let mut text = out;
    let mut offsets = offsets;
    // Trailing blank lines carry nothing.
    while text.ends_with(['\n', ' ']) {
        text.pop();
        offsets.pop();
    }
    offsets.push(end);
    let encoding = Encoding::for_label(decoded.encoding.as_bytes()).unwrap_or(UTF_8);
    let offsets = to_source_bytes(&decoded.text, &offsets, encoding, bom);
    let malformed = if decoded.malformed.is_empty() {
        Vec::new()
    } else {
        text.match_indices('\u{fffd}').map(|(i, s)| Span::new(i, i + s.len())).collect()
    };
    Ok(HtmlPage { text, encoding: decoded.encoding, malformed, meta, source_offsets: offsets })
}

/// Whether a charset declared in the markup fits the bytes: a legacy encoding does not
/// when the bytes are clearly UTF-8 (a page re-encoded to UTF-8 that kept its old `<meta>`;
/// browsers read the real charset from the HTTP header, which a saved page has lost).
fn plausible_charset(declared: &'static Encoding, bytes: &[u8]) -> bool {
    declared == UTF_8 || !crate::decode::clearly_utf8(bytes)
}

fn bom_len(bytes: &[u8]) -> usize {
    Encoding::for_bom(bytes).map_or(0, |(_, n)| n)
}

/// Maps byte offsets of the decoded (UTF-8) source to byte offsets of the source bytes.
fn to_source_bytes(decoded: &str, offsets: &[u32], encoding: &'static Encoding, bom: usize) -> Vec<u32> {
    if encoding == UTF_8 {
        return offsets.iter().map(|&o| o + bom as u32).collect();
    }
    let mut out = Vec::with_capacity(offsets.len());
    let (mut prev, mut acc) = (0usize, bom);
    for &o in offsets {
        let o = o as usize;
        if o >= prev {
            let chunk = &decoded[prev..o];
            acc += if encoding == UTF_16LE || encoding == UTF_16BE {
                chunk.encode_utf16().count() * 2
            } else {
                encoding.encode(chunk).0.len()
            };
            prev = o;
            out.push(acc as u32);
        } else {
            out.push(acc as u32);
        }
    }
    out
}

/// Refuses markup nested deeper than [`MAX_DEPTH`] (a lexical count of open tags, void
/// elements and self-closing tags aside; end tags close one level).
fn guard_depth(src: &str) -> Result<()> {
    let b = src.as_bytes();
    let (mut depth, mut i) = (0usize, 0usize);
    while let Some(p) = b[i..].iter().position(|&c| c == b'<') {
        i += p + 1;
        match b.get(i) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(b'!') if b[i..].starts_with(b"!--") => {
                i = find(b, i + 3, b"-->").map_or(b.len(), |j| j + 3);
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let end = b[i..].iter().position(|c| !c.is_ascii_alphanumeric()).map_or(b.len(), |p| i + p);
                let name = src[i..end].to_ascii_lowercase();
                if matches!(name.as_str(), "script" | "style" | "textarea" | "title" | "xmp") {
                    let close = format!("</{name}");
                    let lower_find = |from: usize| {
                        b.get(from..)?
                            .windows(close.len())
                            .position(|w| w.eq_ignore_ascii_case(close.as_bytes()))
                            .map(|p| p + from)
                    };
                    i = lower_find(end).unwrap_or(b.len());
                    continue;
                }
                let tag_end = b[end..].iter().position(|&c| c == b'>').map_or(b.len(), |p| end + p);
                let self_closing = tag_end > 0 && b.get(tag_end - 1) == Some(&b'/');
                if !is_void(&name) && !self_closing && !matches!(name.as_str(), "p" | "li" | "td" | "tr" | "option") {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(Error::NotText { reason: "HTML nested deeper than 512 elements" });
                    }
                }
                i = end;
            }
            _ => {}
        }
    }
    Ok(())
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

const DROPPED: [&str; 19] = [
    "head", "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "object", "embed", "nav",
    "footer", "aside", "button", "select", "textarea", "input", "audio",
];

const FURNITURE_WORDS: [&str; 26] = [
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "foot",
    "breadcrumb",
    "breadcrumbs",
    "crumb",
    "crumbs",
    "share",
    "sharing",
    "copyright",
    "sidebar",
    "toolbar",
    "related",
    "recommend",
    "qrcode",
    "comment",
    "comments",
    "advert",
    "login",
    "qr",
    "logo",
    "topbar",
    // pinyin of 举报, the report-abuse link of Chinese sites
    "jubao",
];

/// Fewest characters of an `<h1>` taken for the page's headline.
const MIN_HEADLINE_CHARS: usize = 6;

/// Words of an `id` that name the article itself (`artical` is a frequent spelling of it).
const ARTICLE_WORDS: [&str; 5] = ["article", "artical", "content", "text", "detail"];

/// Furniture by its `class` or `id` words, unless its `id` names it the article: an id is
/// the one name of a region of the page, while class words are often hooks of behaviour
/// that scripts attach to the article too (an area where images can be shared).
fn is_furniture(el: &scraper::node::Element) -> bool {
    let furniture = |v: &str| has_word(v, &FURNITURE_WORDS);
    if el.attr("id").is_some_and(|id| has_word(id, &ARTICLE_WORDS) && !furniture(id)) {
        return false;
    }
    class_or_id_has(el, &FURNITURE_WORDS)
}

/// Words of a `class` or `id` naming a box of share buttons.
const SHARE_WORDS: [&str; 2] = ["share", "sharing"];

/// Words of a `class` or `id` naming an element that prints the article's date or time.
const STAMP_WORDS: [&str; 5] = ["time", "date", "pubtime", "pubdate", "ptime"];

/// A box of share buttons: furniture, but some layouts put the article's date line inside
/// it, beside the buttons (`<div class="share_box"><p class="time">2024-05-17</p>…`); the
/// first element of the box whose `class`/`id` names a date or time is kept, the rest dropped.
fn is_share_box(el: &scraper::node::Element) -> bool {
    class_or_id_has(el, &SHARE_WORDS)
}

/// Whether an element's `class` or `id` names a date or time (`time`, `pub-date`).
fn names_stamp(el: &scraper::node::Element) -> bool {
    class_or_id_has(el, &STAMP_WORDS)
}

fn is_hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() || el.attr("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
        return true;
    }
    if let Some(style) = el.attr("style") {
        let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if s.contains("display:none") {
            return true;
        }
    }
    false
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

fn clip(s: &str) -> String {
    let collapsed: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.chars().take(MAX_META_CHARS).collect()
}

mod caption;
mod links;
mod markup;

use markup::{break_of, class_or_id_has, has_word, Break};

/// A line of the text that began right below a picture: a caption if [`caption::is_caption`].
struct CaptionLine {
    /// Where the line starts in `out` (bytes) and in `offsets`.
    start: usize,
    start_char: usize,
    /// The looks of its text nodes joined (apart and heading: all; bold: all).
    look: caption::Look,
    /// Whether a text node with visible text has joined it yet.
    seen: bool,
}

/// Builds the text while walking the tree.
struct Walker<'s> {
    source: &'s str,
    /// Where in `source` the next text node is looked for.
    cursor: usize,
    out: String,
    /// Source offset (decoded source bytes) of each char of `out`.
    offsets: Vec<u32>,
    /// A space is owed before the next visible character.
    space: bool,
    /// Whether the pending whitespace held a line break (for the CJK rule).
    space_had_newline: bool,
    /// Whether the pending whitespace runs across the start or end of an element (then it
    /// parts two items of the layout, a name and a date, and stays even between CJK).
    space_crossed: bool,
    /// Source offset just past the last visible character emitted.
    end: u32,
    /// Source offset of the whitespace owed.
    space_at: u32,
    /// Line breaks owed before the next visible character (0, 1 or 2).
    breaks: usize,
    pre: usize,
    meta: HtmlMeta,
    /// A picture was the last thing shown: the next line may be its caption.
    after_image: bool,
    /// The line below a picture being written.
    caption: Option<CaptionLine>,
    /// The look of the text node being written.
    look: caption::Look,
}

impl<'s> Walker<'s> {
    fn new(source: &'s str) -> Self {
        Walker {
            source,
            cursor: 0,
            out: String::with_capacity(source.len() / 3),
            offsets: Vec::new(),
            space: false,
            space_had_newline: false,
            space_crossed: false,
            space_at: 0,
            end: 0,
            breaks: 0,
            pre: 0,
            meta: HtmlMeta::default(),
            after_image: false,
            caption: None,
            look: caption::Look::default(),
        }
    }

    fn walk(&mut self, html: &Html) {
        // Depth of the dropped subtree we are in (0 = none).
        let mut skip = 0usize;
        // Inside a dropped share box: whether its date element is still to be found, and
        // the depth of that element while it is being written ([`is_share_box`]).
        let mut stamp_wanted = false;
        let mut kept: Option<usize> = None;
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(el) => {
                        let name = el.name();
                        self.evidence(name, el, &node);
                        self.space_crossed |= self.space;
                        if skip > 0 {
                            skip += 1;
                            if stamp_wanted && names_stamp(el) && !is_hidden(el) {
                                stamp_wanted = false;
                                kept = Some(skip);
                            }
                            if kept.is_some() {
                                self.block(break_of(name));
                            }
                            continue;
                        }
                        let hidden_input = name == "input";
                        let dropped = DROPPED.contains(&name)
                            || hidden_input
                            || is_hidden(el)
                            || is_furniture(el)
                            || (matches!(name, "ul" | "ol") && links::is_link_list(&node));
                        if dropped && !self.holds_headline(name, el, &node) {
                            skip = 1;
                            stamp_wanted = is_share_box(el);
                            continue;
                        }
                        match name {
                            "br" => self.hard_break(),
                            "pre" => self.pre += 1,
                            "img" => self.after_image = caption::is_photo(&node),
                            _ => {}
                        }
                        self.block(break_of(name));
                    }
                    Node::Text(t) => {
                        let raw: &str = t;
                        let at = self.locate_start(raw);
                        if skip == 0 || kept.is_some() {
                            if self.after_image || self.caption.is_some() {
                                self.look = caption::look_of(&node);
                            }
                            self.text(raw, at);
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) => {
                    if let Node::Element(el) = node.value() {
                        self.space_crossed |= self.space;
                        if skip > 0 {
                            if kept.is_some() {
                                self.block(break_of(el.name()));
                            }
                            if kept == Some(skip) {
                                kept = None;
                            }
                            skip -= 1;
                            continue;
                        }
                        if el.name() == "pre" {
                            self.pre = self.pre.saturating_sub(1);
                        }
                        self.block(break_of(el.name()));
                    }
                }
            }
        }
    }

    /// Whether furniture (by its tag or its class/id words) holds the page's headline: an
    /// `<h1>` whose text begins the page's `<title>` or is its `og:title`. Such an element is
    /// the article's header set aside by the layout (headline, date and source line), not
    /// furniture; a site's logo in an `<h1>` is not the beginning of an article's title.
    fn holds_headline(&self, name: &str, el: &scraper::node::Element, node: &ego_tree::NodeRef<'_, Node>) -> bool {
        let furniture = matches!(name, "nav" | "footer" | "aside") || is_furniture(el);
        if !furniture || is_hidden(el) {
            return false;
        }
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let title = self.meta.title.as_deref().map(squeeze).unwrap_or_default();
        let og_title = self.meta.og_title.as_deref().map(squeeze).unwrap_or_default();
        node.descendants().filter(|d| d.value().as_element().is_some_and(|e| e.name() == "h1")).any(|h1| {
            let text: String = h1.descendants().filter_map(|d| d.value().as_text().map(|t| squeeze(t))).collect();
            text.chars().count() >= MIN_HEADLINE_CHARS && (title.starts_with(&text) || og_title == text)
        })
    }

    /// Collects metadata from elements anywhere in the page (dropped ones included).
    fn evidence(&mut self, name: &str, el: &scraper::node::Element, node: &ego_tree::NodeRef<'_, Node>) {
        match name {
            "title" if self.meta.title.is_none() => {
                let t: String = node.children().filter_map(|c| c.value().as_text().map(|t| t.to_string())).collect();
                let t = clip(&t);
                if !t.is_empty() {
                    self.meta.title = Some(t);
                }
            }
            "meta" => {
                let key = el.attr("property").or_else(|| el.attr("name")).or_else(|| el.attr("itemprop"));
                let (Some(key), Some(content)) = (key, el.attr("content")) else { return };
                let content = clip(content);
                if content.is_empty() {
                    return;
                }
                let key = key.to_ascii_lowercase();
                let slot = match key.as_str() {
                    "og:title" => &mut self.meta.og_title,
                    "article:published_time" | "datepublished" => &mut self.meta.published_time,
                    "pubdate" | "publishdate" | "publish_date" | "firstpublishedtime" => &mut self.meta.pub_date,
                    "og:site_name" => &mut self.meta.site_name,
                    "contentsource" => &mut self.meta.content_source,
                    "author" | "og:article:author" | "article:author" => {
                        if !self.meta.authors.contains(&content) {
                            self.meta.authors.push(content);
                        }
                        return;
                    }
                    _ => return,
                };
                if slot.is_none() {
                    *slot = Some(content);
                }
            }
            "script" if self.meta.pub_date.is_none() && el.attr("type") == Some("application/ld+json") => {
                let data: String = node.children().filter_map(|c| c.value().as_text().map(|t| t.to_string())).collect();
                self.meta.pub_date = linked_data_date(&data);
            }
            "time" if self.meta.time_datetime.is_none() => {
                if let Some(dt) = el.attr("datetime") {
                    self.meta.time_datetime = Some(clip(dt));
                }
            }
            _ => {}
        }
    }

    fn block(&mut self, b: Break) {
        match b {
            Break::Inline => {}
            Break::Cell => {
                if !self.space {
                    self.space_at = self.cursor as u32;
                }
                self.space = true;
            }
            Break::Line => self.breaks = self.breaks.max(1),
            Break::Paragraph => self.breaks = 2,
        }
    }

    fn hard_break(&mut self) {
        if self.out.is_empty() {
            return;
        }
        self.end_caption();
        let at = self.cursor as u32;
        self.flush_breaks(at);
        self.push('\n', at);
        self.space = false;
    }

    fn push(&mut self, c: char, at: u32) {
        self.out.push(c);
        self.offsets.push(at);
    }

    fn flush_breaks(&mut self, at: u32) {
        if self.breaks > 0 && !self.out.is_empty() {
            self.end_caption();
            while self.out.ends_with(' ') {
                self.out.pop();
                self.offsets.pop();
            }
            let have = self.out.chars().rev().take_while(|&c| c == '\n').count();
            for _ in have..self.breaks {
                self.push('\n', at);
            }
            self.space = false;
        }
        self.breaks = 0;
    }

    /// Finds where text node `raw` starts in the source, from the cursor on, and returns the
    /// source offset of each of its chars (one past the end too); moves the cursor past it.
    fn locate_start(&mut self, raw: &str) -> Vec<u32> {
        let src = self.source;
        if let Some(p) = src[self.cursor..].find(raw) {
            let start = self.cursor + p;
            let mut v: Vec<u32> = raw.char_indices().map(|(i, _)| (start + i) as u32).collect();
            self.cursor = start + raw.len();
            v.push(self.cursor as u32);
            return v;
        }
        // Entities or normalized newlines: match char by char.
        let mut v = Vec::with_capacity(raw.len() + 1);
        let mut p = self.cursor;
        for c in raw.chars() {
            let rest = &src[p.min(src.len())..];
            if rest.starts_with(c) {
                v.push(p as u32);
                p += c.len_utf8();
            } else if let Some(entity) = rest.strip_prefix('&') {
                v.push(p as u32);
                let len =
                    entity.find(|ch: char| !ch.is_ascii_alphanumeric() && ch != '#').map_or(rest.len(), |e| e + 1);
                p += len + usize::from(rest[len..].starts_with(';'));
            } else if c == '\n' && rest.starts_with('\r') {
                v.push(p as u32);
                p += if rest.starts_with("\r\n") { 2 } else { 1 };
            } else {
                match rest.find(c) {
                    Some(q) if q < 64 => {
                        v.push((p + q) as u32);
                        p += q + c.len_utf8();
                    }
                    _ => v.push(p as u32),
                }
            }
        }
        self.cursor = p.min(src.len());
        v.push(self.cursor as u32);
        v
    }

    fn text(&mut self, raw: &str, at: Vec<u32>) {
        for (k, c) in raw.chars().enumerate() {
            let here = at[k];
            if self.pre > 0 {
                if c == '\n' {
                    self.flush_breaks(here);
                    self.push('\n', here);
                    self.space = false;
                } else {
                    self.emit(c, here);
                    self.end = at[k + 1];
                }
                continue;
            }
            if c.is_whitespace() && c != '\u{3000}' && c != '\u{a0}' {
                if !self.out.is_empty() && !self.out.ends_with('\n') {
                    if !self.space {
                        self.space_had_newline = false;
                        self.space_crossed = false;
                        self.space_at = here;
                    }
                    self.space = true;
                    self.space_had_newline |= c == '\n' || c == '\r';
                }
                continue;
            }
            self.emit(c, here);
            self.end = at[k + 1];
        }
    }

    fn emit(&mut self, c: char, at: u32) {
        self.flush_breaks(at);
        self.follow_caption(c);
        if self.space {
            let prev = self.out.chars().next_back();
            let drop = self.space_had_newline && !self.space_crossed && prev.is_some_and(is_cjk) && is_cjk(c);
            if !drop && prev.is_some_and(|p| p != '\n') {
                self.push(' ', self.space_at.min(at));
            }
            self.space = false;
            self.space_had_newline = false;
            self.space_crossed = false;
        }
        self.push(c, at);
    }
}

impl Walker<'_> {
    /// Keeps track of the line below a picture as `c` is about to be written: the line
    /// starts there when `c` opens a line right after a picture; its visible text joins
    /// the look of the text node `c` is in.
    fn follow_caption(&mut self, c: char) {
        if self.after_image {
            self.after_image = false;
            if self.out.is_empty() || self.out.ends_with('\n') {
                let look = caption::Look { apart: true, bold: true, heading: false };
                let start_char = self.offsets.len();
                self.caption = Some(CaptionLine { start: self.out.len(), start_char, look, seen: false });
            }
        }
        let look = self.look;
        if let Some(line) = self.caption.as_mut().filter(|_| !c.is_whitespace() && c != '\u{3000}' && c != '\u{a0}') {
            line.seen = true;
            line.look.apart &= look.apart;
            line.look.bold &= look.bold;
            line.look.heading |= look.heading;
        }
    }

    /// Ends the line below a picture: a caption ([`caption::is_caption`]) leaves the text.
    fn end_caption(&mut self) {
        let Some(line) = self.caption.take() else { return };
        if line.seen && caption::is_caption(&self.out[line.start..], line.look) {
            self.out.truncate(line.start);
            self.offsets.truncate(line.start_char);
            self.space = false;
        }
    }
}

/// The publication day of a linked-data block (`<script type="application/ld+json">`): the
/// day of the string value of its first `datePublished` or `pubDate` key, as `YYYY-MM-DD`.
/// Its time is left out: such blocks often give it in another zone, with no offset.
fn linked_data_date(data: &str) -> Option<String> {
    ["\"datePublished\"", "\"pubDate\""].iter().find_map(|key| {
        let rest = data[data.find(key)? + key.len()..].trim_start().strip_prefix(':')?.trim_start();
        let value = rest.strip_prefix('"')?;
        let iso = iso_stamp(&value[..value.find('"')?])?;
        Some(iso[..10].to_string())
    })
}

/// A date of the markup as the record's ISO form (`YYYY-MM-DD[THH:MM[:SS]]`), or `None`.
fn iso_stamp(s: &str) -> Option<String> {
    let s = s.trim();
    let digits = |t: &str| t.chars().all(|c| c.is_ascii_digit());
    let date_part: String = s.chars().take_while(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.')).collect();
    let mut parts = date_part.split(['-', '/', '.']).filter(|p| !p.is_empty());
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if !(y.len() == 4 && digits(y) && digits(m) && digits(d)) {
        return None;
    }
    let (y, m, d): (i32, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !DateValue::ymd(y, m, d).is_valid() {
        return None;
    }
    let mut iso = format!("{y:04}-{m:02}-{d:02}");
    let rest = s[date_part.len()..].trim_start_matches(['T', ' ']);
    let hms: Vec<&str> =
        rest.split(|c: char| !c.is_ascii_digit() && c != ':').next().unwrap_or("").split(':').collect();
    if hms.len() >= 2 && hms.iter().all(|p| p.len() == 2 && digits(p)) {
        let (h, mi): (u8, u8) = (hms[0].parse().ok()?, hms[1].parse().ok()?);
        if h < 24 && mi < 60 {
            iso.push_str(&format!("T{h:02}:{mi:02}"));
            if let Some(sec) = hms.get(2).and_then(|x| x.parse::<u8>().ok()).filter(|&x| x < 60) {
                iso.push_str(&format!(":{sec:02}"));
            }
        }
    }
    Some(iso)
}

impl Extractor {
    /// Turns an HTML page into text and evidence, decoding as [`html`](crate::html) says,
    /// with this extractor's decoding options (encoding, strictness, size limit).
    ///
    /// ```
    /// let page = zhnews::Extractor::new()
    ///     .html_page(b"<html><body><p>first</p><p>second<br>line</p><script>x()</script></body></html>")
    ///     .unwrap();
    /// assert_eq!(page.text, "first\n\nsecond\nline");
    /// ```
    pub fn html_page(&self, bytes: &[u8]) -> Result<HtmlPage> {
        parse(bytes, &self.options.decode)
    }

    /// Extracts the record of an HTML page: the facts of its text, `meta` filled from the
    /// markup where the text says nothing, and [`Article::text`] set to the extracted text
    /// that every offset points into.
    ///
    /// ```
    /// let html = "<html><head><title>示例 - 某网站</title>\
    ///     <meta property=\"article:published_time\" content=\"2024-03-01T09:30:00+08:00\"></head>\
    ///     <body><nav>首页 | 新闻</nav><p>3月1日，国家卫生健康委员会召开新闻发布会。</p></body></html>";
    /// let article = zhnews::Extractor::new().extract_html(html.as_bytes()).unwrap();
    /// assert_eq!(article.meta.published_at.as_deref(), Some("2024-03-01T09:30:00"));
    /// let text = article.text.as_deref().unwrap();
    /// assert!(!text.contains('<') && !text.contains("首页"));
    /// let inst = &article.institutions[0].mentions[0];
    /// assert_eq!(text.chars().skip(inst.start).take(inst.end - inst.start).collect::<String>(), inst.text);
    /// ```
    pub fn extract_html(&self, bytes: &[u8]) -> Result<Article> {
        let page = self.html_page(bytes)?;
        Ok(self.extract_html_page(&page))
    }

    /// Extracts the record of a page already turned into text by [`html_page`](Self::html_page).
    pub fn extract_html_page(&self, page: &HtmlPage) -> Article {
        let markup_date = page.meta.best_published_at();
        let dated;
        let extractor = match markup_date.as_deref().and_then(DateValue::parse) {
            Some(date) => {
                let mut e = self.clone();
                e.options.reference_date = Some(date);
                dated = e;
                &dated
            }
            None => self,
        };
        let mut article = extractor.run_page(&page.text, page.encoding, &page.malformed, &page.meta.headlines());
        let meta = &mut article.meta;
        if meta.title.is_none() {
            meta.title = page.meta.best_title().map(|t| extractor.markup_title(&t)).filter(|t| !t.is_empty());
        }
        if meta.published_at.is_none() {
            meta.published_at = markup_date;
        }
        if meta.source.is_none() {
            meta.source = page.meta.best_source();
        }
        if meta.authors.is_empty() {
            let parser = &extractor.resources.parser;
            meta.authors = page.meta.writer_authors().into_iter().filter(|a| !parser.is_outlet(a)).collect();
        }
        article.text = Some(page.text.clone());
        article
    }

    /// Extracts from bytes that may be HTML or text: HTML (by [`looks_like_html`]) goes
    /// through [`extract_html`](Self::extract_html), anything else through
    /// [`extract_bytes`](Self::extract_bytes).
    pub fn extract_auto(&self, bytes: &[u8]) -> Result<Article> {
        if looks_like_html(bytes) {
            self.extract_html(bytes)
        } else {
            self.extract_bytes(bytes)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_html() {
        assert!(looks_like_html(b"\xEF\xBB\xBF  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<div class=x>text</div>"));
        assert!(!looks_like_html("上海市卫生健康委员会".as_bytes()));
        assert!(!looks_like_html(b"<<not html"));
    }

    #[test]
    fn charset_prescan() {
        assert_eq!(declared_charset(b"<html><head><meta charset=\"gbk\">").unwrap().name(), "GBK");
        assert_eq!(declared_charset(b"<META CHARSET=gb2312>").unwrap().name(), "GBK");
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">";
        assert_eq!(declared_charset(equiv).unwrap().name(), "Big5");
        assert_eq!(declared_charset(b"<meta charset=utf-16>").unwrap().name(), "UTF-8");
        assert!(declared_charset(b"<!-- <meta charset=gbk> --><p>x").is_none());
        assert!(declared_charset(b"<p>no meta</p>").is_none());
    }

    #[test]
    fn declared_legacy_charset_yields_to_clear_utf8_bytes() {
        let e = Extractor::new();
        // Bytes in UTF-8 under a stale gb2312 declaration: read as UTF-8.
        let stale = "<meta charset=gb2312><p>市疾控中心今天发布了季节性流感防治提示。</p>";
        let page = e.html_page(stale.as_bytes()).unwrap();
        assert_eq!(page.encoding, "UTF-8");
        assert_eq!(page.text, "市疾控中心今天发布了季节性流感防治提示。");
        // Bytes really in GBK under the same declaration stay GBK.
        let (gbk, _, _) = encoding_rs::GBK.encode(stale);
        let page = e.html_page(&gbk).unwrap();
        assert_eq!(page.encoding, "GBK");
        assert_eq!(page.text, "市疾控中心今天发布了季节性流感防治提示。");
        // Too few multi-byte characters to overrule the page: the declaration stands.
        let short = "<meta charset=gbk><p>ab é</p>";
        assert_eq!(e.html_page(short.as_bytes()).unwrap().encoding, "GBK");
        // An encoding given to the builder is not second-guessed.
        let forced = Extractor::builder().encoding("gbk").unwrap().build().html_page(stale.as_bytes()).unwrap();
        assert_eq!(forced.encoding, "GBK");
    }

    #[test]
    fn an_id_naming_the_article_outweighs_furniture_class_words() {
        let e = Extractor::new();
        let text = |html: &str| e.html_page(html.as_bytes()).unwrap().text;
        // A behaviour hook in the class of the article's own container.
        let kept = "<div id=\"article_body\" class=\"js-photo-share-zone\"><p>区医院开设了夜间门诊。</p></div>";
        assert_eq!(text(kept), "区医院开设了夜间门诊。");
        // The same class without such an id, or an id that is itself furniture: dropped.
        assert_eq!(text("<p>正文。</p><div class=\"js-photo-share-zone\"><p>分享到</p></div>"), "正文。");
        assert_eq!(text("<p>正文。</p><div id=\"article_share\" class=\"box\"><p>分享到</p></div>"), "正文。");
        assert_eq!(text("<p>正文。</p><div id=\"nav\" class=\"article_list\"><p>其他文章</p></div>"), "正文。");
        // A class naming the article does not rescue a furniture class.
        assert_eq!(text("<p>正文。</p><div class=\"article share\"><p>分享到</p></div>"), "正文。");
    }

    #[test]
    fn a_share_box_keeps_the_date_line_it_holds() {
        let e = Extractor::new();
        let text = |html: &str| e.html_page(html.as_bytes()).unwrap().text;
        let boxed = "<h2>区医院开设夜间门诊</h2><div class=\"share_box\"><p class=\"time\"><span>2024-05-17</span>\
            <span> · </span><span>某某健康</span></p><div class=\"to_hide\"><span>分享到</span></div></div>\
            <p>区医院开设了夜间门诊。</p>";
        assert_eq!(text(boxed), "区医院开设夜间门诊\n\n2024-05-17 · 某某健康\n\n区医院开设了夜间门诊。");
        let article = e.extract_html(boxed.as_bytes()).unwrap();
        assert_eq!(article.meta.published_at.as_deref(), Some("2024-05-17"));
        // Only the first date element of the box; a hidden one, or a box without one, gives nothing.
        let two = "<p>正文。</p><div id=\"share\"><span class=\"pub-date\">2024-05-17</span>\
            <span class=\"time\">2024-05-18</span><a>微博</a></div>";
        assert_eq!(text(two), "正文。\n\n2024-05-17");
        let hidden = "<p>正文。</p><div class=\"share\"><span class=\"time\" hidden>2024-05-17</span></div>";
        assert_eq!(text(hidden), "正文。");
        assert_eq!(text("<p>正文。</p><div class=\"share\"><span>分享到</span><a>微信</a></div>"), "正文。");
        // Other furniture keeps none of its dates (a comment's time).
        let comment = "<p>正文。</p><div class=\"comment\"><span class=\"time\">2024-05-18 09:21</span></div>";
        assert_eq!(text(comment), "正文。");
    }

    #[test]
    fn the_line_below_a_picture_set_apart_or_one_short_clause_is_its_caption() {
        let e = Extractor::new();
        let text = |html: &str| e.html_page(html.as_bytes()).unwrap().text;
        let p = "<p>县医院今日启用胸痛中心，救治时间大幅缩短。</p>";
        // Centered, in a caption element, in small print, or one short clause: dropped.
        let dropped = [
            "<p align=\"center\"><img src=\"a.jpg\"></p><p align=\"center\"><span>胸痛中心的导管室</span></p>",
            "<figure><img src=\"a.jpg\"><figcaption>新启用的胸痛中心外景，清晨时分</figcaption></figure>",
            "<center><img src=\"a.jpg\"></center><p>　　<font style=\"font-size: 9pt\">某报网站题为《县城医疗，迈上新台阶》的报道截图。</font></p>",
            "<div class=\"pic\"><img src=\"a.jpg\"><span class=\"img_desc\">医护人员在交接班</span></div>",
            "<p><img src=\"a.jpg\"></p><p>事发当天患者的化验单。</p>",
            "<p><img src=\"a.jpg\">新到的一批急救设备</p>",
        ];
        for d in dropped {
            assert_eq!(
                text(&format!("{p}{d}{p}")),
                format!("{0}\n\n{0}", "县医院今日启用胸痛中心，救治时间大幅缩短。"),
                "{d}"
            );
        }
        // Text, a subheading, a date, a label, a photographer's credit, an author under
        // an avatar, a line that goes on from text before the picture: kept.
        let kept = [
            ("<p><img src=\"a.jpg\"></p><p>据了解，中心配备专职医护20名。</p>", "据了解"),
            ("<p><img src=\"a.jpg\"></p><p><strong>推进分级诊疗</strong></p>", "推进分级诊疗"),
            ("<p><img src=\"a.jpg\"></p><p><span class=\"bjh-h3\">推进分级诊疗</span></p>", "推进分级诊疗"),
            ("<p><img src=\"a.jpg\"></p><p>三、加强队伍建设</p>", "加强队伍建设"),
            ("<p align=\"center\"><img src=\"a.jpg\"></p><p align=\"center\">2024年5月1日</p>", "2024年5月1日"),
            ("<p align=\"center\"><img src=\"a.jpg\"></p><p align=\"center\">编辑|王某</p>", "编辑|王某"),
            ("<p align=\"center\"><img src=\"a.jpg\"></p><p align=\"center\">导管室一角 李明远 摄</p>", "李明远 摄"),
            ("<div class=\"author-icon\"><img src=\"a.jpg\"></div><p>某某健康号</p>", "某某健康号"),
            ("<p>中心配备专职医护<img src=\"a.jpg\">二十名</p>", "二十名"),
            ("<h2><img src=\"a.jpg\">胸痛中心</h2>", "胸痛中心"),
        ];
        for (k, part) in kept {
            assert!(text(&format!("{p}{k}{p}")).contains(part), "{k}");
        }
    }

    #[test]
    fn a_list_whose_items_are_each_one_short_link_is_furniture() {
        let e = Extractor::new();
        let text = |html: &str| e.html_page(html.as_bytes()).unwrap().text;
        let p = "<p>县医院今日启用胸痛中心，救治时间大幅缩短。</p>";
        let li = |t: &str| format!("<li><a href=\"/a.html\">{t}</a></li>");
        let heads = ["某市社区医院延长夜间服务", "某区启动家庭医生签约周", "某县新建三所乡镇卫生院"];
        let links: String = heads.iter().map(|h| li(h)).collect();
        assert_eq!(text(&format!("{p}<ul>{links}</ul>")), "县医院今日启用胸痛中心，救治时间大幅缩短。");
        // A date after each link is still a list of links.
        let dated: String = heads.iter().map(|h| format!("<li><a href=\"/a.html\">{h}</a> 05-01</li>")).collect();
        assert!(!text(&format!("{p}<ol>{dated}</ol>")).contains("夜间服务"));
        // Two links, items of text with a link inside, long items: the article's list.
        let two: String = heads[..2].iter().map(|h| li(h)).collect();
        assert!(text(&format!("{p}<ul>{two}</ul>")).contains("夜间服务"));
        let points: String =
            heads.iter().map(|h| format!("<li>全年计划完成{h}工作，详见<a href=\"/a.html\">通知</a></li>")).collect();
        assert!(text(&format!("{p}<ul>{points}</ul>")).contains("夜间服务"));
        let long = "某".repeat(61);
        let longs: String = (0..3).map(|_| li(&long)).collect();
        assert!(text(&format!("{p}<ul>{longs}</ul>")).contains(&long));
    }

    #[test]
    fn a_form_shows_its_content_but_not_its_controls() {
        let e = Extractor::new();
        let text = |html: &str| e.html_page(html.as_bytes()).unwrap().text;
        let wrapped = "<body><form name=\"page\" method=\"post\"><input type=\"hidden\" name=\"state\" value=\"x\">\
            <div id=\"body\"><p>第一条　为了规范社区卫生服务，制定本办法。</p></div></form></body>";
        assert_eq!(text(wrapped), "第一条　为了规范社区卫生服务，制定本办法。");
        let search = "<p>正文。</p><form class=\"box\"><input name=\"q\"><select><option>全站</option></select>\
            <textarea>留言</textarea><button>搜索</button></form>";
        assert_eq!(text(search), "正文。");
    }

    #[test]
    fn furniture_holding_the_headline_is_the_article_header() {
        let e = Extractor::new();
        let text = |html: &str| e.html_page(html.as_bytes()).unwrap().text;
        let head = "<head><title>县里新建三所乡镇卫生院_某某网</title></head>";
        let aside = format!(
            "{head}<body><aside class=\"top-aside\"><h1>县里新建三所乡镇卫生院</h1><span>2023-04-02 08:15</span></aside>\
             <p>正文。</p></body>"
        );
        assert_eq!(text(&aside), "县里新建三所乡镇卫生院\n\n2023-04-02 08:15\n\n正文。");
        // A site's name in an h1 inside furniture is still furniture.
        let logo = format!("{head}<body><div class=\"logo\"><h1>某某网</h1></div><p>正文。</p></body>");
        assert_eq!(text(&logo), "正文。");
        // Another page's headline in a sidebar is furniture too.
        let other = format!("{head}<body><aside><h1>市里召开防汛工作会议</h1></aside><p>正文。</p></body>");
        assert_eq!(text(&other), "正文。");
    }

    #[test]
    fn a_line_break_between_elements_parts_cjk_items() {
        let e = Extractor::new();
        let text = |html: &str| e.html_page(html.as_bytes()).unwrap().text;
        // Wrapped inside one text node: the break vanishes between CJK characters.
        assert_eq!(text("<p>市卫生\n  健康委员会</p>"), "市卫生健康委员会");
        // Across elements (a name, then a date): the break is a space.
        let meta = "<div><span><a>健康小站\n  </a><div style=\"display:none\">卡片</div>\n</span>\n<em>昨天</em></div>";
        assert_eq!(text(meta), "健康小站 昨天");
        // Without a line break in the run, nothing changes: a space stays a space.
        assert_eq!(text("<div><a>健康小站</a> <em>昨天</em></div>"), "健康小站 昨天");
        assert_eq!(text("<div><a>健康小站</a><em>昨天</em></div>"), "健康小站昨天");
    }

    #[test]
    fn a_report_abuse_link_is_furniture() {
        let e = Extractor::new();
        let html = "<div>来源: <a>某报</a>\n<a class=\"post_jubao\">举报</a></div><p>正文。</p>";
        assert_eq!(e.html_page(html.as_bytes()).unwrap().text, "来源: 某报\n\n正文。");
        let kept = "<div>来源: <a>某报</a> <a class=\"post_report_time\">9时</a></div>";
        assert_eq!(e.html_page(kept.as_bytes()).unwrap().text, "来源: 某报 9时");
    }

    #[test]
    fn an_author_meta_naming_the_outlet_is_the_source() {
        let m = HtmlMeta {
            title: Some("区里开展义诊活动_某某新闻".into()),
            authors: vec!["某某".into()],
            ..Default::default()
        };
        assert!(m.writer_authors().is_empty());
        assert_eq!(m.best_source().as_deref(), Some("某某"));
        // A person's name that does not begin the title's last part stays an author.
        let m = HtmlMeta { authors: vec!["王五".into()], ..m };
        assert_eq!(m.writer_authors(), vec!["王五".to_string()]);
        assert_eq!(m.best_source(), None);
        // No separator in the title: nothing names the outlet.
        let m = HtmlMeta { title: Some("某某发布".into()), authors: vec!["某某".into()], ..Default::default() };
        assert_eq!(m.writer_authors(), vec!["某某".to_string()]);
    }

    #[test]
    fn a_linked_data_block_dates_the_page() {
        let html = r#"<html><head><title>示例</title><script type="application/ld+json">
            {"@type": "NewsArticle", "headline": "示例", "datePublished" : "2023-04-02T10:15:00"}
            </script></head><body><p>正文。</p></body></html>"#;
        let page = crate::Extractor::new().html_page(html.as_bytes()).unwrap();
        assert_eq!(page.meta.best_published_at().as_deref(), Some("2023-04-02"));
        assert!(!page.text.contains("datePublished"));
        assert_eq!(linked_data_date(r#"{"pubDate": "2021-13-40"}"#), None);
        assert_eq!(linked_data_date(r#"{"dateModified": "2021-03-04"}"#), None);
        assert_eq!(linked_data_date(r#"{"pubDate":"2021/3/4 08:00"}"#).as_deref(), Some("2021-03-04"));
    }

    #[test]
    fn iso_stamps() {
        assert_eq!(iso_stamp("2024-03-01T09:30:00+08:00").as_deref(), Some("2024-03-01T09:30:00"));
        assert_eq!(iso_stamp("2024/3/1").as_deref(), Some("2024-03-01"));
        assert_eq!(iso_stamp("2024-02-30"), None);
        assert_eq!(iso_stamp("yesterday"), None);
    }

    #[test]
    fn a_site_name_is_no_headline() {
        let m = HtmlMeta {
            title: Some("江南卫生信息港".into()),
            og_title: Some("某县开通夜间门诊".into()),
            site_name: Some("江南卫生信息港".into()),
            ..Default::default()
        };
        assert_eq!(m.headlines(), ["某县开通夜间门诊"]);
        let m = HtmlMeta { title: Some("某县开通夜间门诊_江南卫生信息港".into()), ..Default::default() };
        assert_eq!(m.headlines(), ["某县开通夜间门诊_江南卫生信息港"]);
    }

    #[test]
    fn title_cut_at_separator() {
        let m = HtmlMeta { title: Some("通知全文_国家卫生健康委员会".into()), ..Default::default() };
        assert_eq!(m.best_title().as_deref(), Some("通知全文"));
    }

    #[test]
    fn deep_nesting_is_refused_and_moderate_nesting_is_fine() {
        let e = Extractor::new();
        let deep = "<div>".repeat(MAX_DEPTH + 1);
        assert!(matches!(e.html_page(deep.as_bytes()), Err(Error::NotText { .. })));
        let ok = format!("{}文字{}", "<div>".repeat(200), "</div>".repeat(200));
        assert_eq!(e.html_page(ok.as_bytes()).unwrap().text, "文字");
    }

    #[test]
    fn whitespace_and_blocks() {
        let e = Extractor::new();
        let page = e
            .html_page("<p>国家卫生\n  健康委员会 said\n hello</p><ul><li>一</li><li>二</li></ul><table><tr><td>a</td><td>b</td></tr></table>".as_bytes())
            .unwrap();
        assert_eq!(page.text, "国家卫生健康委员会 said hello\n\n一\n二\n\na b");
    }

    #[test]
    fn offsets_point_into_the_source() {
        let src = "<html><body><p>甲乙 &amp; 丙</p></body></html>";
        let page = Extractor::new().html_page(src.as_bytes()).unwrap();
        assert_eq!(page.text, "甲乙 & 丙");
        let at = |cp| page.source_offset(cp);
        assert_eq!(&src[at(0)..at(2)], "甲乙");
        assert_eq!(&src[at(3)..at(4)], "&amp;");
        assert_eq!(&src[at(5)..at(6)], "丙");
    }

    #[test]
    fn gbk_offsets_are_bytes_of_the_source() {
        let (bytes, _, _) = encoding_rs::GBK.encode("<meta charset=gbk><p>卫生健康</p>");
        let page = Extractor::new().html_page(&bytes).unwrap();
        assert_eq!(page.encoding, "GBK");
        assert_eq!(page.text, "卫生健康");
        assert_eq!(page.source_offset(0), 21);
        assert_eq!(page.source_offset(1), 23);
    }
}
