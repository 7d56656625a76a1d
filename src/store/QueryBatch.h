// QueryBatch: reads that open a request, asked together. Each reader adds its statement and what to
// do with the answer; run() asks them all at once (Transaction::query_each: one round trip on
// PostgreSQL) and hands each answer to its reader, in the order added. So a record's SQL stays in
// its one reader while a service gathers several readers into one trip.
// Use: the readers' results are written into the caller's variables, which must outlive run().
// A batch is run once.
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "store/Database.h"

namespace carecrowd::store {

class QueryBatch {
 public:
  using Reader = std::function<void(const Rows&)>;
  void add(std::string sql, std::vector<Param> params, Reader reader) {
    queries_.push_back({std::move(sql), std::move(params)});
    readers_.push_back(std::move(reader));
  }
  // REQUIRES: not run before.
  void run(Transaction& tx) {
    const auto answers = tx.query_each(queries_);
    for (std::size_t i = 0; i < readers_.size(); ++i) readers_[i](answers[i]);
    queries_.clear();
    readers_.clear();
  }

 private:
  std::vector<Transaction::Query> queries_;
  std::vector<Reader> readers_;
};

// One reader alone, in a round trip of its own: what a reader's form that takes a transaction
// returns. `add(batch, out)` adds the reader to the batch.
template <class T, class Add>
T read_alone(Transaction& tx, Add&& add) {
  QueryBatch batch;
  T out{};
  add(batch, out);
  batch.run(tx);
  return out;
}

}  // namespace carecrowd::store
