#include "report/diff_report.h"

#include <nlohmann/json.hpp>

#include "align/align.h"
#include "base/utf8.h"
#include "normalize/normalize.h"
#include "report/json_writer.h"
#include "report/span_json.h"

namespace crosscheck {
namespace {

std::string Loc(const Document& d, uint32_t offset) {
  LineCol lc = d.lines.At(d.bytes, offset);
  return std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

Span SentenceSpan(const CheckRun& run, int doc, uint32_t s) {
  const DocumentMentions& dm = run.mentions[static_cast<size_t>(doc)];
  return dm.text.map.ToOriginal(dm.sentences[s]);
}

// What a reader sees of a word: its bytes as written, with an HTML page's
// character references decoded ("&lt;script&gt;" shows as "<script>", then is
// escaped once by the HTML report). Positions stay original.
std::string Shown(const CheckRun& run, int doc, Span original) {
  const Document& d = run.documents[static_cast<size_t>(doc)];
  std::string_view bytes = original.In(d.bytes);
  return d.format == Format::kHtml ? DecodeHtmlEntities(bytes) : std::string(bytes);
}

// A whole sentence as a reader sees it: as written, or, on an HTML page, its
// normalized text (tags inside it gone, references decoded).
std::string ShownSentence(const CheckRun& run, int doc, uint32_t s) {
  const DocumentMentions& dm = run.mentions[static_cast<size_t>(doc)];
  const Document& d = run.documents[static_cast<size_t>(doc)];
  if (d.format == Format::kHtml) return std::string(dm.sentences[s].In(dm.text.text));
  return std::string(dm.text.map.ToOriginal(dm.sentences[s]).In(d.bytes));
}

// Was the word at `norm` written after a space? ("Click [here](u)": the
// normalized "Click here" keeps the space the link markup hid.)
bool SpaceBefore(const CheckRun& run, int doc, Span norm) {
  const std::string& text = run.mentions[static_cast<size_t>(doc)].text.text;
  if (norm.begin == 0 || norm.begin > text.size()) return false;
  char c = text[norm.begin - 1];
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// Renders the ops of one pair as inline text with markers supplied by
// `mark`; consecutive added (or deleted) words share one marker.
template <typename Mark>
std::string Inline(const CheckRun& run, const SentencePair& p, const DiffRenderOptions& o,
                   Mark mark) {
  std::string out;
  bool first = true;
  for (size_t k = 0; k < p.ops.size();) {
    const WordOp& op = p.ops[k];
    int d = op.type == WordOp::kDelete ? 0 : 1;
    Span s = op.type == WordOp::kDelete ? op.old_span : op.new_span;
    Span n = op.type == WordOp::kDelete ? op.old_norm : op.new_norm;
    if (!first && SpaceBefore(run, d, n)) out += ' ';
    first = false;
    if (op.type == WordOp::kAdd || op.type == WordOp::kDelete) {
      std::string run_text = Shown(run, d, s);
      size_t e = k + 1;
      while (e < p.ops.size() && p.ops[e].type == op.type) {
        const WordOp& next = p.ops[e];
        if (SpaceBefore(run, d, op.type == WordOp::kDelete ? next.old_norm : next.new_norm))
          run_text += ' ';
        run_text += Shown(run, d, op.type == WordOp::kDelete ? next.old_span : next.new_span);
        ++e;
      }
      out += mark(op.type == WordOp::kAdd ? "add" : "del", run_text, "");
      k = e;
      continue;
    }
    std::string text = Shown(run, d, s);
    if (op.type == WordOp::kFormat && !o.ignore_format)
      out += mark("fmt", Shown(run, 0, op.old_span), text);
    else
      out += mark("", text, "");
    ++k;
  }
  return out;
}

std::string ClaimLine(const CheckRun& run, const Claim& c) {
  const Document& d = run.documents[c.doc];
  return utf8::Visible(DescribeValue(c)) + " (" + Loc(d, c.mention.span.begin) + ", " +
         ModalityName(c.modality) + ")";
}

std::string ClaimWhat(const Claim& c) {
  std::string s = c.metric;
  for (size_t k = 0; k < c.subjects.size(); ++k) s += (k ? "-" : " ") + c.subjects[k];
  if (c.period.known) s += " " + c.period.label;
  return s;
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  // Controls and bidi overrides from an article show as escapes ("<U+202E>"
  // would otherwise reverse "US$10 billion" on screen); then HTML's five.
  std::string visible = utf8::Visible(text);
  std::string out;
  out.reserve(visible.size());
  for (char c : visible) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string DiffReportText(const CheckRun& run, const DocDiff& diff, const DiffRenderOptions& o) {
  const Document& da = run.documents[0];
  const Document& db = run.documents[1];
  auto c = [&](const char* code) { return o.color ? std::string(code) : std::string(); };
  std::string out;
  auto head = [&](const char* sign, const Document& d) {
    out += std::string(sign) + " " + utf8::Visible(d.path);
    if (!d.meta.source.empty()) out += " (" + utf8::Visible(d.meta.source) + ")";
    if (d.meta.published) out += " " + FormatIsoDate(*d.meta.published);
    out += "\n";
  };
  head("---", da);
  head("+++", db);
  out += std::string("mode: ") + (diff.mode == DiffMode::kVersions ? "versions" : "compare") +
         (diff.fallback ? " (large edit: sentences matched by hash only)" : "") + "\n";
  auto mark = [&](const char* kind, std::string_view a, std::string_view b) {
    std::string k = kind;
    // Article words: no terminal controls get through.
    if (k == "add") return c("\x1b[32m") + "{+" + utf8::Visible(a) + "+}" + c("\x1b[0m");
    if (k == "del") return c("\x1b[31m") + "[-" + utf8::Visible(a) + "-]" + c("\x1b[0m");
    if (k == "fmt")
      return c("\x1b[2m") + "{~" + utf8::Visible(a) + " => " + utf8::Visible(b) + "~}" +
             c("\x1b[0m");
    return utf8::Visible(a);
  };
  for (const SentencePair& p : diff.pairs) {
    if (p.kind == SentencePair::kSame) continue;
    bool format_only = true;
    for (const WordOp& op : p.ops)
      format_only &= op.type == WordOp::kCommon || op.type == WordOp::kFormat;
    if (p.kind == SentencePair::kFormat && o.ignore_format) continue;
    out += "\n" + c("\x1b[36m") + "@@ " + PairKindName(p.kind);
    if (!p.old_sentences.empty())
      out += "  old " + Loc(da, SentenceSpan(run, 0, p.old_sentences[0]).begin);
    if (!p.new_sentences.empty())
      out += "  new " + Loc(db, SentenceSpan(run, 1, p.new_sentences[0]).begin);
    if (p.kind == SentencePair::kChanged || p.kind == SentencePair::kSimilar ||
        p.kind == SentencePair::kSplit || p.kind == SentencePair::kMerged) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "  similarity %.2f", p.similarity);
      out += buf;
    }
    out += " @@" + c("\x1b[0m") + "\n";
    if (p.kind == SentencePair::kMoved && format_only) {
      out += "  " + utf8::Visible(ShownSentence(run, 1, p.new_sentences[0])) + "\n";
      continue;
    }
    if (p.ops.empty()) {  // compare mode: a sentence only one side has
      std::string s = p.old_sentences.empty() ? ShownSentence(run, 1, p.new_sentences[0])
                                              : ShownSentence(run, 0, p.old_sentences[0]);
      out += "  " + utf8::Visible(s) + "\n";
      continue;
    }
    if (diff.mode == DiffMode::kCompare) {
      out += "  old: " + utf8::Visible(ShownSentence(run, 0, p.old_sentences[0])) + "\n";
      out += "  new: " + utf8::Visible(ShownSentence(run, 1, p.new_sentences[0])) + "\n";
    }
    out += "  " + Inline(run, p, o, mark) + "\n";
  }
  if (!diff.claims.empty()) out += "\n" + c("\x1b[1m") + "Claims" + c("\x1b[0m") + "\n";
  for (const ClaimChange& ch : diff.claims) {
    if (ch.kind == ClaimChange::kChanged) {
      const Claim& a = run.claims[static_cast<size_t>(ch.old_claim)];
      const Claim& b = run.claims[static_cast<size_t>(ch.new_claim)];
      out += "  changed " + ClaimWhat(b) + ": " + ClaimLine(run, a) + " -> " + ClaimLine(run, b) +
             "\n";
    } else if (ch.kind == ClaimChange::kAdded) {
      const Claim& b = run.claims[static_cast<size_t>(ch.new_claim)];
      out += "  added   " + ClaimWhat(b) + ": " + ClaimLine(run, b) + "\n";
    } else {
      const Claim& a = run.claims[static_cast<size_t>(ch.old_claim)];
      out += "  removed " + ClaimWhat(a) + ": " + ClaimLine(run, a) + "\n";
    }
  }
  if (diff.mode == DiffMode::kCompare && !run.aligned.alignments.empty()) {
    out += "\n" + c("\x1b[1m") + "Comparable claims" + c("\x1b[0m") + "\n";
    for (const Alignment& a : run.aligned.alignments)
      out +=
          "  " + a.metric + " [" + VerdictName(a.verdict) + "] " + utf8::Visible(a.reason) + "\n";
  }
  size_t changed = 0;
  for (const SentencePair& p : diff.pairs) changed += p.kind != SentencePair::kSame;
  out += "\n" + std::to_string(changed) + " sentence pairs differ; " +
         std::to_string(diff.value_changes) + " changes in value, " +
         std::to_string(diff.format_changes) + " in formatting; " +
         std::to_string(diff.claims.size()) + " claim changes\n";
  return out;
}

namespace {

// {"start":..,"end":..,"line":..,"column":..}, as SpanJson writes it.
void AppendSpan(std::string& out, const Document& doc, Span s) {
  LineCol lc = doc.lines.At(doc.bytes, s.begin);
  out += "{\"start\": " + std::to_string(s.begin) + ", \"end\": " + std::to_string(s.end) +
         ", \"line\": " + std::to_string(lc.line) + ", \"column\": " + std::to_string(lc.column) +
         "}";
}

// One hunk per line, written directly: a long article with many edits has
// thousands, and an nlohmann tree for each costs more than the diff itself.
void AppendHunk(std::string& out, const CheckRun& run, const SentencePair& p,
                const DiffRenderOptions& o) {
  const Document& da = run.documents[0];
  const Document& db = run.documents[1];
  out += "{\"kind\": \"";
  out += PairKindName(p.kind);
  out += "\", \"similarity\": ";
  json::AppendNumber(out, p.similarity);
  auto sentences = [&](const char* key, int side, const std::vector<uint32_t>& idx) {
    out += std::string(", \"") + key + "\": [";
    for (size_t k = 0; k < idx.size(); ++k) {
      if (k) out += ", ";
      AppendSpan(out, side ? db : da, SentenceSpan(run, side, idx[k]));
    }
    out += "]";
  };
  sentences("old", 0, p.old_sentences);
  sentences("new", 1, p.new_sentences);
  out += ", \"ops\": [";
  bool first = true;
  for (const WordOp& op : p.ops) {
    if (op.type == WordOp::kCommon || (op.type == WordOp::kFormat && o.ignore_format)) continue;
    out += first ? "{" : ", {";
    first = false;
    out += op.type == WordOp::kAdd      ? "\"op\": \"add\""
           : op.type == WordOp::kDelete ? "\"op\": \"delete\""
                                        : "\"op\": \"format\"";
    out += op.figure ? ", \"figure\": true" : ", \"figure\": false";
    auto side = [&](const char* key, const Document& d, Span s) {
      if (s.empty()) return;
      out += std::string(", \"") + key + "\": ";
      AppendSpan(out, d, s);
      out += std::string(", \"") + key + "_text\": ";
      json::AppendString(out, s.In(d.bytes));
    };
    side("old", da, op.old_span);
    side("new", db, op.new_span);
    out += "}";
  }
  out += "]}";
}

}  // namespace

std::string DiffReportJson(const CheckRun& run, const DocDiff& diff, const DiffRenderOptions& o) {
  const Document& da = run.documents[0];
  const Document& db = run.documents[1];
  nlohmann::json claims = nlohmann::json::array();
  auto brief = [&](int i) -> nlohmann::json {
    if (i < 0) return nullptr;
    const Claim& c = run.claims[static_cast<size_t>(i)];
    const Document& d = run.documents[c.doc];
    return nlohmann::json{{"id", c.id},
                          {"span", SpanJson(d, c.mention.span)},
                          {"text", std::string(c.mention.span.In(d.bytes))},
                          {"value", DescribeValue(c)},
                          {"modality", ModalityName(c.modality)}};
  };
  for (const ClaimChange& ch : diff.claims) {
    const Claim& c =
        run.claims[static_cast<size_t>(ch.new_claim >= 0 ? ch.new_claim : ch.old_claim)];
    claims.push_back(
        {{"change", ch.kind == ClaimChange::kAdded     ? "added"
                    : ch.kind == ClaimChange::kRemoved ? "removed"
                                                       : "changed"},
         {"metric", c.metric},
         {"subjects", c.subjects},
         {"period", c.period.known ? nlohmann::json(c.period.label) : nlohmann::json(nullptr)},
         {"old", brief(ch.old_claim)},
         {"new", brief(ch.new_claim)}});
  }
  auto doc = [](const Document& d) {
    return nlohmann::json{{"path", d.path}, {"title", d.meta.title}, {"source", d.meta.source}}
        .dump();
  };
  nlohmann::json summary = {{"value_changes", diff.value_changes},
                            {"format_changes", diff.format_changes},
                            {"claim_changes", diff.claims.size()},
                            {"fallback", diff.fallback}};
  std::string out = "{\n  \"schema_version\": 1,\n  \"mode\": ";
  out += diff.mode == DiffMode::kVersions ? "\"versions\"" : "\"compare\"";
  out += ",\n  \"old\": " + doc(da) + ",\n  \"new\": " + doc(db) + ",\n  \"hunks\": [";
  bool first = true;
  for (const SentencePair& p : diff.pairs) {
    if (p.kind == SentencePair::kSame || (p.kind == SentencePair::kFormat && o.ignore_format))
      continue;
    out += first ? "\n    " : ",\n    ";
    first = false;
    AppendHunk(out, run, p, o);
  }
  out += first ? "],\n" : "\n  ],\n";
  out += "  \"claims\": " + claims.dump() + ",\n  \"summary\": " + summary.dump() + "\n}\n";
  return out;
}

std::string DiffReportHtml(const CheckRun& run, const DocDiff& diff, const DiffRenderOptions& o) {
  const Document& da = run.documents[0];
  const Document& db = run.documents[1];
  std::string out =
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'\">"
      "<title>crosscheck diff</title><style>"
      "body{font:15px/1.5 system-ui,sans-serif;margin:2em;color:#222}"
      "table{border-collapse:collapse;width:100%}td,th{vertical-align:top;padding:.4em "
      ".6em;border-top:1px solid #ddd;width:50%}"
      "del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}"
      ".fmt{color:#888;border-bottom:1px dotted #888}.kind{color:#07a;font-size:12px}"
      // Each piece of article text keeps its own direction: a right-to-left
      // run never reorders the figures around it.
      "td,th,h1,del,ins,.fmt{unicode-bidi:isolate}"
      "</style></head><body>\n";
  out += "<h1>" + HtmlEscape(da.meta.title.empty() ? da.path : da.meta.title) + " &rarr; " +
         HtmlEscape(db.meta.title.empty() ? db.path : db.meta.title) + "</h1>\n";
  out += "<table><tr><th>" + HtmlEscape(da.path) + " " + HtmlEscape(da.meta.source) + "</th><th>" +
         HtmlEscape(db.path) + " " + HtmlEscape(db.meta.source) + "</th></tr>\n";
  for (const SentencePair& p : diff.pairs) {
    if (p.kind == SentencePair::kSame || (p.kind == SentencePair::kFormat && o.ignore_format))
      continue;
    std::string left, right;
    if (p.ops.empty()) {
      if (!p.old_sentences.empty()) left = HtmlEscape(ShownSentence(run, 0, p.old_sentences[0]));
      if (!p.new_sentences.empty()) right = HtmlEscape(ShownSentence(run, 1, p.new_sentences[0]));
    } else {
      bool lf = true, rf = true;
      for (const WordOp& op : p.ops) {
        std::string ot = Shown(run, 0, op.old_span), nt = Shown(run, 1, op.new_span);
        if (op.type != WordOp::kAdd) {
          if (!lf && SpaceBefore(run, 0, op.old_norm)) left += ' ';
          lf = false;
          if (op.type == WordOp::kDelete)
            left += "<del>" + HtmlEscape(ot) + "</del>";
          else if (op.type == WordOp::kFormat && !o.ignore_format)
            left += "<span class=\"fmt\">" + HtmlEscape(ot) + "</span>";
          else
            left += HtmlEscape(ot);
        }
        if (op.type != WordOp::kDelete) {
          if (!rf && SpaceBefore(run, 1, op.new_norm)) right += ' ';
          rf = false;
          if (op.type == WordOp::kAdd)
            right += "<ins>" + HtmlEscape(nt) + "</ins>";
          else if (op.type == WordOp::kFormat && !o.ignore_format)
            right += "<span class=\"fmt\">" + HtmlEscape(nt) + "</span>";
          else
            right += HtmlEscape(nt);
        }
      }
    }
    out += "<tr><td><div class=\"kind\">" + std::string(PairKindName(p.kind)) + "</div>" + left +
           "</td><td>" + right + "</td></tr>\n";
  }
  out += "</table>\n";
  if (!diff.claims.empty()) {
    out += "<h2>Claims</h2>\n<table>\n";
    for (const ClaimChange& ch : diff.claims) {
      std::string l =
          ch.old_claim >= 0
              ? HtmlEscape(ClaimLine(run, run.claims[static_cast<size_t>(ch.old_claim)]))
              : "";
      std::string r =
          ch.new_claim >= 0
              ? HtmlEscape(ClaimLine(run, run.claims[static_cast<size_t>(ch.new_claim)]))
              : "";
      const Claim& c =
          run.claims[static_cast<size_t>(ch.new_claim >= 0 ? ch.new_claim : ch.old_claim)];
      out += "<tr><td><div class=\"kind\">" + HtmlEscape(ClaimWhat(c)) + "</div>" + l +
             "</td><td>" + r + "</td></tr>\n";
    }
    out += "</table>\n";
  }
  out += "</body></html>\n";
  return out;
}

}  // namespace crosscheck
