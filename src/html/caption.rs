//! Photo captions of the markup: the line of text right below a picture (nothing printed
//! between them), when it is set apart as a caption (centered, in a small font, in a
//! `<figcaption>` or an element whose class names a caption) or is one short clause. A
//! caption is furniture (docs/FACTS.md); one that credits a photographer (`摄`) stays in the
//! text, where the article stage reads its credit.

use crate::text::is_han;
use ego_tree::NodeRef;
use scraper::node::Node;

/// Most characters of a caption set apart by the markup.
const MAX_CAPTION_CHARS: usize = 60;

/// Most characters of a caption printed like the text around it (one short clause).
const MAX_PLAIN_CAPTION_CHARS: usize = 25;

/// Largest font size of a caption's small print, in pixels (`font-size: 12px`, `9pt`).
const MAX_SMALL_PX: f32 = 13.0;

/// Class words of an element holding a caption (`image_desc`, `pic-note`, `img_title`).
const CAPTION_WORDS: [&str; 8] = ["caption", "figcaption", "desc", "pic", "img", "image", "photo", "imgtxt"];

/// Class words of an element holding a heading (`bjh-h3`, `sub-title`).
const HEADING_WORDS: [&str; 10] = ["h1", "h2", "h3", "h4", "h5", "h6", "title", "subtitle", "heading", "subhead"];

/// Class or id words of the elements around a picture that is no photo of the article: an
/// author's avatar or a site's icon, above a name, not a caption.
const NO_PHOTO_WORDS: [&str; 9] = ["avatar", "icon", "author", "logo", "user", "portrait", "profile", "head", "face"];

/// How many elements up from a picture [`NO_PHOTO_WORDS`] are looked for.
const NO_PHOTO_DEPTH: usize = 3;

/// How many elements up from a text node its look is read (inline ones, up to the first
/// block): a bound, so a page of deeply nested inline elements stays linear.
const MAX_LOOK_DEPTH: usize = 16;

/// Sentence stops: a caption is one sentence at most.
const STOPS: [char; 6] = ['。', '！', '？', '!', '?', '；'];

/// How a text node of the markup is set: what the elements around it, up to the first
/// block that holds it, say of it.
#[derive(Clone, Copy, Default)]
pub(super) struct Look {
    /// Centered, in small print, or in a caption element.
    pub(super) apart: bool,
    /// In bold (a subheading's look).
    pub(super) bold: bool,
    /// In a heading element.
    pub(super) heading: bool,
}

/// The look of the text node `node`.
pub(super) fn look_of(node: &NodeRef<'_, Node>) -> Look {
    let mut look = Look::default();
    for el in node.ancestors().take(MAX_LOOK_DEPTH).filter_map(|a| a.value().as_element()) {
        let name = el.name();
        look.bold |= matches!(name, "b" | "strong");
        look.heading |= matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
            || el.attr("class").is_some_and(|c| super::markup::has_word(c, &HEADING_WORDS));
        look.apart |= matches!(name, "center" | "figcaption") || set_apart(el);
        if super::markup::break_of(name) != super::markup::Break::Inline || name == "center" {
            break;
        }
    }
    look
}

/// Whether the picture `node` (an `<img>`) may be a photo of the article: neither it nor
/// the elements just around it name an avatar, an icon or a logo ([`NO_PHOTO_WORDS`]).
pub(super) fn is_photo(node: &NodeRef<'_, Node>) -> bool {
    let named = |el: &scraper::node::Element| {
        ["class", "id", "alt"].iter().any(|a| el.attr(a).is_some_and(|v| super::markup::has_word(v, &NO_PHOTO_WORDS)))
    };
    !std::iter::once(*node)
        .chain(node.ancestors())
        .take(NO_PHOTO_DEPTH + 1)
        .filter_map(|a| a.value().as_element())
        .any(named)
}

/// Whether `t` is a date alone (`2012年6月24日`, `2019-09-07 10:30`): digits and date marks.
fn bare_date(t: &str) -> bool {
    t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "年月日号时分秒-/.:：".contains(c))
}

/// Whether an element's attributes set its text apart: centered, small print, caption class.
fn set_apart(el: &scraper::node::Element) -> bool {
    let class = el.attr("class").is_some_and(|c| super::markup::has_word(c, &CAPTION_WORDS));
    let centered = el.attr("align").is_some_and(|a| a.eq_ignore_ascii_case("center"));
    let style = el.attr("style").map(|s| s.to_ascii_lowercase().replace(' ', "")).unwrap_or_default();
    class || centered || style.contains("text-align:center") || small_print(&style)
}

/// Whether a `style` value (lower case, no spaces) sets a small font (`font-size:12px`, `9pt`).
fn small_print(style: &str) -> bool {
    let Some(at) = style.find("font-size:") else { return false };
    let value = &style[at + "font-size:".len()..];
    let digits: String = value.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
    let Ok(size) = digits.parse::<f32>() else { return false };
    let unit = &value[digits.len()..];
    let px = if unit.starts_with("pt") {
        size * 4.0 / 3.0
    } else if unit.starts_with("px") {
        size
    } else {
        return false;
    };
    px > 0.0 && px <= MAX_SMALL_PX
}

/// Whether `line`, the whole line right below a picture, whose text nodes all have the
/// look `look` (their looks joined: apart only if all are), is the picture's caption: one
/// sentence at most, no label (a colon: `来源：`, a time), no photographer's credit; set apart
/// and at most [`MAX_CAPTION_CHARS`], or else one clause of at most
/// [`MAX_PLAIN_CAPTION_CHARS`], mostly Han, not bold and not numbered (a subheading).
pub(super) fn is_caption(line: &str, look: Look) -> bool {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}');
    let n = t.chars().count();
    let sentence = t.trim_end_matches(STOPS);
    if n < 2 || look.heading || t.contains(['：', ':', '|', '｜', '摄']) || sentence.contains(STOPS) || bare_date(t)
    {
        return false;
    }
    if look.apart {
        return n <= MAX_CAPTION_CHARS;
    }
    let han = t.chars().filter(|&c| is_han(c)).count();
    n <= MAX_PLAIN_CAPTION_CHARS
        && !look.bold
        && han * 3 >= n * 2
        && !sentence.contains(['，', ',', '、', '“', '"', '（', '('])
        && !crate::markers::numbered_heading(t)
        && crate::markers::list_marker_len(t).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apart() -> Look {
        Look { apart: true, ..Look::default() }
    }

    #[test]
    fn captions_set_apart_may_run_to_a_sentence() {
        assert!(is_caption("某县新建的社区卫生服务中心外景", apart()));
        assert!(is_caption("　　某省报纸网站题为《城市夜市重现热闹，游客络绎不绝》的报道版面。", apart()));
        assert!(!is_caption("来源：某某日报", apart()));
        assert!(!is_caption("图为义诊现场。记者 王某 摄", apart()));
        assert!(!is_caption("活动当天下午举行。随后嘉宾参观了展厅。", apart()));
        assert!(!is_caption("某", apart()));
        assert!(!is_caption("2020年3月8日", apart()));
        assert!(!is_caption("编辑|张某", apart()));
        let long = "某".repeat(MAX_CAPTION_CHARS + 1);
        assert!(!is_caption(&long, apart()));
    }

    #[test]
    fn plain_captions_are_one_short_clause() {
        assert!(is_caption("工作人员在仓库清点新到的药品", Look::default()));
        assert!(is_caption("事发当天患者的化验单。", Look::default()));
        assert!(is_caption("新款5G模组样品", Look::default()));
        // A clause with a comma, a subheading in bold or numbered, a quote: text.
        assert!(!is_caption("据了解，该中心年内投用。", Look::default()));
        assert!(!is_caption("推进分级诊疗", Look { bold: true, ..Look::default() }));
        assert!(!is_caption("三、加强队伍建设", Look::default()));
        assert!(!is_caption("“我们一直在等这一天”", Look::default()));
        assert!(!is_caption("这是一段比较长的正文内容它没有任何标点符号但是超过了字数", Look::default()));
        assert!(!is_caption("推进分级诊疗", Look { heading: true, apart: true, ..Look::default() }));
    }

    #[test]
    fn small_print_sizes() {
        assert!(small_print("font-size:9pt"));
        assert!(small_print("color:#999;font-size:12px"));
        assert!(!small_print("font-size:16px"));
        assert!(!small_print("font-size:1em"));
        assert!(!small_print("line-height:2"));
    }
}
