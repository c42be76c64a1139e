//! Lists of links: a `<ul>` or `<ol>` whose items are each one short link (other stories'
//! headlines, a menu, a site map) is furniture whatever its class words say; a list of the
//! article's own points has text beyond its links.

use ego_tree::NodeRef;
use scraper::node::Node;

/// Fewest items of a list of links.
const MIN_LINK_ITEMS: usize = 3;

/// Most characters of an item of a list of links (a headline with its date).
const MAX_ITEM_CHARS: usize = 60;

/// Whether the list element `node` is a list of links: at least [`MIN_LINK_ITEMS`] items,
/// each of at most [`MAX_ITEM_CHARS`] visible characters, at least two thirds of them in
/// links (a date or a count may follow the link).
pub(super) fn is_link_list(node: &NodeRef<'_, Node>) -> bool {
    let mut items = 0;
    for child in node.children() {
        let Some(el) = child.value().as_element() else { continue };
        if el.name() != "li" {
            continue;
        }
        let (all, linked) = counts(&child);
        if all == 0 {
            continue;
        }
        if all > MAX_ITEM_CHARS || linked * 3 < all * 2 {
            return false;
        }
        items += 1;
    }
    items >= MIN_LINK_ITEMS
}

/// Visible characters of `node` and those of them inside an `<a href>`.
fn counts(node: &NodeRef<'_, Node>) -> (usize, usize) {
    let mut all = 0;
    let mut linked = 0;
    for d in node.descendants() {
        let Some(t) = d.value().as_text() else { continue };
        let n = t.chars().filter(|c| !c.is_whitespace() && *c != '\u{3000}' && *c != '\u{a0}').count();
        all += n;
        let in_link = d
            .ancestors()
            .take_while(|a| a.id() != node.id())
            .filter_map(|a| a.value().as_element())
            .any(|e| e.name() == "a" && e.attr("href").is_some());
        if in_link {
            linked += n;
        }
    }
    (all, linked)
}
