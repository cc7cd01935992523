#include "report/diff_report.h"

#include <nlohmann/json.hpp>

#include "align/align.h"
#include "report/span_json.h"

namespace crosscheck {
namespace {

using nlohmann::json;

std::string Loc(const Document& d, uint32_t offset) {
  LineCol lc = d.lines.At(d.bytes, offset);
  return std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

Span SentenceSpan(const CheckRun& run, int doc, uint32_t s) {
  const DocumentMentions& dm = run.mentions[static_cast<size_t>(doc)];
  return dm.text.map.ToOriginal(dm.sentences[s]);
}

bool SpaceBefore(const Document& d, Span s) {
  if (s.begin == 0) return false;
  char c = d.bytes[s.begin - 1];
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// Renders the ops of one pair as inline text with markers supplied by
// `mark`; consecutive added (or deleted) words share one marker.
template <typename Mark>
std::string Inline(const CheckRun& run, const SentencePair& p, const DiffRenderOptions& o,
                   Mark mark) {
  const Document& da = run.documents[0];
  const Document& db = run.documents[1];
  std::string out;
  bool first = true;
  for (size_t k = 0; k < p.ops.size();) {
    const WordOp& op = p.ops[k];
    const Document& d = op.type == WordOp::kDelete ? da : db;
    Span s = op.type == WordOp::kDelete ? op.old_span : op.new_span;
    if (!first && SpaceBefore(d, s)) out += ' ';
    first = false;
    if (op.type == WordOp::kAdd || op.type == WordOp::kDelete) {
      std::string run_text(s.In(d.bytes));
      size_t e = k + 1;
      while (e < p.ops.size() && p.ops[e].type == op.type) {
        Span t = op.type == WordOp::kDelete ? p.ops[e].old_span : p.ops[e].new_span;
        if (SpaceBefore(d, t)) run_text += ' ';
        run_text += std::string(t.In(d.bytes));
        ++e;
      }
      out += mark(op.type == WordOp::kAdd ? "add" : "del", run_text, "");
      k = e;
      continue;
    }
    std::string_view text = s.In(d.bytes);
    if (op.type == WordOp::kFormat && !o.ignore_format)
      out += mark("fmt", op.old_span.In(da.bytes), text);
    else
      out += mark("", text, "");
    ++k;
  }
  return out;
}

std::string ClaimLine(const CheckRun& run, const Claim& c) {
  const Document& d = run.documents[c.doc];
  return DescribeValue(c) + " (" + Loc(d, c.mention.span.begin) + ", " + ModalityName(c.modality) +
         ")";
}

std::string ClaimWhat(const Claim& c) {
  std::string s = c.metric;
  for (size_t k = 0; k < c.subjects.size(); ++k) s += (k ? "-" : " ") + c.subjects[k];
  if (c.period.known) s += " " + c.period.label;
  return s;
}

}  // namespace

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
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
    out += std::string(sign) + " " + d.path;
    if (!d.meta.source.empty()) out += " (" + d.meta.source + ")";
    if (d.meta.published) out += " " + FormatIsoDate(*d.meta.published);
    out += "\n";
  };
  head("---", da);
  head("+++", db);
  out += std::string("mode: ") + (diff.mode == DiffMode::kVersions ? "versions" : "compare") +
         (diff.fallback ? " (large edit: sentences matched by hash only)" : "") + "\n";
  auto mark = [&](const char* kind, std::string_view a, std::string_view b) {
    std::string k = kind;
    if (k == "add") return c("\x1b[32m") + "{+" + std::string(a) + "+}" + c("\x1b[0m");
    if (k == "del") return c("\x1b[31m") + "[-" + std::string(a) + "-]" + c("\x1b[0m");
    if (k == "fmt")
      return c("\x1b[2m") + "{~" + std::string(a) + " => " + std::string(b) + "~}" + c("\x1b[0m");
    return std::string(a);
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
      out += "  " + std::string(SentenceSpan(run, 1, p.new_sentences[0]).In(db.bytes)) + "\n";
      continue;
    }
    if (p.ops.empty()) {  // compare mode: a sentence only one side has
      const Document& d = p.old_sentences.empty() ? db : da;
      Span s = p.old_sentences.empty() ? SentenceSpan(run, 1, p.new_sentences[0])
                                       : SentenceSpan(run, 0, p.old_sentences[0]);
      out += "  " + std::string(s.In(d.bytes)) + "\n";
      continue;
    }
    if (diff.mode == DiffMode::kCompare) {
      out += "  old: " + std::string(SentenceSpan(run, 0, p.old_sentences[0]).In(da.bytes)) + "\n";
      out += "  new: " + std::string(SentenceSpan(run, 1, p.new_sentences[0]).In(db.bytes)) + "\n";
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
      out += "  " + a.metric + " [" + VerdictName(a.verdict) + "] " + a.reason + "\n";
  }
  size_t changed = 0;
  for (const SentencePair& p : diff.pairs) changed += p.kind != SentencePair::kSame;
  out += "\n" + std::to_string(changed) + " sentence pairs differ; " +
         std::to_string(diff.value_changes) + " changes in value, " +
         std::to_string(diff.format_changes) + " in formatting; " +
         std::to_string(diff.claims.size()) + " claim changes\n";
  return out;
}

std::string DiffReportJson(const CheckRun& run, const DocDiff& diff, const DiffRenderOptions& o) {
  const Document& da = run.documents[0];
  const Document& db = run.documents[1];
  json out;
  out["schema_version"] = 1;
  out["mode"] = diff.mode == DiffMode::kVersions ? "versions" : "compare";
  out["old"] = {{"path", da.path}, {"title", da.meta.title}, {"source", da.meta.source}};
  out["new"] = {{"path", db.path}, {"title", db.meta.title}, {"source", db.meta.source}};
  json hunks = json::array();
  for (const SentencePair& p : diff.pairs) {
    if (p.kind == SentencePair::kSame || (p.kind == SentencePair::kFormat && o.ignore_format))
      continue;
    json h = {{"kind", PairKindName(p.kind)}, {"similarity", p.similarity}};
    json olds = json::array(), news = json::array();
    for (uint32_t s : p.old_sentences) olds.push_back(SpanJson(da, SentenceSpan(run, 0, s)));
    for (uint32_t s : p.new_sentences) news.push_back(SpanJson(db, SentenceSpan(run, 1, s)));
    h["old"] = olds;
    h["new"] = news;
    json ops = json::array();
    for (const WordOp& op : p.ops) {
      if (op.type == WordOp::kCommon || (op.type == WordOp::kFormat && o.ignore_format)) continue;
      json j = {{"op", op.type == WordOp::kAdd      ? "add"
                       : op.type == WordOp::kDelete ? "delete"
                                                    : "format"},
                {"figure", op.figure}};
      if (!op.old_span.empty())
        j["old"] = SpanJson(da, op.old_span), j["old_text"] = std::string(op.old_span.In(da.bytes));
      if (!op.new_span.empty())
        j["new"] = SpanJson(db, op.new_span), j["new_text"] = std::string(op.new_span.In(db.bytes));
      ops.push_back(j);
    }
    h["ops"] = ops;
    hunks.push_back(h);
  }
  out["hunks"] = hunks;
  json claims = json::array();
  auto brief = [&](int i) -> json {
    if (i < 0) return nullptr;
    const Claim& c = run.claims[static_cast<size_t>(i)];
    const Document& d = run.documents[c.doc];
    return json{{"id", c.id},
                {"span", SpanJson(d, c.mention.span)},
                {"text", std::string(c.mention.span.In(d.bytes))},
                {"value", DescribeValue(c)},
                {"modality", ModalityName(c.modality)}};
  };
  for (const ClaimChange& ch : diff.claims) {
    const Claim& c =
        run.claims[static_cast<size_t>(ch.new_claim >= 0 ? ch.new_claim : ch.old_claim)];
    claims.push_back({{"change", ch.kind == ClaimChange::kAdded     ? "added"
                                 : ch.kind == ClaimChange::kRemoved ? "removed"
                                                                    : "changed"},
                      {"metric", c.metric},
                      {"subjects", c.subjects},
                      {"period", c.period.known ? json(c.period.label) : json(nullptr)},
                      {"old", brief(ch.old_claim)},
                      {"new", brief(ch.new_claim)}});
  }
  out["claims"] = claims;
  out["summary"] = {{"value_changes", diff.value_changes},
                    {"format_changes", diff.format_changes},
                    {"claim_changes", diff.claims.size()},
                    {"fallback", diff.fallback}};
  return out.dump(2) + "\n";
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
      if (!p.old_sentences.empty())
        left = HtmlEscape(SentenceSpan(run, 0, p.old_sentences[0]).In(da.bytes));
      if (!p.new_sentences.empty())
        right = HtmlEscape(SentenceSpan(run, 1, p.new_sentences[0]).In(db.bytes));
    } else {
      bool lf = true, rf = true;
      for (const WordOp& op : p.ops) {
        std::string_view ot = op.old_span.In(da.bytes), nt = op.new_span.In(db.bytes);
        if (op.type != WordOp::kAdd) {
          if (!lf && SpaceBefore(da, op.old_span)) left += ' ';
          lf = false;
          if (op.type == WordOp::kDelete)
            left += "<del>" + HtmlEscape(ot) + "</del>";
          else if (op.type == WordOp::kFormat && !o.ignore_format)
            left += "<span class=\"fmt\">" + HtmlEscape(ot) + "</span>";
          else
            left += HtmlEscape(ot);
        }
        if (op.type != WordOp::kDelete) {
          if (!rf && SpaceBefore(db, op.new_span)) right += ' ';
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
