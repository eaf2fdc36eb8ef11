#include "exec/chunk_pipeline.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "ecomgen/table_id.h"

namespace ecomgen {
namespace {

// Chunks a worker may run ahead of the writer, per worker: one being filled while the one
// before waits for its turn to be written.
constexpr int64_t kInFlightPerWorker = 2;
// Chunks in flight (taken by a worker and not yet written) in total, whatever --threads says.
// Each holds its batches and its encoded bytes: up to about 30 MB for an orders chunk with its
// lines and returns, so memory would otherwise grow by that much per thread (64 threads took
// 1.6 GB). Workers never outnumber the cores (more would only take turns, each holding a
// chunk) nor this cap, so memory is bounded by the machine, not by the flag: 2 cores keep 4
// chunks, 8 cores 16, and no machine more than 16 (about 0.5 GB at worst).
constexpr int64_t kMaxChunksInFlight = 16;

using EncodedSet = std::vector<EncodedChunk>;  // one encoded chunk per output

}  // namespace

Status RunGenerator(const TableGenerator& generator, ChunkRange range,
                    std::span<PipelineOutput> outputs, const Format& format, int threads,
                    std::stop_token stop,
                    const std::function<void(size_t output, double done)>& on_progress) {
  const int64_t all_chunks = generator.chunk_count();
  const int64_t first_chunk = std::clamp<int64_t>(range.first, 0, all_chunks);
  const int64_t end_chunk =
      range.last < 0 ? all_chunks : std::clamp(range.last, first_chunk, all_chunks);
  const int64_t chunks = end_chunk - first_chunk;
  const size_t output_count = outputs.size();

  // Workers fill and encode chunks in any order (every id is known from the chunk alone) and
  // queue the result. One worker at a time drains the queue in chunk order into the writers,
  // outside the lock. Chunk numbers below are relative to the range's first chunk.
  std::mutex mutex;
  std::condition_variable_any moved;
  // Guarded by `mutex`:
  std::vector<std::unique_ptr<EncodedSet>> ready(static_cast<size_t>(chunks));
  std::vector<std::unique_ptr<EncodedSet>> spare;  // drained sets, their buffers kept
  int64_t written = 0;
  bool draining = false;
  Status status;

  // More workers than cores would only take turns on them, each holding a chunk's buffers.
  const auto cores = static_cast<int64_t>(std::max(1u, std::thread::hardware_concurrency()));
  const int64_t workers = std::min<int64_t>({threads, cores, chunks, kMaxChunksInFlight});
  const int64_t in_flight = std::min<int64_t>(kInFlightPerWorker * workers, kMaxChunksInFlight);

  // Allocation failure (a memory limit) on any worker fails the run like an I/O error would:
  // the others stop, and the caller removes the temporaries. Called on the failing worker.
  const auto fail = [&](Status failure) {
    const std::lock_guard lock(mutex);
    if (status.ok()) status = std::move(failure);
    moved.notify_all();
  };

  std::atomic<int64_t> next{0};
  auto work = [&]() {
    std::vector<std::unique_ptr<Batch>> batches;
    std::vector<Batch*> batch_ptrs;
    std::vector<std::unique_ptr<ChunkEncoder>> encoders;
    for (const PipelineOutput& output : outputs) {
      batches.push_back(std::make_unique<Batch>(*output.schema));
      batch_ptrs.push_back(batches.back().get());
      encoders.push_back(output.writer != nullptr ? format.NewEncoder(*output.schema) : nullptr);
    }
    for (int64_t chunk = next.fetch_add(1); chunk < chunks; chunk = next.fetch_add(1)) {
      const auto c = static_cast<size_t>(chunk);
      {
        std::unique_lock lock(mutex);
        moved.wait(lock, stop, [&] { return chunk < written + in_flight || !status.ok(); });
        if (!status.ok() || stop.stop_requested()) return;
      }
      for (Batch* batch : batch_ptrs) batch->Clear();
      generator.FillChunk(first_chunk + chunk, batch_ptrs);

      std::unique_ptr<EncodedSet> encoded;
      {
        const std::lock_guard lock(mutex);
        if (!spare.empty()) {
          encoded = std::move(spare.back());
          spare.pop_back();
        }
      }
      if (encoded == nullptr) encoded = std::make_unique<EncodedSet>(output_count);
      for (size_t out = 0; out < output_count; ++out) {
        if (encoders[out] == nullptr) continue;
        encoders[out]->Encode(*batches[out], (*encoded)[out]);
        (*encoded)[out].rows = static_cast<int64_t>(batches[out]->rows());
      }

      std::unique_lock lock(mutex);
      ready[c] = std::move(encoded);
      if (draining) continue;  // the draining worker will write it
      draining = true;
      while (status.ok() && written < chunks && ready[static_cast<size_t>(written)] != nullptr) {
        std::unique_ptr<EncodedSet> set = std::move(ready[static_cast<size_t>(written)]);
        const double done = static_cast<double>(written + 1) / static_cast<double>(chunks);
        lock.unlock();
        Status append_status;
        for (size_t out = 0; out < output_count && append_status.ok(); ++out) {
          if (outputs[out].writer == nullptr) continue;
          // Append may recycle the chunk's buffers (Parquet does): count its rows first.
          outputs[out].rows += (*set)[out].rows;
          append_status = outputs[out].writer->Append((*set)[out]);
          if (on_progress) on_progress(out, done);
        }
        lock.lock();
        if (!append_status.ok()) status = append_status;
        spare.push_back(std::move(set));
        ++written;
        moved.notify_all();
      }
      draining = false;
    }
  };
  auto worker = [&]() {
    try {
      work();
    } catch (const std::bad_alloc&) {
      fail(Status::IOError("out of memory while generating a chunk of " +
                           std::string(TableName(generator.outputs()[0]))));
    }
  };
  {
    std::vector<std::jthread> pool;
    for (int64_t thread = 1; thread < workers; ++thread) {
      try {
        pool.emplace_back(worker);
      } catch (const std::system_error&) {
        // No more threads (a process or memory limit): the workers started do the work. The
        // bytes are the same for any number of them.
        break;
      }
    }
    worker();
  }
  if (!status.ok()) return status;
  if (stop.stop_requested()) return Status::Cancelled("interrupted");
  return Status::Ok();
}

}  // namespace ecomgen
