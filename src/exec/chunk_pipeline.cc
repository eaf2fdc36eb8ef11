#include "exec/chunk_pipeline.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace ecomgen {
namespace {

// Chunks a worker may run ahead of the writer, per worker.
constexpr int64_t kInFlightPerWorker = 2;

// Runs `work(index)` for index in [0, count) on `threads` workers; stops early on `stop`.
template <typename Work>
void ParallelFor(int64_t count, int threads, std::stop_token stop, Work&& work) {
  std::atomic<int64_t> next{0};
  auto loop = [&]() {
    for (int64_t index = next.fetch_add(1); index < count && !stop.stop_requested();
         index = next.fetch_add(1)) {
      work(index);
    }
  };
  std::vector<std::jthread> pool;
  for (int worker = 1; worker < threads; ++worker) pool.emplace_back(loop);
  loop();
}

}  // namespace

Status RunGenerator(const TableGenerator& generator, ChunkRange range,
                    std::span<PipelineOutput> outputs,
                    const Format& format, int threads, std::stop_token stop,
                    const std::function<void(size_t output, int64_t rows)>& on_progress) {
  const int64_t all_chunks = generator.chunk_count();
  const int64_t first_chunk = std::clamp<int64_t>(range.first, 0, all_chunks);
  const int64_t end_chunk = range.last < 0 ? all_chunks : std::clamp(range.last, first_chunk, all_chunks);
  const size_t output_count = outputs.size();

  // Pass 1: rows per chunk up to the range's end, then the first id of every chunk.
  std::vector<RowCounts> counts(static_cast<size_t>(end_chunk));
  ParallelFor(end_chunk, threads, stop, [&](int64_t chunk) {
    counts[static_cast<size_t>(chunk)] = generator.CountRows(chunk);
  });
  if (stop.stop_requested()) return Status::Cancelled("interrupted");
  std::vector<RowCounts> first_ids(static_cast<size_t>(end_chunk));
  RowCounts next_id = {1, 1, 1};
  for (size_t chunk = 0; chunk < counts.size(); ++chunk) {
    first_ids[chunk] = next_id;
    for (size_t out = 0; out < kMaxGeneratorOutputs; ++out) next_id[out] += counts[chunk][out];
  }

  // Pass 2: fill and encode anywhere, append in order. Chunk numbers below are relative to
  // the range's first chunk.
  const int64_t chunks = end_chunk - first_chunk;
  std::mutex mutex;
  std::condition_variable_any writer_moved;
  // Guarded by `mutex`:
  int64_t written = 0;
  Status status;
  std::vector<std::unique_ptr<std::vector<EncodedChunk>>> ready(static_cast<size_t>(chunks));

  std::atomic<int64_t> next{0};
  auto worker = [&]() {
    std::vector<std::unique_ptr<Batch>> batches;
    std::vector<Batch*> batch_ptrs;
    std::vector<std::unique_ptr<ChunkEncoder>> encoders;
    for (const PipelineOutput& output : outputs) {
      batches.push_back(std::make_unique<Batch>(*output.schema));
      batch_ptrs.push_back(batches.back().get());
      encoders.push_back(output.writer != nullptr ? format.NewEncoder(*output.schema) : nullptr);
    }
    for (int64_t chunk = next.fetch_add(1); chunk < chunks; chunk = next.fetch_add(1)) {
      {
        std::unique_lock lock(mutex);
        writer_moved.wait(lock, stop, [&] {
          return chunk < written + kInFlightPerWorker * threads || !status.ok();
        });
        if (!status.ok() || stop.stop_requested()) return;
      }
      for (Batch* batch : batch_ptrs) batch->Clear();
      generator.FillChunk(first_chunk + chunk, first_ids[static_cast<size_t>(first_chunk + chunk)],
                          batch_ptrs);
      auto encoded = std::make_unique<std::vector<EncodedChunk>>(output_count);
      for (size_t out = 0; out < output_count; ++out) {
        if (encoders[out] == nullptr) continue;
        encoders[out]->Encode(*batches[out], (*encoded)[out]);
        (*encoded)[out].rows = static_cast<int64_t>(batches[out]->rows());
      }
      std::lock_guard lock(mutex);
      ready[static_cast<size_t>(chunk)] = std::move(encoded);
      while (status.ok() && written < chunks && ready[static_cast<size_t>(written)] != nullptr) {
        std::vector<EncodedChunk>& slot = *ready[static_cast<size_t>(written)];
        for (size_t out = 0; out < output_count && status.ok(); ++out) {
          if (outputs[out].writer == nullptr) continue;
          // Append may recycle the chunk's buffers (Parquet does): count its rows first.
          outputs[out].rows += slot[out].rows;
          status = outputs[out].writer->Append(slot[out]);
          if (on_progress) on_progress(out, outputs[out].rows);
        }
        ready[static_cast<size_t>(written)].reset();
        ++written;
      }
      writer_moved.notify_all();
    }
  };
  {
    std::vector<std::jthread> pool;
    for (int thread = 1; thread < threads; ++thread) pool.emplace_back(worker);
    worker();
  }
  if (!status.ok()) return status;
  if (stop.stop_requested()) return Status::Cancelled("interrupted");
  return Status::Ok();
}

}  // namespace ecomgen
