// The article body of a saved HTML page, parsed with gumbo (an HTML5
// parser that keeps byte offsets into the page).
//
// Which part is the article, in this order:
//   1. the <article> element with the most text (pages list teasers of other
//      stories in <article>s of their own);
//   2. else the element marked itemprop="articleBody";
//   3. else <main>;
//   4. else <body>.
// Inside it, what is not article text is left out: scripts, styles,
// templates, forms and their controls, iframes, SVG; navigation, footers and
// asides (by element or ARIA role); elements that are hidden (hidden,
// aria-hidden="true", display:none); and elements whose class or id names a
// page furniture block by a whole word: related-links lists, newsletter and
// subscription boxes, share and social buttons, comments, breadcrumbs,
// advertising, cookie notices (kFurnitureWords). A <header> is kept inside
// the article (headline, byline, date) and left out elsewhere (the site's).
// Text keeps its byte offsets; character references are decoded (every
// HTML5 name); block elements end sentences.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "normalize/text_sink.h"

namespace crosscheck {
namespace {

const GumboTag kSkipped[] = {
    GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_SVG,
    GUMBO_TAG_HEAD,   GUMBO_TAG_NAV,    GUMBO_TAG_FOOTER,   GUMBO_TAG_ASIDE,    GUMBO_TAG_FORM,
    GUMBO_TAG_BUTTON, GUMBO_TAG_IFRAME, GUMBO_TAG_SELECT,   GUMBO_TAG_TEXTAREA, GUMBO_TAG_OBJECT,
    GUMBO_TAG_MATH,   GUMBO_TAG_MENU};
const GumboTag kBlocks[] = {
    GUMBO_TAG_P,       GUMBO_TAG_DIV,        GUMBO_TAG_BR,      GUMBO_TAG_LI,
    GUMBO_TAG_UL,      GUMBO_TAG_OL,         GUMBO_TAG_H1,      GUMBO_TAG_H2,
    GUMBO_TAG_H3,      GUMBO_TAG_H4,         GUMBO_TAG_H5,      GUMBO_TAG_H6,
    GUMBO_TAG_TR,      GUMBO_TAG_TD,         GUMBO_TAG_TH,      GUMBO_TAG_TABLE,
    GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE,    GUMBO_TAG_HEADER,  GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION, GUMBO_TAG_MAIN,    GUMBO_TAG_HR,
    GUMBO_TAG_DD,      GUMBO_TAG_DT,         GUMBO_TAG_DL,      GUMBO_TAG_PRE,
    GUMBO_TAG_BODY,    GUMBO_TAG_HTML,       GUMBO_TAG_CAPTION, GUMBO_TAG_ADDRESS,
    GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY};
// ARIA roles of page furniture.
const char* const kSkippedRoles[] = {"navigation", "banner", "contentinfo", "complementary",
                                     "search",     "form",   "dialog",      "menu",
                                     "menubar",    "toolbar"};
// Whole words of a class or id that name page furniture, not the story.
const char* const kFurnitureWords[] = {
    "nav",         "navbar",      "navigation",    "menu",      "footer",       "sidebar",
    "related",     "recommended", "newsletter",    "subscribe", "subscription", "signup",
    "share",       "sharing",     "social",        "comments",  "comment",      "breadcrumb",
    "breadcrumbs", "advert",      "advertisement", "ads",       "ad",           "promo",
    "paywall",     "cookie",      "cookies",       "popup",     "modal",        "outbrain",
    "taboola",     "most-read",   "trending"};

bool In(GumboTag tag, const GumboTag* begin, const GumboTag* end) {
  return std::find(begin, end, tag) != end;
}

const char* Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

std::string Lower(const char* s) {
  std::string out(s ? s : "");
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A class or id holds one of the furniture words as a word of its own
// ("related-links", "c-newsletter", "share_buttons").
bool NamesFurniture(const char* value) {
  std::string v = Lower(value);
  for (const char* word : kFurnitureWords) {
    size_t n = std::strlen(word);
    for (size_t p = v.find(word); p != std::string::npos; p = v.find(word, p + 1)) {
      bool starts = p == 0 || !std::isalnum(static_cast<unsigned char>(v[p - 1]));
      bool ends = p + n == v.size() || !std::isalnum(static_cast<unsigned char>(v[p + n]));
      if (starts && ends) return true;
    }
  }
  return false;
}

bool Hidden(const GumboElement& e) {
  if (Attr(e, "hidden")) return true;
  if (Lower(Attr(e, "aria-hidden")) == "true") return true;
  std::string style = Lower(Attr(e, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// Left out with everything inside it. `in_article`: inside the chosen
// <article>, where a <header> is the story's own.
bool LeftOut(const GumboElement& e, bool in_article) {
  if (In(e.tag, std::begin(kSkipped), std::end(kSkipped))) return true;
  if (e.tag == GUMBO_TAG_HEADER && !in_article) return true;
  if (Hidden(e)) return true;
  std::string role = Lower(Attr(e, "role"));
  for (const char* r : kSkippedRoles)
    if (role == r) return true;
  return NamesFurniture(Attr(e, "class")) || NamesFurniture(Attr(e, "id"));
}

// Bytes of text below n, furniture left out: what "the most text" compares.
// Iterative: pages nest deeply.
size_t TextBytes(const GumboNode* n) {
  size_t total = 0;
  std::vector<const GumboNode*> todo = {n};
  while (!todo.empty()) {
    const GumboNode* x = todo.back();
    todo.pop_back();
    if (x->type == GUMBO_NODE_TEXT) total += x->v.text.original_text.length;
    if (x->type != GUMBO_NODE_ELEMENT && x->type != GUMBO_NODE_TEMPLATE) continue;
    if (x != n && LeftOut(x->v.element, true)) continue;
    const GumboVector& kids = x->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
      todo.push_back(static_cast<GumboNode*>(kids.data[i]));
  }
  return total;
}

struct Roots {
  const GumboNode* article = nullptr;
  size_t article_text = 0;
  const GumboNode* article_body = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
};

const GumboNode* ContentRoot(const GumboNode* root, bool* is_article) {
  Roots r;
  std::vector<const GumboNode*> todo = {root};
  while (!todo.empty()) {
    const GumboNode* x = todo.back();
    todo.pop_back();
    if (x->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = x->v.element;
    if (e.tag == GUMBO_TAG_ARTICLE) {
      size_t text = TextBytes(x);
      if (!r.article || text > r.article_text) r.article = x, r.article_text = text;
    }
    if (!r.article_body && Lower(Attr(e, "itemprop")) == "articlebody") r.article_body = x;
    if (!r.main && e.tag == GUMBO_TAG_MAIN) r.main = x;
    if (!r.body && e.tag == GUMBO_TAG_BODY) r.body = x;
    // Children in reverse, so that the first in the page is seen first.
    for (unsigned i = e.children.length; i-- > 0;)
      todo.push_back(static_cast<GumboNode*>(e.children.data[i]));
  }
  *is_article = r.article || r.article_body;
  if (r.article && r.article_text > 0) return r.article;
  if (r.article_body) return r.article_body;
  if (r.main) return r.main;
  return r.body ? r.body : root;
}

// What the walk found, by position in the page; emitted in that order.
struct Piece {
  uint32_t begin = 0, end = 0;
  enum Kind { kText, kBreak } kind = kText;
};

class Collector {
 public:
  Collector(std::string_view page, uint32_t base) : page_(page), base_(base) {}

  // The byte range of a string the parser points into the page with.
  bool RangeOf(const GumboStringPiece& piece, uint32_t* begin, uint32_t* end) const {
    if (!piece.data || piece.length == 0) return false;
    if (piece.data < page_.data() || piece.data + piece.length > page_.data() + page_.size())
      return false;  // a piece the parser made up (an implied tag)
    *begin = base_ + static_cast<uint32_t>(piece.data - page_.data());
    *end = *begin + static_cast<uint32_t>(piece.length);
    return true;
  }

  void Walk(const GumboNode* root, bool in_article) {
    // (node, closing): the closing visit marks the end of a block element.
    std::vector<std::pair<const GumboNode*, bool>> todo = {{root, false}};
    while (!todo.empty()) {
      auto [x, closing] = todo.back();
      todo.pop_back();
      if (x->type == GUMBO_NODE_TEXT || x->type == GUMBO_NODE_WHITESPACE) {
        uint32_t b, e;
        if (RangeOf(x->v.text.original_text, &b, &e)) pieces.push_back({b, e, Piece::kText});
        continue;
      }
      if (x->type != GUMBO_NODE_ELEMENT && x->type != GUMBO_NODE_TEMPLATE) continue;
      const GumboElement& el = x->v.element;
      bool block = In(el.tag, std::begin(kBlocks), std::end(kBlocks));
      if (closing) {
        uint32_t b, e;
        if (block && RangeOf(el.original_end_tag, &b, &e)) pieces.push_back({b, e, Piece::kBreak});
        continue;
      }
      uint32_t b, e;
      bool has_tag = RangeOf(el.original_tag, &b, &e);
      if (x != root && LeftOut(el, in_article)) {
        // Text before and after it never joins into one sentence.
        if (has_tag) pieces.push_back({b, e, Piece::kBreak});
        continue;
      }
      if (block && has_tag) pieces.push_back({b, e, Piece::kBreak});
      todo.push_back({x, true});
      for (unsigned i = el.children.length; i-- > 0;)
        todo.push_back({static_cast<GumboNode*>(el.children.data[i]), false});
    }
  }

  std::vector<Piece> pieces;

 private:
  std::string_view page_;
  uint32_t base_;
};

// HTML whitespace (newlines and tabs included) collapses to one space.
void EmitText(std::string_view s, uint32_t begin, uint32_t end, TextSink& sink) {
  uint32_t r = begin;
  for (uint32_t i = begin; i < end; ++i) {
    if (s[i] == '\n' || s[i] == '\r' || s[i] == '\t') {
      if (i > r) TextWithEntities(s, r, i, sink, /*legacy=*/true);
      sink.Space(i, i + 1);
      r = i + 1;
    }
  }
  if (end > r) TextWithEntities(s, r, end, sink, /*legacy=*/true);
}

}  // namespace

void StripHtml(std::string_view s, Span body, TextSink& sink) {
  std::string_view page = s.substr(body.begin, body.end - body.begin);
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
  bool is_article = false;
  const GumboNode* root = ContentRoot(output->root, &is_article);
  Collector collector(page, body.begin);
  collector.Walk(root, is_article);
  // The parser may move content (a table's stray text goes before it):
  // emit by position, each piece once, never going back.
  std::vector<Piece>& pieces = collector.pieces;
  std::stable_sort(pieces.begin(), pieces.end(),
                   [](const Piece& a, const Piece& b) { return a.begin < b.begin; });
  uint32_t done = body.begin;
  for (const Piece& p : pieces) {
    if (p.begin < done) continue;
    if (p.kind == Piece::kText)
      EmitText(s, p.begin, p.end, sink);
    else
      sink.Break(p.begin, p.end);
    done = p.end;
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
}

// The page with its tags removed, for pages too deeply nested to parse
// (see StripHtml's caller): scripts, styles and comments still go, block tags
// still end sentences, but navigation and footers stay.
void StripHtmlTags(std::string_view s, Span body, TextSink& sink) {
  static const char* const kBlockTags[] = {
      "p",      "div",        "br",      "li",      "ul",     "ol",     "h1",
      "h2",     "h3",         "h4",      "h5",      "h6",     "tr",     "td",
      "th",     "table",      "section", "article", "header", "footer", "blockquote",
      "figure", "figcaption", "aside",   "nav",     "main",   "hr",     "dd",
      "dt",     "dl",         "pre",     "title",   "body",   "html"};
  static const char* const kSkipTags[] = {"script", "style", "noscript", "template", "head", "svg"};
  uint32_t pos = body.begin;
  uint32_t run = pos;
  auto flush = [&](uint32_t upto) { EmitText(s, run, upto, sink); };
  while (pos < body.end) {
    if (s[pos] != '<') {
      ++pos;
      continue;
    }
    if (s.compare(pos, 4, "<!--") == 0) {
      size_t e = s.find("-->", pos + 4);
      uint32_t stop =
          e == std::string_view::npos || e + 3 > body.end ? body.end : static_cast<uint32_t>(e + 3);
      flush(pos);
      pos = run = stop;
      continue;
    }
    uint32_t name_begin = pos + 1;
    bool closing = name_begin < body.end && s[name_begin] == '/';
    if (closing) ++name_begin;
    uint32_t name_end = name_begin;
    while (name_end < body.end && (std::isalnum(static_cast<unsigned char>(s[name_end]))))
      ++name_end;
    if (name_end == name_begin && !(name_begin < body.end && s[name_begin] == '!')) {
      ++pos;
      continue;
    }
    // Find the tag end, honouring quoted attribute values.
    uint32_t gt = name_end;
    char quote = 0;
    while (gt < body.end && (quote || s[gt] != '>')) {
      if (quote && s[gt] == quote)
        quote = 0;
      else if (!quote && (s[gt] == '"' || s[gt] == '\''))
        quote = s[gt];
      ++gt;
    }
    uint32_t tag_end = gt < body.end ? gt + 1 : body.end;
    std::string name(s.substr(name_begin, name_end - name_begin));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    flush(pos);
    bool skip = !closing && std::any_of(std::begin(kSkipTags), std::end(kSkipTags),
                                        [&](const char* t) { return name == t; });
    if (skip) {
      std::string close = "</" + name;
      uint32_t p = tag_end;
      size_t found = std::string_view::npos;
      while (p < body.end) {
        size_t lt = s.find("</", p);
        if (lt == std::string_view::npos || lt >= body.end) break;
        std::string cand(s.substr(lt, close.size()));
        std::transform(cand.begin(), cand.end(), cand.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (cand == close) {
          found = lt;
          break;
        }
        p = static_cast<uint32_t>(lt + 2);
      }
      uint32_t stop = body.end;
      if (found != std::string_view::npos) {
        size_t g = s.find('>', found);
        stop =
            g == std::string_view::npos || g >= body.end ? body.end : static_cast<uint32_t>(g + 1);
      }
      sink.Break(pos, stop);
      pos = run = stop;
      continue;
    }
    bool block = std::any_of(std::begin(kBlockTags), std::end(kBlockTags),
                             [&](const char* t) { return name == t; });
    if (block) sink.Break(pos, tag_end);
    pos = run = tag_end;
  }
  flush(body.end);
}

}  // namespace crosscheck
