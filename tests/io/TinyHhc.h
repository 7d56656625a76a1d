// One small HHC instance written in both layouts (Mankowska text and Ceschia JSON), so that tests
// can check values by hand and check that both readers map the same instance to the same Problem.
//
// Office at (0, 0); p1 at (3, 4) needs s1 (10 units) in [10, 40]; p2 at (0, 1) needs s1 (15) and
// then s2 (7.5) 5..25 units later, in [20, 50.5]. c1 can do s1, c2 can do s1 and s2.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace carecrowd::io::testing {

// Mankowska blocks in file order; a test replaces one body to make a bad file.
inline std::vector<std::pair<std::string, std::string>> tiny_mankowska_blocks() {
  return {{"nbNodes", "4"},
          {"nbVehi", "2"},
          {"nbServi", "2"},
          {"r", "1 1\n1 0\n1 1\n1 1"},
          {"DS", "3"},
          {"a", "1 0\n1 1"},
          {"x", "0 3 0 0"},
          {"y", "0 4 1 0"},
          {"d",
           "0.0 5.0 1.414214 0.0\n5.0 0.0 3.605551 5.0\n1.414214 3.605551 0.0 1.414214\n0.0 5.0 1.414214 0.0"},
          {"p", "0 0\n0 0\n10.0 20.0\n10.0 20.0\n15.0 7.5\n15.0 7.5\n0 0\n0 0"},
          {"mind", "0 0 5 0"},
          {"maxd", "0 0 25 0"},
          {"e", "0 10 20 0"},
          {"l", "600 40 50.5 1000"}};
}

inline std::string mankowska_text(const std::vector<std::pair<std::string, std::string>>& blocks) {
  std::string text;
  for (const auto& [name, body] : blocks) text += name + "\n" + body + "\n";
  return text;
}

inline std::string tiny_mankowska(const std::map<std::string, std::string>& replace = {}) {
  auto blocks = tiny_mankowska_blocks();
  for (auto& [name, body] : blocks)
    if (auto it = replace.find(name); it != replace.end()) body = it->second;
  return mankowska_text(blocks);
}

inline const std::string tiny_hhc_json = R"({
  "patients": [
    {"id": "p1", "location": [3, 4], "time_window": [10, 40],
     "required_caregivers": [{"service": "s1", "duration": 10}]},
    {"id": "p2", "location": [0, 1], "time_window": [20, 50.5],
     "required_caregivers": [{"service": "s1", "duration": 15}, {"service": "s2", "duration": 7.5}],
     "synchronization": {"type": "sequential", "distance": [5, 25]}}
  ],
  "services": [{"id": "s1", "default_duration": 10}, {"id": "s2", "default_duration": 10}],
  "caregivers": [{"id": "c1", "abilities": ["s1"]}, {"id": "c2", "abilities": ["s1", "s2"]}],
  "central_offices": [{"id": "d", "location": [0, 0]}],
  "distances": [[0, 5, 1.414214], [5, 0, 3.605551], [1.414214, 3.605551, 0]]
})";

}  // namespace carecrowd::io::testing
