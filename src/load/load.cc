#include "load/load.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>

#include "base/utf8.h"
#include "lang/language.h"
#include "load/front_matter.h"

namespace crosscheck {
namespace fs = std::filesystem;
namespace {

bool HasExtension(const std::string& path, std::initializer_list<const char*> exts) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  for (const char* e : exts)
    if (ext == e) return true;
  return false;
}

Diagnostic MakeError(const std::string& path, std::string code, std::string message) {
  return MakeLoadError(path, std::move(code), std::move(message));
}

Diagnostic AtOffset(const std::string& path, std::string_view bytes, size_t offset,
                    std::string code, std::string message) {
  Diagnostic d = MakeError(path, std::move(code), std::move(message));
  // The line may itself hold invalid bytes; count columns up to the offset only.
  LineIndex index(bytes.substr(0, offset));
  LineCol lc = index.At(bytes.substr(0, offset), static_cast<uint32_t>(offset));
  d.line = lc.line;
  d.column = lc.column;
  d.byte_offset = static_cast<long>(offset);
  return d;
}

// Case-insensitive search for an HTML <meta> tag attribute value. Tiny on
// purpose: reads <meta property|name="KEY" content="VALUE"> in either order.
std::string HtmlMeta(std::string_view html, std::string_view key) {
  size_t head_end = std::min(html.size(), size_t{1} << 16);
  std::string_view head = html.substr(0, head_end);
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string_view::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string_view::npos) break;
    std::string_view tag = head.substr(pos, end - pos);
    pos = end;
    auto attr = [&](std::string_view name) -> std::string_view {
      size_t a = tag.find(name);
      if (a == std::string_view::npos) return {};
      a += name.size();
      if (a >= tag.size() || (tag[a] != '"' && tag[a] != '\'')) return {};
      char q = tag[a];
      size_t b = tag.find(q, a + 1);
      if (b == std::string_view::npos) return {};
      return tag.substr(a + 1, b - a - 1);
    };
    std::string_view k = attr("property=");
    if (k.empty()) k = attr("name=");
    if (k == key) return std::string(attr("content="));
  }
  return {};
}

std::string HtmlTitle(std::string_view html) {
  size_t a = html.find("<title");
  if (a == std::string_view::npos) return {};
  a = html.find('>', a);
  size_t b = html.find("</title", a == std::string_view::npos ? 0 : a);
  if (a == std::string_view::npos || b == std::string_view::npos || b <= a) return {};
  return std::string(html.substr(a + 1, b - a - 1));
}

// An upper bound of how deep the page's elements nest: start tags open,
// end tags close; void and self-closed elements do neither, nor those whose
// end tag HTML lets one leave out (a page of 600 "<p>" is flat).
size_t HtmlDepth(std::string_view html) {
  static const char* const kVoid[] = {
      "area",  "base",   "br",    "col",   "embed", "hr",       "img", "input", "link", "meta",
      "param", "source", "track", "wbr",   "p",     "li",       "dt",  "dd",    "tr",   "td",
      "th",    "option", "thead", "tbody", "tfoot", "colgroup", "rb",  "rt",    "rp",   "optgroup"};
  size_t depth = 0, deepest = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (i + 1 >= html.size()) break;
    if (html[i + 1] == '/') {
      depth -= depth > 0;
      continue;
    }
    if (!std::isalpha(static_cast<unsigned char>(html[i + 1]))) continue;
    size_t n = i + 1;
    while (n < html.size() && std::isalnum(static_cast<unsigned char>(html[n]))) ++n;
    std::string name(html.substr(i + 1, n - i - 1));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::any_of(std::begin(kVoid), std::end(kVoid), [&](const char* v) { return name == v; }))
      continue;
    size_t gt = html.find('>', n);
    if (gt != std::string_view::npos && gt > n && html[gt - 1] == '/') continue;
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

bool IsArticleType(const nlohmann::json& type) {
  static const char* const kTypes[] = {"NewsArticle",          "Article",
                                       "ReportageNewsArticle", "AnalysisNewsArticle",
                                       "OpinionNewsArticle",   "BackgroundNewsArticle",
                                       "BlogPosting",          "Report"};
  auto one = [](const nlohmann::json& t) {
    return t.is_string() && std::any_of(std::begin(kTypes), std::end(kTypes),
                                        [&](const char* k) { return t.get<std::string>() == k; });
  };
  if (one(type)) return true;
  return type.is_array() && std::any_of(type.begin(), type.end(), one);
}

// A string member, or the name / @id / url of an object member
// ("publisher": {"@type": "Organization", "name": ...}).
std::string JsonText(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_object())
    for (const char* inner : {"name", "@id", "url"}) {
      auto in = it->find(inner);
      if (in != it->end() && in->is_string()) return in->get<std::string>();
    }
  return {};
}

// The first schema.org article object in the page's JSON-LD blocks
// (top level, in an array, or in an @graph).
std::optional<nlohmann::json> JsonLdArticle(std::string_view html) {
  size_t pos = 0;
  while ((pos = html.find("application/ld+json", pos)) != std::string_view::npos) {
    size_t open = html.find('>', pos);
    if (open == std::string_view::npos) break;
    size_t close = html.find("</script", open);
    if (close == std::string_view::npos) break;
    pos = close;
    nlohmann::json j = nlohmann::json::parse(html.substr(open + 1, close - open - 1), nullptr,
                                             /*allow_exceptions=*/false);
    std::vector<const nlohmann::json*> candidates;
    if (j.is_array())
      for (const auto& item : j) candidates.push_back(&item);
    else if (j.is_object())
      candidates.push_back(&j);
    for (size_t k = 0; k < candidates.size() && k < 1000; ++k) {
      const nlohmann::json& c = *candidates[k];
      if (!c.is_object()) continue;
      auto graph = c.find("@graph");
      if (graph != c.end() && graph->is_array())
        for (const auto& item : *graph) candidates.push_back(&item);
      auto type = c.find("@type");
      if (type != c.end() && IsArticleType(*type)) return c;
    }
  }
  return std::nullopt;
}

// Metadata of a saved page the front matter did not give: first its
// schema.org article JSON-LD (datePublished, headline, publisher, url or
// mainEntityOfPage, inLanguage), then Open Graph and article: meta tags,
// then <title>.
void ReadHtmlMetadata(std::string_view html, Metadata* meta) {
  if (std::optional<nlohmann::json> article = JsonLdArticle(html)) {
    if (!meta->published)
      meta->published = ParseIsoDateOfDateTime(JsonText(*article, "datePublished"));
    if (meta->title.empty()) meta->title = JsonText(*article, "headline");
    if (meta->source.empty()) meta->source = JsonText(*article, "publisher");
    if (meta->url.empty()) meta->url = JsonText(*article, "url");
    if (meta->url.empty()) meta->url = JsonText(*article, "mainEntityOfPage");
  }
  if (meta->title.empty()) meta->title = HtmlMeta(html, "og:title");
  if (meta->title.empty()) meta->title = HtmlTitle(html);
  if (meta->source.empty()) meta->source = HtmlMeta(html, "og:site_name");
  if (meta->url.empty()) meta->url = HtmlMeta(html, "og:url");
  if (!meta->published)
    meta->published = ParseIsoDateOfDateTime(HtmlMeta(html, "article:published_time"));
  if (meta->lang_from.empty()) {
    // "fr", "fr-FR" (JSON-LD) or "fr_FR" (Open Graph): a BCP 47 tag to us.
    std::string tag;
    if (std::optional<nlohmann::json> article = JsonLdArticle(html))
      tag = JsonText(*article, "inLanguage");
    if (tag.empty()) tag = HtmlMeta(html, "og:locale");
    std::replace(tag.begin(), tag.end(), '_', '-');
    if (!tag.empty() && tag.size() <= 35) meta->lang = tag, meta->lang_from = "html";
  }
}

// A document that does not say its language is read from its words; when
// they do not tell, it is read as English and a note says so.
void GuessLanguage(const std::string& path, std::string_view body, Metadata* meta) {
  if (!meta->lang_from.empty()) return;
  LanguageGuess guess = BuiltinLanguages().Guess(body);
  if (!guess.code.empty()) {
    meta->lang = guess.code;
    meta->lang_from = "text: " + guess.detail;
    return;
  }
  meta->lang_from = "default: " + guess.detail;
  Diagnostic note =
      MakeLoadError(path, "load.language-unsure",
                    "no lang in the front matter and the words do not tell the "
                    "language (" +
                        guess.detail + "); read as English. Add lang = \"..\" to the front matter");
  note.severity = Severity::kNote;
  meta->warnings.push_back(std::move(note));
}

}  // namespace

Diagnostic MakeLoadError(const std::string& path, std::string code, std::string message) {
  Diagnostic d;
  d.path = path;
  d.code = std::move(code);
  d.message = std::move(message);
  return d;
}

bool IsArticleFileName(const std::string& path) {
  return HasExtension(path, {".md", ".markdown", ".txt", ".html", ".htm"});
}

const char* FormatName(Format f) {
  switch (f) {
    case Format::kText:
      return "text";
    case Format::kMarkdown:
      return "markdown";
    case Format::kHtml:
      return "html";
  }
  return "text";
}

Format GuessFormat(const std::string& path, std::string_view bytes) {
  if (HasExtension(path, {".html", ".htm", ".xhtml"})) return Format::kHtml;
  if (HasExtension(path, {".md", ".markdown"})) return Format::kMarkdown;
  std::string_view head = bytes.substr(0, 256);
  size_t i = 0;
  while (i < head.size() &&
         (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
    ++i;
  std::string lower(head.substr(i, 16));
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (lower.rfind("<!doctype html", 0) == 0 || lower.rfind("<html", 0) == 0) return Format::kHtml;
  return Format::kText;
}

// The name of a wide Unicode encoding the bytes are in (by byte order mark,
// or by NUL bytes in every other position of the first characters), or null.
const char* WideEncoding(std::string_view b) {
  auto starts = [&](std::string_view mark) { return b.substr(0, mark.size()) == mark; };
  if (starts(std::string_view("\xFF\xFE\0\0", 4))) return "UTF-32 (little-endian)";
  if (starts(std::string_view("\0\0\xFE\xFF", 4))) return "UTF-32 (big-endian)";
  if (starts("\xFF\xFE")) return "UTF-16 (little-endian)";
  if (starts("\xFE\xFF")) return "UTF-16 (big-endian)";
  // No mark: ASCII letters with a NUL after (or before) each one.
  size_t n = std::min<size_t>(b.size() & ~size_t{1}, 64);
  if (n < 4) return nullptr;
  size_t odd = 0, even = 0;
  for (size_t i = 0; i < n; i += 2) {
    even += b[i] == '\0' && b[i + 1] != '\0';
    odd += b[i + 1] == '\0' && b[i] != '\0';
  }
  if (odd == n / 2) return "UTF-16 (little-endian)";
  if (even == n / 2) return "UTF-16 (big-endian)";
  return nullptr;
}

Result<Document> LoadBytes(const std::string& path, std::string bytes, const LoadOptions& options) {
  if (bytes.size() > kMaxFileBytes)
    return MakeError(path, "load.too-large",
                     "file is " + std::to_string(bytes.size()) + " bytes; the limit is " +
                         std::to_string(kMaxFileBytes));
  if (bytes.empty()) return MakeError(path, "load.empty", "file is empty");
  if (const char* encoding = WideEncoding(bytes))
    return MakeError(
        path, "load.encoding",
        std::string("the file is ") + encoding +
            " text; crosscheck reads UTF-8 (convert it, e.g. iconv -f " +
            (std::string(encoding).find("32") != std::string::npos ? "UTF-32" : "UTF-16") +
            " -t UTF-8); file skipped");
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    size_t at = static_cast<size_t>(static_cast<const char*>(nul) - bytes.data());
    return AtOffset(path, bytes, at, "load.binary",
                    "binary file (NUL byte at offset " + std::to_string(at) + "); file skipped");
  }
  size_t bad = utf8::FindInvalid(bytes);
  if (bad != bytes.size()) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
    return AtOffset(path, bytes, bad, "load.invalid-utf8",
                    std::string("invalid UTF-8 (byte ") + hex + " at offset " +
                        std::to_string(bad) + "); file skipped");
  }
  Document doc;
  doc.path = path;
  doc.format = options.format ? *options.format : GuessFormat(path, bytes);
  doc.body = Span{0, static_cast<uint32_t>(bytes.size())};
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) doc.body.begin = 3;
  FrontMatterBlock block;
  Diagnostic err;
  if (!FindFrontMatter(path, bytes, &block, &err, &doc.meta.warnings)) return err;
  if (block.syntax != FrontMatterSyntax::kNone) {
    if (!ParseFrontMatter(path, bytes, block, &doc.meta, &err)) return err;
    doc.body.begin = block.body_begin;
  }
  if (doc.format == Format::kHtml) {
    ReadHtmlMetadata(doc.body.In(bytes), &doc.meta);
    size_t depth = HtmlDepth(doc.body.In(bytes));
    if (depth > kMaxHtmlDepth) {
      doc.flat_html = true;
      Diagnostic w = MakeError(path, "load.html-too-deep",
                               "HTML nests more than " + std::to_string(kMaxHtmlDepth) +
                                   " elements deep (" + std::to_string(depth) +
                                   "); read with its tags removed, so navigation and footers "
                                   "are not told from the article");
      w.severity = Severity::kWarning;
      doc.meta.warnings.push_back(std::move(w));
    }
  }
  if (!doc.meta.published) doc.meta.published = options.default_published;
  GuessLanguage(path, doc.body.In(bytes), &doc.meta);
  bool blank = std::all_of(bytes.begin() + doc.body.begin, bytes.end(),
                           [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
  if (blank) return MakeError(path, "load.empty", "file has no text after its front matter");
  doc.bytes = std::move(bytes);
  doc.lines = LineIndex(doc.bytes);
  return doc;
}

namespace {

// Reads at most kMaxFileBytes + 1 bytes, so that an endless source (a
// device, a pipe that never closes its end) is refused, not exhausted.
bool ReadBounded(std::istream& in, std::string* bytes) {
  char buf[65536];
  while (bytes->size() <= kMaxFileBytes && (in.read(buf, sizeof buf) || in.gcount() > 0))
    bytes->append(buf, static_cast<size_t>(in.gcount()));
  return !in.bad();
}

Result<Document> TooLarge(const std::string& path, const std::string& size) {
  return MakeError(path, "load.too-large",
                   "file is " + size + " bytes; the limit is " + std::to_string(kMaxFileBytes));
}

}  // namespace

Result<Document> LoadFile(const std::string& path, const LoadOptions& options) {
  if (path == "-") {  // standard input, as named on the command line
    std::string bytes;
    if (!ReadBounded(std::cin, &bytes)) return MakeError(path, "load.unreadable", "read error");
    if (bytes.size() > kMaxFileBytes)
      return TooLarge(path, "more than " + std::to_string(kMaxFileBytes));
    return LoadBytes(path, std::move(bytes), options);
  }
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return MakeError(path, "load.missing", "no such file");
  if (fs::is_directory(status)) return MakeError(path, "load.directory", "is a directory");
  // Devices, FIFOs and sockets have no end one can count on ("/dev/zero",
  // "/dev/stdin" left open): only regular files are read, and "-" for stdin.
  if (!fs::is_regular_file(status))
    return MakeError(path, "load.not-regular",
                     "not a regular file (a device, FIFO or socket); to read a stream, pipe it "
                     "in and name it '-'");
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return MakeError(path, "load.unreadable",
                     std::string("cannot read file: ") + std::strerror(errno));
  // One read of the whole file; the size check comes before the allocation.
  std::error_code size_ec;
  uintmax_t size = fs::file_size(path, size_ec);
  if (!size_ec && size > kMaxFileBytes) return TooLarge(path, std::to_string(size));
  std::string bytes;
  if (!size_ec) {
    bytes.resize(static_cast<size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<size_t>(in.gcount()));
  }
  // A file that grew since it was measured: the rest, still bounded.
  if (!ReadBounded(in, &bytes)) return MakeError(path, "load.unreadable", "read error");
  if (bytes.size() > kMaxFileBytes)
    return TooLarge(path, "more than " + std::to_string(kMaxFileBytes));
  return LoadBytes(path, std::move(bytes), options);
}

}  // namespace crosscheck
