#include "io/MankowskaReader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/Utf8.h"
#include "io/HhcInstance.h"
#include "io/SourceRef.h"
#include "io/TextLines.h"

namespace carecrowd::io {
namespace {

constexpr std::array<std::string_view, 14> keywords = {"nbNodes", "nbVehi", "nbServi", "r",    "DS",   "a", "x",
                                                       "y",       "d",      "p",       "mind", "maxd", "e", "l"};

struct Value {
  double number = 0;
  int line = 0;
};

struct Block {
  int line = 0;  // of the keyword
  std::vector<Value> values;
};

using Blocks = std::map<std::string, Block, std::less<>>;

bool is_keyword(std::string_view word) {
  return std::find(keywords.begin(), keywords.end(), word) != keywords.end();
}

// A word starting with a letter opens a block; everything else must be a number of the open block.
std::optional<Error> add_word(std::string_view word, int line, std::string_view source, Blocks& blocks,
                              Block*& open) {
  if (std::isalpha(static_cast<unsigned char>(word[0]))) {
    if (!is_keyword(word))
      return bad_input(line_ref(source, line), "", "'" + printable(word) + "' is not a block name");
    auto [it, fresh] = blocks.try_emplace(std::string(word), Block{line, {}});
    if (!fresh) return bad_input(line_ref(source, line) + " " + std::string(word), "", "the block appears twice");
    open = &it->second;
    return std::nullopt;
  }
  if (open == nullptr) return bad_input(line_ref(source, line), "", "a value comes before the first block name");
  const auto n = parse_number(word);
  if (!n) return bad_input(line_ref(source, line), "", not_a_number(word));
  open->values.push_back(Value{*n, line});
  return std::nullopt;
}

Result<Blocks> parse_blocks(std::string_view text, std::string_view source) {
  Blocks blocks;
  Block* open = nullptr;
  for (const TextLine& l : split_lines(text))
    for (std::string_view w : l.words)
      if (auto e = add_word(w, l.number, source, blocks, open)) return *e;
  return blocks;
}

// Turns the blocks into an HhcInstance, checking each block's size and values on the way.
class Parser {
 public:
  Parser(const Blocks& blocks, std::string_view source) : blocks_(blocks), source_(source) {}

  Result<HhcInstance> run() {
    if (auto e = read_sizes()) return *e;
    if (auto e = check_counts()) return *e;
    if (auto e = check_flags("r", services_)) return *e;
    if (auto e = check_flags("a", services_)) return *e;
    if (auto e = read_distances()) return *e;
    if (auto e = read_patients()) return *e;
    if (auto e = read_double_services()) return *e;
    if (auto e = check_service_counts()) return *e;
    read_caregivers();
    return std::move(out_);
  }

 private:
  const Block& block(std::string_view name) const { return blocks_.find(name)->second; }
  double at(std::string_view name, std::size_t i) const { return block(name).values[i].number; }

  // "file.txt:40 d[3][4]"; `columns` 0 for a plain list.
  Error error(std::string_view name, std::size_t i, std::size_t columns, std::string id, std::string reason) const {
    std::string field = line_ref(source_, block(name).values[i].line) + " " + std::string(name);
    field += columns == 0 ? "[" + std::to_string(i) + "]"
                          : "[" + std::to_string(i / columns) + "][" + std::to_string(i % columns) + "]";
    return bad_input(std::move(field), std::move(id), std::move(reason));
  }

  Result<int> size(std::string_view name, int least, int most) const {
    const auto it = blocks_.find(name);
    if (it == blocks_.end()) return missing(name);
    const Block& b = it->second;
    if (b.values.size() != 1)
      return bad_input(line_ref(source_, b.line) + " " + std::string(name), "", "must hold exactly one number");
    const auto n = as_whole(b.values[0].number);
    if (!n || *n < least || *n > most)
      return bad_input(line_ref(source_, b.values[0].line) + " " + std::string(name), "",
                       "must be a whole number between " + std::to_string(least) + " and " + std::to_string(most));
    return static_cast<int>(*n);
  }

  Error missing(std::string_view name) const {
    return bad_input(std::string(source_), "", "has no '" + std::string(name) + "' block (is the file truncated?)");
  }

  std::optional<Error> read_sizes() {
    auto n = size("nbNodes", 2, 100'000);
    if (!n) return n.error();
    auto k = size("nbVehi", 1, 100'000);
    if (!k) return k.error();
    auto s = size("nbServi", 1, domain::CertificateSet::capacity);
    if (!s) return s.error();
    nodes_ = static_cast<std::size_t>(n.value());
    vehicles_ = static_cast<std::size_t>(k.value());
    services_ = static_cast<std::size_t>(s.value());
    return std::nullopt;
  }

  std::optional<Error> check_count(std::string_view name, std::size_t expected, const std::string& shape) const {
    const auto it = blocks_.find(name);
    if (it == blocks_.end()) return missing(name);
    const std::size_t found = it->second.values.size();
    if (found == expected) return std::nullopt;
    return bad_input(line_ref(source_, it->second.line) + " " + std::string(name), "",
                     "expected " + std::to_string(expected) + " values (" + shape + "), found " +
                         std::to_string(found));
  }

  std::optional<Error> check_counts() const {
    const std::string n = std::to_string(nodes_), k = std::to_string(vehicles_), s = std::to_string(services_);
    const std::vector<std::tuple<std::string_view, std::size_t, std::string>> expected = {
        {"r", nodes_ * services_, n + " nodes x " + s + " services"},
        {"a", vehicles_ * services_, k + " caregivers x " + s + " services"},
        {"x", nodes_, "one per node"},
        {"y", nodes_, "one per node"},
        {"d", nodes_ * nodes_, n + " x " + n + " nodes"},
        {"p", nodes_ * vehicles_ * services_, n + " x " + k + " rows (node, caregiver) of " + s + " services"},
        {"mind", nodes_, "one per node"},
        {"maxd", nodes_, "one per node"},
        {"e", nodes_, "one per node"},
        {"l", nodes_, "one per node"}};
    for (const auto& [name, count, shape] : expected)
      if (auto e = check_count(name, count, shape)) return e;
    if (!blocks_.contains("DS")) return missing("DS");
    return std::nullopt;
  }

  std::optional<Error> check_flags(std::string_view name, std::size_t columns) const {
    for (std::size_t i = 0; i < block(name).values.size(); ++i)
      if (at(name, i) != 0 && at(name, i) != 1) return error(name, i, columns, "", "must be 0 or 1");
    return std::nullopt;
  }

  std::optional<Error> read_distances() {
    // Node N-1 is the office's copy: its row and column repeat node 0's and are not a location.
    const std::size_t used = nodes_ - 1;
    for (std::size_t a = 0; a < used; ++a)
      for (std::size_t b = 0; b < used; ++b) {
        const std::size_t i = a * nodes_ + b;
        if (at("d", i) < 0) return error("d", i, nodes_, "", "a distance must not be negative");
        out_.distances.push_back(at("d", i));
      }
    return std::nullopt;
  }

  // p is N*K rows of S columns: row node*K + k.
  Result<double> duration(std::size_t node, std::size_t s, const std::string& id) const {
    const std::size_t first = node * vehicles_ * services_ + s;
    if (at("p", first) < 0) return error("p", first, services_, id, "a service duration must not be negative");
    for (std::size_t k = 1; k < vehicles_; ++k) {
      const std::size_t i = (node * vehicles_ + k) * services_ + s;
      if (at("p", i) != at("p", first))
        return error("p", i, services_, id,
                     "the duration differs between caregivers; only caregiver-independent durations are supported");
    }
    return at("p", first);
  }

  Result<HhcPatient> read_patient(std::size_t node) const {
    HhcPatient p;
    p.id = "p" + std::to_string(node);
    p.earliest = at("e", node);
    p.latest = at("l", node);
    if (p.earliest < 0) return error("e", node, 0, p.id, "must not be negative");
    if (p.latest < p.earliest) return error("l", node, 0, p.id, "the window closes before it opens (l < e)");
    for (std::size_t s = 0; s < services_; ++s) {
      if (at("r", node * services_ + s) == 0) continue;
      auto d = duration(node, s, p.id);
      if (!d) return d.error();
      p.services.push_back(HhcService{static_cast<int>(s), d.value()});
    }
    return p;
  }

  std::optional<Error> read_patients() {
    for (std::size_t s = 0; s < services_; ++s) out_.service_names.push_back("s" + std::to_string(s + 1));
    for (std::size_t node = 1; node + 1 < nodes_; ++node) {
      auto p = read_patient(node);
      if (!p) return p.error();
      out_.patients.push_back(std::move(p.value()));
    }
    return std::nullopt;
  }

  std::optional<Error> read_link(std::size_t node) {
    HhcPatient& p = out_.patients[node - 1];
    if (p.services.size() != 2)
      return error("r", node * services_, services_, p.id,
                   "a double-service patient (listed in DS) must need exactly two services, needs " +
                       std::to_string(p.services.size()));
    const double lo = at("mind", node), hi = at("maxd", node);
    if (lo < 0) return error("mind", node, 0, p.id, "must not be negative");
    if (hi < lo) return error("maxd", node, 0, p.id, "is smaller than mind");
    // Services are listed by type, so the first is the lower type, as the gap requires.
    p.link = HhcLink{lo == 0 && hi == 0, lo, hi};
    return std::nullopt;
  }

  std::optional<Error> read_double_services() {
    std::set<std::size_t> seen;
    for (std::size_t i = 0; i < block("DS").values.size(); ++i) {
      const auto one_based = as_whole(at("DS", i));
      if (!one_based || *one_based < 2 || static_cast<std::size_t>(*one_based) > nodes_ - 1)
        return error("DS", i, 0, "", "must be a patient's 1-based node number, 2.." + std::to_string(nodes_ - 1));
      const auto node = static_cast<std::size_t>(*one_based - 1);
      if (!seen.insert(node).second) return error("DS", i, 0, "p" + std::to_string(node), "is listed twice");
      if (auto e = read_link(node)) return e;
    }
    return std::nullopt;
  }

  std::optional<Error> check_service_counts() const {
    for (std::size_t i = 0; i < out_.patients.size(); ++i) {
      const HhcPatient& p = out_.patients[i];
      if (!p.link && p.services.size() != 1)
        return error("r", (i + 1) * services_, services_, p.id,
                     "a patient not listed in DS must need exactly one service, needs " +
                         std::to_string(p.services.size()));
    }
    return std::nullopt;
  }

  void read_caregivers() {
    for (std::size_t k = 0; k < vehicles_; ++k) {
      HhcCaregiver c;
      c.id = "c" + std::to_string(k + 1);
      for (std::size_t s = 0; s < services_; ++s)
        if (at("a", k * services_ + s) == 1) c.abilities.push_back(static_cast<int>(s));
      out_.caregivers.push_back(std::move(c));
    }
  }

  const Blocks& blocks_;
  std::string_view source_;
  std::size_t nodes_ = 0;
  std::size_t vehicles_ = 0;
  std::size_t services_ = 0;
  HhcInstance out_;
};

}  // namespace

Result<domain::Problem> read_mankowska(std::string_view text, std::string_view source_name) {
  auto blocks = parse_blocks(text, source_name);
  if (!blocks) return blocks.error();
  auto instance = Parser(blocks.value(), source_name).run();
  if (!instance) return instance.error();
  instance.value().name = file_stem(source_name);
  return build_hhc_problem(instance.value(), source_name);
}

}  // namespace carecrowd::io
