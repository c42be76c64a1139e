//! # zhnews
//!
//! Turns Chinese health-policy news, as it comes off the web, into typed facts.
//!
//! The pipeline runs one way, one module per stage:
//!
//! ```text
//! bytes ─decode─▶ text ─normalize─▶ NormalizedText ─article─▶ ArticleLayout
//!       ─segment─▶ tokens ─extract─▶ Facts ─record─▶ Article (JSON of docs/FACTS.md)
//! ```
//!
//! Every fact points at its exact span in the decoded original input, in code points,
//! however much normalization changed the text (traditional → simplified, mojibake, pinyin
//! glosses, emoji debris, full-width forms).
//!
//! ```
//! let article = zhnews::extract("上海市卫生健康委员会\n2024-02-28\n今年全市新建56家社区卫生服务中心。").unwrap();
//! assert_eq!(article.schema_version, 1);
//! assert_eq!(article.meta.encoding, "UTF-8");
//! let json = article.to_json();
//! assert!(json.contains("\"institutions\""));
//! ```
//!
//! An [`Extractor`] holds every resource (dictionaries, automata, regexes), built once; it is
//! `Send + Sync` and cheap to clone, so threads share one.
//!
//! # The public surface
//!
//! [`Extractor`] and [`ExtractorBuilder`]; the free functions [`extract`],
//! [`extract_bytes`], [`extract_text`] (fragment mode, with [`TextOptions`]), [`normalize`]
//! and [`segment`] (on a shared default extractor);
//! [`NormalizedText`] with its [`TextRepair`]s; the record [`Article`] with [`Meta`],
//! [`Repair`] and the facts ([`Institution`], [`Figure`], [`DateMention`], [`Program`],
//! [`Person`], [`Event`], each located by [`Mention`]s); [`Decoded`]; [`Error`].
//!
//! # Module map
//!
//! The modules are private; this is where each concept lives.
//!
//! * `decode` — stage 1: bytes → text ([`Decoded`]), encoding detection, size limit.
//! * `normalize` — stage 2: text → [`NormalizedText`] (`alignment`: the piecewise map back
//!   to the original; `repair`: edits and repairs; one file per step: `mojibake`, `noise`,
//!   `script`, `pinyin`, `width`; `tables`, `codec`, `chars`: their data).
//! * `article` — stage 3: normalized text → `ArticleLayout` (title, metadata, body,
//!   sentences): `lines` classifies lines, `meta` reads metadata lines, `sentences` splits.
//! * `segment` — stage 4: jieba with the health-policy lexicon.
//! * `extract` — stage 5: `Doc` (`doc.rs`) → `Facts`, one module per fact type, run in a
//!   fixed order (`dates` with `calendar`, `figures` with `number`, `institutions/` — lexicon, find,
//!   regions, merge —, `people`, `programs`, `events` with `congresses`), sharing `quotes`
//!   and `spans`.
//! * `facts` — the fact types, generic over their location, beneath every extractor.
//! * `record` — stage 6: facts → [`Article`], mapping byte spans to code points.
//! * `schema` — feature `schema`: the JSON Schema of the record (`docs/record.schema.json`).
//! * [`tables`] — public: records flattened into one typed table per fact type (the one
//!   definition behind `zhnews.to_tables` and the command's Parquet output).
//! * `show` — a view: an [`Article`] highlighted on its page as one HTML file
//!   ([`Extractor::show`]; the line roles come from `article::roles`).
//! * `lexicon` — the one reader of the data files in `src/lexicon/` (syntax in its README).
//! * `names` — the spelling of enum values (serde's names, the one source).
//! * `text` — character classes (`is_han`) and stepping over characters.
//! * `lists` — large lists mapped to another type without holding both whole.
//! * `span` — [`Span`], byte spans of a text.
//! * `error` — [`Error`], the one error type.
//! * [`internals`] — hidden: the stages, for this crate's own tests and benches; not API.

mod article;
mod automaton;
mod decode;
mod error;
mod extract;
mod facts;
mod gazetteer;
#[cfg(feature = "html")]
pub mod html;
mod lexicon;
mod lists;
mod markers;
mod names;
mod normalize;
mod record;
#[cfg(feature = "schema")]
pub mod schema;
mod segment;
mod show;
mod span;
pub mod tables;
mod tagger;
mod text;

pub use decode::{Decoded, DEFAULT_MAX_INPUT_BYTES};
pub use error::{Error, Result};
pub use facts::{
    Approx, DateKind, DateMention, DateModifier, DateValue, Event, Figure, FigureKind, Institution, InstitutionKind,
    Mention, Person, Program,
};
pub use normalize::{NormalizedText, RepairKind, Script, TextRepair};
pub use record::{Article, Meta, Repair, SCHEMA_VERSION};
pub use show::Layout;
pub use span::Span;

#[doc(hidden)]
pub mod internals;

use std::sync::{Arc, LazyLock};

/// Everything built once per process: the normalizer, the layout parser, the segmenter
/// and the extractors.
#[derive(Debug)]
struct Resources {
    normalizer: normalize::Normalizer,
    parser: article::ArticleParser,
    segmenter: segment::Segmenter,
    extractors: extract::Extractors,
}

impl Resources {
    /// Builds every resource on two threads of about equal work: jieba's dictionary and
    /// part-of-speech model (read from tables prebuilt at compile time,
    /// `vendor/jieba-rs/PATCH.md`) and the layout parser on a second thread, the normalizer
    /// and the extractors on this one.
    fn new(user_words: &[segment::UserWord]) -> Self {
        std::thread::scope(|scope| {
            let second = scope.spawn(|| {
                let segmenter = segment::Segmenter::new(user_words);
                segment::Segmenter::warm_up_tagger();
                (segmenter, article::ArticleParser::new())
            });
            let normalizer = normalize::Normalizer::new();
            let extractors = extract::Extractors::new();
            let (segmenter, parser) = second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Resources { normalizer, parser, segmenter, extractors }
        })
    }
}

static DEFAULT_RESOURCES: LazyLock<Arc<Resources>> = LazyLock::new(|| Arc::new(Resources::new(&[])));
static DEFAULT_EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// The pipeline, configured. Cheap to clone; share it between threads.
///
/// ```
/// use zhnews::Extractor;
/// let extractor = Extractor::builder().reference_date("2024-06-01").unwrap().build();
/// let worker = extractor.clone(); // shares the resources
/// std::thread::spawn(move || worker.extract("5月22日，会议召开。").unwrap()).join().unwrap();
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    resources: Arc<Resources>,
    options: Options,
}

#[derive(Debug, Clone)]
struct Options {
    decode: decode::DecodeOptions,
    reference_date: Option<DateValue>,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    /// The default configuration, sharing the process-wide resources.
    pub fn new() -> Self {
        Extractor {
            resources: Arc::clone(&DEFAULT_RESOURCES),
            options: Options { decode: decode::DecodeOptions::default(), reference_date: None },
        }
    }

    /// Starts a configuration.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts the record of an article given as text.
    pub fn extract(&self, text: &str) -> Result<Article> {
        self.check_text(text)?;
        Ok(self.run(text, "UTF-8", &[]))
    }

    /// The checks every text input passes, as decoded bytes do: the size limit
    /// ([`Error::TooLarge`]) and text that is mostly NULs or control characters
    /// ([`Error::NotText`]). [`extract`](Self::extract) runs them; bindings run them before
    /// [`normalize`](Self::normalize) and [`segment`](Self::segment).
    ///
    /// ```
    /// let e = zhnews::Extractor::new();
    /// assert!(e.check_text("国家卫生健康委员会").is_ok());
    /// assert!(matches!(e.check_text("\0\0\0\0"), Err(zhnews::Error::NotText { .. })));
    /// ```
    pub fn check_text(&self, text: &str) -> Result<()> {
        decode::check_size(text.len(), self.options.decode.max_input_bytes)?;
        decode::reject_binary(text)
    }

    /// Extracts the record of an article given as bytes in any supported encoding
    /// (detected, or set with [`ExtractorBuilder::encoding`]).
    ///
    /// ```
    /// let (big5, _, _) = encoding_rs::BIG5.encode("臺北市政府衛生局今日表示，將擴大社區醫療服務。");
    /// let article = zhnews::Extractor::new().extract_bytes(&big5).unwrap();
    /// assert_eq!(article.meta.encoding, "Big5");
    /// ```
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Article> {
        let decoded = self.decode(bytes)?;
        Ok(self.extract_decoded(&decoded))
    }

    /// Decodes bytes exactly as [`extract_bytes`](Self::extract_bytes) does, for callers
    /// that need the decoded original (the text the record's offsets point into).
    pub fn decode(&self, bytes: &[u8]) -> Result<Decoded> {
        decode::decode(bytes, &self.options.decode)
    }

    /// Extracts the record of bytes already decoded by [`decode`](Self::decode).
    ///
    /// ```
    /// let extractor = zhnews::Extractor::new();
    /// let (gbk, _, _) = encoding_rs::GBK.encode("国家卫生健康委员会召开新闻发布会。");
    /// let decoded = extractor.decode(&gbk).unwrap();
    /// assert_eq!(extractor.extract_decoded(&decoded), extractor.extract_bytes(&gbk).unwrap());
    /// ```
    pub fn extract_decoded(&self, decoded: &Decoded) -> Article {
        self.run(&decoded.text, decoded.encoding, &decoded.malformed)
    }

    /// This configuration with another reference date, sharing the resources (cheap).
    pub fn with_reference_date(&self, iso: &str) -> Result<Extractor> {
        let mut extractor = self.clone();
        extractor.options.reference_date = ExtractorBuilder::default().reference_date(iso)?.reference_date;
        Ok(extractor)
    }

    /// This configuration decoding with another encoding label, sharing the resources (cheap).
    pub fn with_encoding(&self, label: &str) -> Result<Extractor> {
        let mut extractor = self.clone();
        extractor.options.decode.encoding = Some(decode::encoding_for_label(label)?);
        Ok(extractor)
    }

    /// Normalizes text without extracting.
    pub fn normalize(&self, text: &str) -> NormalizedText {
        self.resources.normalizer.normalize(text)
    }

    /// Segments text into words with the health-policy lexicon (and the user words).
    pub fn segment<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.resources.segmenter.words(text)
    }

    /// Extracts the record of a text with no page around it — a fragment, a sentence from a
    /// spreadsheet, a body a crawler already isolated: every line is body (nothing is read
    /// as title, furniture or metadata), and the meta fields come from `options`.
    ///
    /// Offsets index `text`. With a [`TextOptions::title`], the title is a title (its facts
    /// are reported like a page title's) and the record's [`Article::text`] holds what the
    /// offsets index: the title, a line break, then `text`. A [`TextOptions::published_at`]
    /// is the record's `published_at` and the reference of partial and relative dates.
    ///
    /// ```
    /// use zhnews::{Extractor, TextOptions};
    /// let extractor = Extractor::new();
    /// let article = extractor.extract_text("三百万元", &TextOptions::new()).unwrap();
    /// assert_eq!(article.figures[0].value, 3_000_000.0);
    /// assert_eq!((article.figures[0].mention.start, article.figures[0].mention.end), (0, 4));
    ///
    /// let options = TextOptions::new().title("全市卫生工作会议召开").published_at("2024-03-01").unwrap();
    /// let article = extractor.extract_text("会议于昨天召开。", &options).unwrap();
    /// assert_eq!(article.meta.title.as_deref(), Some("全市卫生工作会议召开"));
    /// assert_eq!(article.meta.published_at.as_deref(), Some("2024-03-01"));
    /// assert_eq!(article.text.as_deref(), Some("全市卫生工作会议召开\n会议于昨天召开。"));
    /// ```
    pub fn extract_text(&self, text: &str, options: &TextOptions) -> Result<Article> {
        self.extract_plain(text, "UTF-8", &[], options)
    }

    /// [`extract_text`](Self::extract_text) on bytes already decoded by
    /// [`decode`](Self::decode): the record states their encoding and malformed bytes.
    ///
    /// ```
    /// let extractor = zhnews::Extractor::new();
    /// let (gbk, _, _) = encoding_rs::GBK.encode("三百万元");
    /// let decoded = extractor.decode(&gbk).unwrap();
    /// let article = extractor.extract_text_decoded(&decoded, &zhnews::TextOptions::new()).unwrap();
    /// assert_eq!((article.meta.encoding.as_str(), article.figures.len()), ("GBK", 1));
    /// ```
    pub fn extract_text_decoded(&self, decoded: &Decoded, options: &TextOptions) -> Result<Article> {
        self.extract_plain(&decoded.text, decoded.encoding, &decoded.malformed, options)
    }

    fn extract_plain(&self, text: &str, encoding: &str, malformed: &[Span], options: &TextOptions) -> Result<Article> {
        let title = options.title.as_deref().map(|t| t.replace(['\r', '\n'], " "));
        let (composed, shift) = match &title {
            Some(t) => (std::borrow::Cow::Owned(format!("{t}\n{text}")), t.len() + 1),
            None => (std::borrow::Cow::Borrowed(text), 0),
        };
        self.check_text(&composed)?;
        let malformed: Vec<Span> = malformed.iter().map(|m| Span::new(m.start + shift, m.end + shift)).collect();
        let r = &*self.resources;
        let mut normalized = r.normalizer.normalize(&composed);
        let title_end = title.map(|t| normalized.position_of(t.len()));
        let layout = article::plain::layout(normalized.as_str(), title_end);
        let reference = options.published_at.or(self.options.reference_date);
        let source = record::Source { original: &composed, encoding, malformed: &malformed };
        let mut article = self.facts_and_record(source, &mut normalized, &layout, reference);
        article.meta.published_at = options.published_at.map(|d| d.to_string());
        article.meta.source = options.source.as_deref().map(|s| r.normalizer.normalize(s).into_string());
        if options.title.is_some() {
            article.text = Some(composed.into_owned());
        }
        Ok(article)
    }

    /// A self-contained HTML page (inline CSS, no script, no network) showing `article` on
    /// `text`, what its offsets index (the input, or [`Article::text`]): each line with its
    /// role (title, meta, credit, caption, furniture greyed, body), every fact mention and
    /// repair highlighted in place with the record in its tooltip, and the record beside it.
    /// `layout` says how the record was extracted. All text is escaped.
    ///
    /// ```
    /// let extractor = zhnews::Extractor::new();
    /// let text = "首页 | 新闻\n市卫健委召开会议\n2024-03-01 来源：健康报\n会议指出，全市<b>新建</b>56家社区卫生服务中心。";
    /// let article = extractor.extract(text).unwrap();
    /// let html = extractor.show(text, &article, zhnews::Layout::Page);
    /// assert!(html.contains("<span class=\"role\">furniture</span>"));
    /// assert!(html.contains("&lt;b&gt;") && !html.contains("<b>"));
    /// assert!(html.contains("<mark class=\"f-fig\" data-span=\"51-54\""));
    /// ```
    pub fn show(&self, text: &str, article: &Article, layout: Layout) -> String {
        let roles: Vec<(Span, &'static str)> = match layout {
            Layout::Page => {
                let r = &*self.resources;
                let normalized = r.normalizer.normalize(text);
                let parsed = r.parser.parse(normalized.as_str());
                let roles = r.parser.line_roles(normalized.as_str(), &parsed);
                roles.into_iter().map(|(span, role)| (normalized.to_original(span), role.name())).collect()
            }
            // The caller's title is the first line of the text the offsets index.
            Layout::Fragment if article.meta.title.is_some() => {
                vec![(Span::new(0, text.find('\n').unwrap_or(text.len())), "title")]
            }
            Layout::Fragment => Vec::new(),
        };
        show::render(text, article, &roles)
    }

    fn run(&self, original: &str, encoding: &str, malformed: &[Span]) -> Article {
        self.run_page(original, encoding, malformed, &[])
    }

    /// A headline from a page's markup as a record title: normalized, without a column
    /// prefix or a media tag (FACTS §4 "Meta").
    #[cfg(feature = "html")]
    fn markup_title(&self, headline: &str) -> String {
        article::markup_title(self.resources.normalizer.normalize(headline).as_str())
    }

    /// [`run`](Self::run) on the text of a page whose markup prints `headlines` (`og:title`,
    /// `<title>`): evidence for the title choice.
    fn run_page(&self, original: &str, encoding: &str, malformed: &[Span], headlines: &[&str]) -> Article {
        let r = &*self.resources;
        let mut normalized = r.normalizer.normalize(original);
        let headlines: Vec<String> = headlines.iter().map(|h| r.normalizer.normalize(h).as_str().to_string()).collect();
        let layout = r.parser.parse_page(normalized.as_str(), &headlines);
        let reference =
            layout.published_at.as_ref().and_then(|s| DateValue::parse(&s.iso)).or(self.options.reference_date);
        self.facts_and_record(record::Source { original, encoding, malformed }, &mut normalized, &layout, reference)
    }

    /// Stages 4–6 on a laid-out text: segment, extract, build the record.
    fn facts_and_record(
        &self,
        source: record::Source<'_>,
        normalized: &mut NormalizedText,
        layout: &article::ArticleLayout,
        reference: Option<DateValue>,
    ) -> Article {
        let r = &*self.resources;
        // The document's sentences and tokens go before the record is built.
        let facts = {
            let doc = extract::Doc::new(normalized.as_str(), layout, &r.segmenter, reference);
            r.extractors.run(&doc)
        };
        let repairs = normalized.take_repairs();
        record::build(source, normalized, repairs, layout, facts)
    }
}

/// What a caller of [`Extractor::extract_text`] already knows about the text: its title,
/// publication date and source. All optional; the default knows nothing.
///
/// ```
/// let options = zhnews::TextOptions::new().title("标题").source("健康报").published_at("2024-03-01T09:30").unwrap();
/// assert!(zhnews::TextOptions::new().published_at("March 1").is_err());
/// # let _ = options;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextOptions {
    title: Option<String>,
    /// The date: the record's (as ISO) and the reference of partial dates.
    published_at: Option<DateValue>,
    source: Option<String>,
}

impl TextOptions {
    /// Knows nothing: no title, date or source.
    pub fn new() -> Self {
        Self::default()
    }

    /// The title of the text (line breaks in it become spaces).
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// The publication time, ISO 8601 `YYYY-MM-DD[THH:MM[:SS]]` (a space may stand for
    /// `T`); an invalid or yearless date is [`Error::InvalidDate`].
    pub fn published_at(mut self, iso: &str) -> Result<Self> {
        let date = DateValue::parse(iso)
            .filter(|d| d.year.is_some() && d.day.is_some())
            .ok_or_else(|| Error::InvalidDate(iso.to_string()))?;
        self.published_at = Some(date);
        Ok(self)
    }

    /// The outlet the text comes from (normalized like any meta string).
    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }
}

/// Configures an [`Extractor`].
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    decode: decode::DecodeOptions,
    reference_date: Option<DateValue>,
    user_words: Vec<segment::UserWord>,
}

impl ExtractorBuilder {
    /// Decode bytes with this encoding (a WHATWG label such as `gbk`, `big5`, `utf-16le`)
    /// instead of detecting one.
    pub fn encoding(mut self, label: &str) -> Result<Self> {
        self.decode.encoding = Some(decode::encoding_for_label(label)?);
        Ok(self)
    }

    /// Fail with [`Error::Decode`] on malformed bytes instead of replacing them.
    pub fn strict_decoding(mut self, strict: bool) -> Self {
        self.decode.strict = strict;
        self
    }

    /// Refuse inputs over `bytes` with [`Error::TooLarge`] (default 16 MiB).
    pub fn max_input_bytes(mut self, bytes: usize) -> Self {
        self.decode.max_input_bytes = bytes;
        self
    }

    /// Resolve partial dates against this ISO date when the page states no publication date.
    pub fn reference_date(mut self, iso: &str) -> Result<Self> {
        self.reference_date = Some(
            DateValue::parse(iso).filter(|d| d.year.is_some()).ok_or_else(|| Error::InvalidDate(iso.to_string()))?,
        );
        Ok(self)
    }

    /// Adds a word to the segmenter's dictionary (frequency and jieba POS tag optional).
    pub fn user_word(mut self, word: &str, freq: Option<usize>, tag: Option<&str>) -> Self {
        self.user_words.push(segment::UserWord { word: word.to_string(), freq, tag: tag.map(str::to_string) });
        self
    }

    /// Builds the extractor. Without user words it shares the process-wide resources;
    /// with them it builds its own once.
    pub fn build(self) -> Extractor {
        let resources = if self.user_words.is_empty() {
            Arc::clone(&DEFAULT_RESOURCES)
        } else {
            Arc::new(Resources::new(&self.user_words))
        };
        Extractor { resources, options: Options { decode: self.decode, reference_date: self.reference_date } }
    }
}

/// Extracts with the shared default [`Extractor`].
pub fn extract(text: &str) -> Result<Article> {
    DEFAULT_EXTRACTOR.extract(text)
}

/// Extracts from bytes with the shared default [`Extractor`].
pub fn extract_bytes(bytes: &[u8]) -> Result<Article> {
    DEFAULT_EXTRACTOR.extract_bytes(bytes)
}

/// Extracts a text with no page around it with the shared default [`Extractor`]; see
/// [`Extractor::extract_text`].
///
/// ```
/// let article = zhnews::extract_text("12月1日至1月1日", &zhnews::TextOptions::new()).unwrap();
/// assert_eq!(article.dates.len(), 1);
/// ```
pub fn extract_text(text: &str, options: &TextOptions) -> Result<Article> {
    DEFAULT_EXTRACTOR.extract_text(text, options)
}

/// Segments text into words with the shared default resources (the health-policy lexicon).
///
/// ```
/// assert_eq!(zhnews::segment("推进分级诊疗"), ["推进", "分级诊疗"]);
/// ```
pub fn segment(text: &str) -> Vec<&str> {
    DEFAULT_EXTRACTOR.segment(text)
}

/// Normalizes text with the shared default resources.
///
/// ```
/// let n = zhnews::normalize("上海市卫生健康委员会");
/// assert_eq!(n.as_str(), "上海市卫生健康委员会");
/// assert!(n.repairs().is_empty());
/// ```
pub fn normalize(text: &str) -> NormalizedText {
    DEFAULT_EXTRACTOR.normalize(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + Clone>() {}

    /// Every stage looks up its lexicon sections and row keys when it is built; a name the
    /// data file lacks panics here, not as a silently empty word list at run time.
    #[test]
    fn resources_build_with_every_lexicon_name_known() {
        let resources = Resources::new(&[]);
        assert!(!resources.segmenter.words("卫健委").is_empty());
    }

    #[test]
    fn extractor_is_send_sync_clone() {
        assert_send_sync::<Extractor>();
    }

    #[test]
    fn empty_input_is_an_empty_record() {
        let a = extract("").unwrap();
        assert_eq!(a.body, "");
        assert!(a.institutions.is_empty() && a.repairs.is_empty());
        assert_eq!(extract_bytes(b"").unwrap().meta.encoding, "UTF-8");
    }

    #[test]
    fn size_limit_applies_to_text_too() {
        let e = Extractor::builder().max_input_bytes(3).build();
        assert_eq!(e.extract("四个字").unwrap_err(), Error::TooLarge { size: 9, limit: 3 });
    }

    #[test]
    fn per_call_variants_validate_and_share_resources() {
        let e = Extractor::new();
        assert!(matches!(e.with_reference_date("nope"), Err(Error::InvalidDate(_))));
        assert!(matches!(e.with_encoding("klingon"), Err(Error::UnknownEncoding(_))));
        let big5 = e.with_encoding("big5").unwrap();
        let (bytes, _, _) = encoding_rs::BIG5.encode("臺北市衛生局");
        assert_eq!(big5.extract_bytes(&bytes).unwrap().meta.encoding, "Big5");
        assert_eq!(big5.decode(&bytes).unwrap().text, "臺北市衛生局");
        assert!(Arc::ptr_eq(&big5.resources, &e.resources));
        let dated = e.with_reference_date("2024-06-01").unwrap();
        assert_eq!(dated.options.reference_date, Some(DateValue::ymd(2024, 6, 1)));
        assert!(Arc::ptr_eq(&dated.resources, &e.resources));
    }

    #[test]
    fn malformed_bytes_are_one_damaged_repair() {
        let bytes = ["上海市".as_bytes(), &b"\xff"[..], "卫生健康委员会".as_bytes()].concat();
        let a = Extractor::builder().encoding("utf-8").unwrap().build().extract_bytes(&bytes).unwrap();
        let damaged: Vec<_> = a.repairs.iter().filter(|r| r.kind == RepairKind::Damaged).collect();
        assert_eq!(damaged.len(), 1, "{damaged:?}");
        assert_eq!((damaged[0].start, damaged[0].end, damaged[0].before.as_str()), (3, 4, "\u{fffd}"));
    }

    #[test]
    fn bad_reference_date_is_an_error() {
        assert!(matches!(Extractor::builder().reference_date("yesterday"), Err(Error::InvalidDate(_))));
    }
}

/// The README's Rust examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
