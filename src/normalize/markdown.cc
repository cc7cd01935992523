// Markdown article text, parsed with md4c (a CommonMark parser whose text
// callbacks point into the document, so every run of text keeps its byte
// offsets in the original file).
//
// Read as prose: paragraphs, headings, list items, quotes, table cells
// (GitHub tables), link text. Left out: code blocks and code spans, images
// (alt text is a description, not the story), link and image targets, raw
// HTML (a raw HTML block is read as HTML with its tags removed, so its
// comments and scripts go and its text stays), and footnote markers
// ("[^1]", which CommonMark leaves as text). Blocks end sentences.
#include <md4c.h>

#include <cstring>
#include <string_view>

#include "normalize/text_sink.h"

namespace crosscheck {
namespace {

class MarkdownReader {
 public:
  MarkdownReader(std::string_view s, Span body, TextSink& sink)
      : s_(s), body_(body), sink_(sink), last_(body.begin) {}

  void Parse() {
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = [](MD_BLOCKTYPE type, void*, void* self) {
      return static_cast<MarkdownReader*>(self)->Block(type, true);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void*, void* self) {
      return static_cast<MarkdownReader*>(self)->Block(type, false);
    };
    parser.enter_span = [](MD_SPANTYPE type, void*, void* self) {
      if (type == MD_SPAN_IMG) ++static_cast<MarkdownReader*>(self)->in_image_;
      return 0;
    };
    parser.leave_span = [](MD_SPANTYPE type, void*, void* self) {
      if (type == MD_SPAN_IMG) --static_cast<MarkdownReader*>(self)->in_image_;
      return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
      static_cast<MarkdownReader*>(self)->Text(type, text, size);
      return 0;
    };
    std::string_view doc = s_.substr(body_.begin, body_.end - body_.begin);
    md_parse(doc.data(), static_cast<MD_SIZE>(doc.size()), &parser, this);
  }

 private:
  int Block(MD_BLOCKTYPE type, bool enter) {
    if (type == MD_BLOCK_CODE) in_code_block_ = enter;
    if (type == MD_BLOCK_HTML) {
      in_html_block_ = enter;
      // md4c gives a raw block line by line; a comment or script spans
      // lines, so the block is read as HTML once, whole.
      if (!enter && html_end_ > html_begin_) {
        StripHtmlTags(s_, Span{html_begin_, html_end_}, sink_);
        last_ = html_end_;
      }
      html_begin_ = html_end_ = 0;
    }
    // Cells of one row are words apart; every other block ends a sentence.
    if (type == MD_BLOCK_TD || type == MD_BLOCK_TH)
      sink_.Space(last_, last_);
    else if (type != MD_BLOCK_DOC && type != MD_BLOCK_TABLE && type != MD_BLOCK_THEAD &&
             type != MD_BLOCK_TBODY)
      sink_.Break(last_, last_);
    return 0;
  }

  // The document range of a string md4c hands over, when it points into the
  // document (it always does for text; a few separators are its own).
  bool RangeOf(const MD_CHAR* text, MD_SIZE size, uint32_t* b, uint32_t* e) const {
    const char* base = s_.data();
    if (text < base + body_.begin || text + size > base + body_.end) return false;
    *b = static_cast<uint32_t>(text - base);
    *e = *b + static_cast<uint32_t>(size);
    return *b >= last_;  // never go back
  }

  void Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    uint32_t b, e;
    bool in_doc = RangeOf(text, size, &b, &e);
    if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR) {
      if (!in_image_) sink_.Space(last_, last_);
      return;
    }
    if (!in_doc) return;
    if (in_image_ || in_code_block_ || type == MD_TEXT_CODE || type == MD_TEXT_LATEXMATH ||
        type == MD_TEXT_NULLCHAR) {
      sink_.Space(b, e);
    } else if (type == MD_TEXT_HTML) {
      // Raw HTML: its text stays, tags, comments and scripts go. Inline
      // tags ("<b>") give nothing.
      if (in_html_block_) {
        if (html_end_ == 0) html_begin_ = b;
        html_end_ = e;
        return;  // read when the block ends
      }
      sink_.Space(b, e);
    } else if (type == MD_TEXT_ENTITY) {
      TextWithEntities(s_, b, e, sink_);
    } else {
      Prose(b, e);
    }
    last_ = e;
  }

  // Normal text, without footnote markers "[^1]" (and the "[^1]:" of a
  // footnote's own line).
  void Prose(uint32_t b, uint32_t e) {
    uint32_t run = b;
    for (uint32_t i = b; i + 1 < e; ++i) {
      if (s_[i] != '[' || s_[i + 1] != '^') continue;
      const void* close = std::memchr(s_.data() + i, ']', std::min<size_t>(e - i, 34));
      if (!close) continue;
      uint32_t stop = static_cast<uint32_t>(static_cast<const char*>(close) - s_.data()) + 1;
      if (stop < e && s_[stop] == ':') ++stop;
      if (i > run) sink_.Text(run, i);
      sink_.Space(i, stop);
      run = stop;
      i = stop - 1;
    }
    if (e > run) sink_.Text(run, e);
  }

  std::string_view s_;
  Span body_;
  TextSink& sink_;
  uint32_t last_;
  int in_image_ = 0;
  bool in_code_block_ = false, in_html_block_ = false;
  uint32_t html_begin_ = 0, html_end_ = 0;  // the raw HTML block so far
};

}  // namespace

void StripMarkdown(std::string_view bytes, Span body, TextSink& sink) {
  MarkdownReader(bytes, body, sink).Parse();
}

}  // namespace crosscheck
