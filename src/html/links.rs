//! Lists of links: a `<ul>` or `<ol>` whose items are each one short link (other stories'
//! headlines, a menu, a site map) is furniture whatever its class words say; a list of the
//! article's own points has text beyond its links.

use ego_tree::NodeRef;
use scraper::node::Node;

/// Fewest items of a list of links.
const MIN_LINK_ITEMS: usize = 3;

/// Most characters of an item of a list of links (a headline with its date).
const MAX_ITEM_CHARS: usize = 60;

/// Most nodes of an item of a list of links: a longer item is no short link, and the
/// bound keeps the look at every list linear in the page (lists nest).
const MAX_ITEM_NODES: usize = 64;

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
        let Some((all, linked)) = counts(&child) else { return false };
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

/// Visible characters of `node` and those of them inside an `<a href>`; `None` when it
/// has more than [`MAX_ITEM_NODES`] nodes.
fn counts(node: &NodeRef<'_, Node>) -> Option<(usize, usize)> {
    let mut all = 0;
    let mut linked = 0;
    for (seen, d) in node.descendants().enumerate() {
        if seen >= MAX_ITEM_NODES {
            return None;
        }
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
    Some((all, linked))
}
